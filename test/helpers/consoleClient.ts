/** What a console API call answered. */
export interface ApiResult { status: number; body: any; headers: Headers }

/**
 * A non-browser client of the console API that behaves like the page: keeps the session cookie, sends the CSRF
 * token on changes, and by default an `Origin` of the console itself. Tests override any of these to attack.
 */
export class ConsoleClient {
  cookie?: string;
  csrfToken?: string;
  lastSetCookie?: string;

  constructor(readonly url: string) {}

  async signIn(username: string, password: string, headers: Record<string, string> = {}): Promise<ApiResult> {
    const result = await this.call('POST', '/console/api/session', { username, password }, headers);
    if (result.status === 200) this.csrfToken = result.body.csrfToken;
    return result;
  }

  get(path: string, headers: Record<string, string> = {}): Promise<ApiResult> {
    return this.call('GET', path, undefined, headers);
  }

  post(path: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<ApiResult> {
    return this.call('POST', path, body, headers);
  }

  del(path: string, headers: Record<string, string> = {}): Promise<ApiResult> {
    return this.call('DELETE', path, undefined, headers);
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult> {
    const defaults: Record<string, string> = { origin: this.url };
    if (this.cookie) defaults.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') defaults['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) defaults['content-type'] = 'application/json';
    const all = Object.fromEntries(Object.entries({ ...defaults, ...headers }).filter(([, v]) => v !== ''));
    const res = await fetch(`${this.url}${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const [pair] = setCookie.split(';');
      this.cookie = /=$/.test(pair) ? undefined : pair;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, body: parsed, headers: res.headers };
  }
}
