import type { Request } from 'restify';

export class BodyTooLargeError extends Error {
  constructor() { super('body too large'); this.name = 'BodyTooLargeError'; }
}

/**
 * Reads a request's body as the bytes received. Webhook signatures (Meta's HMAC) are computed over these exact
 * bytes: parsing and re-serialising the JSON would change them (`\u00e9` becomes `é`) and break the check.
 */
export async function readRawBody(req: Request, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as unknown as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
