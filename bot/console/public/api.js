// Calls to /console/api: same-origin, JSON, the CSRF token on every change. A 401 anywhere but sign-in
// means the session ended: the page goes back to the sign-in form.

let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token;
}

export class ApiError extends Error {
  constructor(status, code, retryAfter) {
    super(code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

export async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method, headers, credentials: 'same-origin', cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    if (res.status === 401 && !(method === 'POST' && path === '/console/api/session')) {
      window.dispatchEvent(new CustomEvent('console:unauthorized'));
    }
    throw new ApiError(res.status, data.error, Number(res.headers.get('retry-after')) || 0);
  }
  return data;
}
