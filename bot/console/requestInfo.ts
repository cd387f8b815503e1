import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** How far proxy headers are believed: only when the deployment says a reverse proxy of its own is in front. */
export interface ProxyTrust { trustProxy: boolean; publicUrl?: string }

function firstHeader(req: IncomingMessage, name: string): string | undefined {
  const raw = req.headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(',')[0].trim() || undefined;
}

/** The client's IP address, for rate limits: the socket's, or the proxy's X-Forwarded-For when trusted. */
export function clientIp(req: IncomingMessage, trust: ProxyTrust): string {
  return (trust.trustProxy ? firstHeader(req, 'x-forwarded-for') : undefined) ?? req.socket.remoteAddress ?? 'unknown';
}

/** Whether the browser reached us over TLS (directly, or through a trusted proxy saying so). */
export function isTls(req: IncomingMessage, trust: ProxyTrust): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  return trust.trustProxy && firstHeader(req, 'x-forwarded-proto')?.toLowerCase() === 'https';
}

/** The origins a same-origin page of ours can have: this request's scheme and host, and PUBLIC_URL. */
export function ownOrigins(req: IncomingMessage, trust: ProxyTrust): string[] {
  const host = (trust.trustProxy ? firstHeader(req, 'x-forwarded-host') : undefined) ?? req.headers.host;
  const origins = host ? [`${isTls(req, trust) ? 'https' : 'http'}://${host.toLowerCase()}`] : [];
  if (trust.publicUrl) origins.push(trust.publicUrl.toLowerCase());
  return origins;
}

/**
 * CSRF defence in depth (ASVS 3.5.3), on top of the token and SameSite=Strict: a browser tells where a request
 * comes from with `Sec-Fetch-Site` and `Origin`. When either is present it must say "this very site". A
 * request with neither does not come from a browser page (curl, scripts): it still needs the CSRF token.
 */
export function isSameOrigin(req: IncomingMessage, trust: ProxyTrust): boolean {
  const site = firstHeader(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return ownOrigins(req, trust).includes(origin.toLowerCase());
}
