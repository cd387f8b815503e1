export const SESSION_COOKIE = 'console_session';

/** The value of one cookie from a `Cookie` header, or undefined. Never throws on odd input. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The session cookie: `HttpOnly` (page scripts cannot read it, so an injected script cannot steal it),
 * `SameSite=Strict` (no other site can make the browser send it), `Path=/console` (the bot's other routes never
 * see it), `Secure` on TLS. No `Max-Age`: it is a browser-session cookie; the server enforces the lifetimes.
 *
 * @remarks The `__Host-` prefix would be stronger but requires `Path=/`; the console lives under `/console`.
 */
export function sessionCookie(value: string, secure: boolean): string {
  return [`${SESSION_COOKIE}=${value}`, 'Path=/console', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

/** Tells the browser to forget the session cookie (sign-out, or a session found dead). */
export function clearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, 'Path=/console', 'HttpOnly', 'SameSite=Strict', 'Max-Age=0', ...(secure ? ['Secure'] : [])].join('; ');
}
