import type { IncomingMessage } from 'node:http';
import { HttpError } from './httpErrors';

/**
 * The JSON object a console call sent, read with a hard size cap and no decompression (a small gzip body
 * cannot inflate into megabytes), before anything else is done with it.
 *
 * @remarks If the server already parsed the body (a global restify `bodyParser`), that result is used instead
 * of reading the stream a second time.
 */
export async function readJsonObject(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') throw new HttpError(415, 'unsupported_media_type', 'Compressed request bodies are not accepted.');
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > maxBytes) throw new HttpError(413, 'payload_too_large', 'The request body is too large.');
  const parsed = (req as { body?: unknown }).body;
  const empty = length === 0 && req.headers['transfer-encoding'] === undefined && (parsed === undefined || parsed === '');
  if (empty) return {};
  if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) {
    throw new HttpError(415, 'unsupported_media_type', 'Send JSON (Content-Type: application/json).');
  }
  if (parsed !== undefined) return asObject(typeof parsed === 'string' || Buffer.isBuffer(parsed) ? parse(String(parsed)) : parsed);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'payload_too_large', 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  return asObject(parse(Buffer.concat(chunks).toString('utf8')));
}

function parse(text: string): unknown {
  try { return text.trim() === '' ? {} : JSON.parse(text); } catch { throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.'); }
}

function asObject(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'bad_request', 'Send a JSON object.');
  return value as Record<string, unknown>;
}

/** A required, trimmed, non-empty text field of at most `max` characters. */
export function textField(body: Record<string, unknown>, name: string, max: number): string {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '') throw new HttpError(400, 'invalid_text', `"${name}" must be a non-empty text.`);
  if ([...value].length > max) throw new HttpError(400, 'text_too_long', `"${name}" must be at most ${max} characters.`);
  return value.trim();
}
