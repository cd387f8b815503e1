/**
 * Checks the shape of an inbound activity before the SDK sees it, so a malformed one gets a clear 400
 * instead of CloudAdapter's 500, and checks its `serviceUrl` against the allow-list (replies, including
 * proactive ones, are only ever sent to known channel hosts).
 */
export function activityProblems(body: unknown, serviceUrlAllowList: readonly string[]): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['the body must be a JSON object (an activity)'];
  const a = body as Record<string, unknown>;
  const problems: string[] = [];
  // well-formed: a lone surrogate makes encodeURIComponent throw later, deep in the SDK (it was a 503 and a retry)
  const str = (v: unknown, max: number): boolean => typeof v === 'string' && v.length > 0 && v.length <= max && !LONE_SURROGATE.test(v);
  if (!str(a.type, 64)) problems.push('"type" must be a non-empty string');
  if (!str(a.channelId, 64)) problems.push('"channelId" must be a non-empty string');
  const conversation = a.conversation as Record<string, unknown> | undefined;
  if (typeof conversation !== 'object' || conversation === null || !str(conversation.id, 512)) problems.push('"conversation.id" must be a non-empty string');
  const from = a.from as Record<string, unknown> | undefined;
  if (from !== undefined && (typeof from !== 'object' || from === null || (from.id !== undefined && !str(from.id, 512)))) problems.push('"from.id" must be a string');
  if (a.id !== undefined && !str(a.id, 512)) problems.push('"id" must be a string');
  const recipient = a.recipient as Record<string, unknown> | undefined;
  if (recipient !== undefined && (typeof recipient !== 'object' || recipient === null || (recipient.id !== undefined && !str(recipient.id, 512)))) problems.push('"recipient.id" must be a string');
  for (const list of ['membersAdded', 'membersRemoved'] as const) {
    const members = a[list];
    if (members === undefined || members === null) continue;
    if (!Array.isArray(members) || members.length > 100
      || !members.every((m) => typeof m === 'object' && m !== null && str((m as Record<string, unknown>).id, 512))) {
      problems.push(`"${list}" must be a list of members, each with an "id"`);
    }
  }
  for (const field of ['value', 'channelData', 'entities', 'attachments'] as const) {
    if (a[field] !== undefined && depthOver(a[field], MAX_DEPTH)) problems.push(`"${field}" is nested too deeply`);
  }
  if (a.text !== undefined && a.text !== null && typeof a.text !== 'string') problems.push('"text" must be a string');
  if (a.locale !== undefined && a.locale !== null && !str(a.locale, 32)) problems.push('"locale" must be a short string');
  if (!str(a.serviceUrl, 2048)) {
    problems.push('"serviceUrl" must be a URL');
  } else if (!serviceUrlAllowed(a.serviceUrl as string, serviceUrlAllowList)) {
    problems.push('"serviceUrl" is not an allowed channel address');
  }
  return problems;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** How deeply `value`, `channelData`, `entities` and `attachments` may nest (real payloads use a handful of levels). */
const MAX_DEPTH = 32;

/** Whether a JSON value nests deeper than `max`, checked without recursion (a 20,000-deep value must not blow the stack). */
export function depthOver(root: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

export function serviceUrlAllowed(serviceUrl: string, allowList: readonly string[]): boolean {
  let url: URL;
  try { url = new URL(serviceUrl); } catch { return false; }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!allowList.includes(host)) return false;
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  return url.protocol === 'https:' || (loopback && url.protocol === 'http:');
}
