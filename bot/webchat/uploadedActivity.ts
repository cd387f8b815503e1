import type { IncomingMessage } from 'node:http';

export type UploadRead =
  | { ok: true; activity: unknown }
  | { ok: false; status: 400 | 413 | 415; code: string; problem: string };

/** How much an upload may weigh in all; its files are read and dropped, never kept (`MAX_BODY_BYTES` caps the activity). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/**
 * Reads what Web Chat posts to `…/upload` (multipart/form-data: first an `activity` part, JSON, then one `file`
 * part per attachment) and returns the activity; the files are read off the socket and dropped, unseen.
 *
 * @remarks Only the first `maxActivityBytes` of the body are kept in memory: DirectLineJS appends the activity
 * part before the files, so it is in there. The rest is counted and discarded, up to `maxUploadBytes`. Nothing
 * is written anywhere: the bot reads text only, and a file a person sends (a CV, an ID) must not end up on disk.
 */
export async function readUploadedActivity(req: IncomingMessage, maxActivityBytes: number, maxUploadBytes = MAX_UPLOAD_BYTES): Promise<UploadRead> {
  const boundary = /^multipart\/form-data\s*;.*\bboundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(String(req.headers['content-type'] ?? ''));
  if (!boundary) {
    req.resume();
    return { ok: false, status: 415, code: 'unsupported_media_type', problem: 'An upload is multipart/form-data with an "activity" part.' };
  }
  const head: Buffer[] = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxUploadBytes) {
      req.destroy();
      return { ok: false, status: 413, code: 'payload_too_large', problem: 'The upload is too large.' };
    }
    if (kept < maxActivityBytes) {
      const part = chunk.subarray(0, maxActivityBytes - kept);
      head.push(part);
      kept += part.length;
    }
  }
  const json = activityPart(Buffer.concat(head), boundary[1] ?? boundary[2]);
  if (json === undefined) return { ok: false, status: 400, code: 'missing_activity', problem: 'The upload has no complete "activity" part (it comes first, as JSON).' };
  try {
    return { ok: true, activity: JSON.parse(json) };
  } catch {
    return { ok: false, status: 400, code: 'invalid_json', problem: 'The "activity" part is not valid JSON.' };
  }
}

/** The text of the part named `activity`, if the buffer holds all of it. */
function activityPart(body: Buffer, boundary: string): string | undefined {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const data = Buffer.concat([Buffer.from('\r\n'), body]);
  let at = data.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    const next = data.indexOf(delimiter, start);
    if (next < 0) return undefined; // the last part seen is incomplete (or the closing delimiter)
    const part = data.subarray(start, next);
    const headersEnd = part.indexOf('\r\n\r\n');
    if (headersEnd >= 0) {
      const headers = part.subarray(0, headersEnd).toString('latin1');
      if (/content-disposition:\s*form-data;[^\r\n]*\bname="activity"/i.test(headers)) return part.subarray(headersEnd + 4).toString('utf8');
    }
    at = next;
  }
  return undefined;
}
