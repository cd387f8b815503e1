import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Meta's `X-Hub-Signature-256: sha256=<hex>`: HMAC-SHA256 of the raw body with the app secret, compared in constant time. */
export function validHubSignature(raw: Buffer, header: string | undefined, appSecret: string): boolean {
  if (typeof header !== 'string' || !/^sha256=[0-9a-fA-F]{64}$/.test(header)) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return timingSafeEqual(given, expected);
}

/** Two secrets compared in constant time whatever their lengths (both hashed first, so lengths leak nothing). */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given === '') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * A phone number as the bot's conversation id: a keyed hash (HMAC-SHA256 with the app secret), so ids in logs,
 * tickets and store keys are not phone numbers, and cannot be turned back into one by trying every number
 * without the secret. Rotating the secret starts new conversations (old ones age out by retention).
 */
export function hashedId(prefix: string, value: string, key: string): string {
  return `${prefix}${createHmac('sha256', key).update(`${prefix}${value}`).digest('base64url').slice(0, 32)}`;
}
