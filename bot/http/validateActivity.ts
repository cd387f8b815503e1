/**
 * Checks the shape of an inbound activity before the SDK sees it, so a malformed one gets a clear 400
 * instead of CloudAdapter's 500, and checks its `serviceUrl` against the allow-list (replies, including
 * proactive ones, are only ever sent to known channel hosts).
 */
export function activityProblems(body: unknown, serviceUrlAllowList: readonly string[]): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['the body must be a JSON object (an activity)'];
  const a = body as Record<string, unknown>;
  const problems: string[] = [];
  const str = (v: unknown, max: number): boolean => typeof v === 'string' && v.length > 0 && v.length <= max;
  if (!str(a.type, 64)) problems.push('"type" must be a non-empty string');
  if (!str(a.channelId, 64)) problems.push('"channelId" must be a non-empty string');
  const conversation = a.conversation as Record<string, unknown> | undefined;
  if (typeof conversation !== 'object' || conversation === null || !str(conversation.id, 512)) problems.push('"conversation.id" must be a non-empty string');
  const from = a.from as Record<string, unknown> | undefined;
  if (from !== undefined && (typeof from !== 'object' || from === null || (from.id !== undefined && !str(from.id, 512)))) problems.push('"from.id" must be a string');
  if (a.id !== undefined && !str(a.id, 512)) problems.push('"id" must be a string');
  if (a.text !== undefined && a.text !== null && typeof a.text !== 'string') problems.push('"text" must be a string');
  if (a.locale !== undefined && a.locale !== null && !str(a.locale, 32)) problems.push('"locale" must be a short string');
  if (!str(a.serviceUrl, 2048)) {
    problems.push('"serviceUrl" must be a URL');
  } else if (!serviceUrlAllowed(a.serviceUrl as string, serviceUrlAllowList)) {
    problems.push('"serviceUrl" is not an allowed channel address');
  }
  return problems;
}

export function serviceUrlAllowed(serviceUrl: string, allowList: readonly string[]): boolean {
  let url: URL;
  try { url = new URL(serviceUrl); } catch { return false; }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!allowList.includes(host)) return false;
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  return url.protocol === 'https:' || (loopback && url.protocol === 'http:');
}
