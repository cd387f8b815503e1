/**
 * The JSON pointer of the first key that appears twice in one object of a JSON text ("/cues/pastJob"), if any.
 * `JSON.parse` keeps the last of two equal keys without a word, so a hand-edited file can lose a whole list
 * silently (it happened to the Dutch and Luxembourgish `cues.pastJob`). The text must already parse as JSON.
 */
export function duplicateKey(text: string): string | undefined {
  interface Frame { keys: Set<string> | null; path: string; key?: string; index: number }
  const stack: Frame[] = [];
  const at = (frame: Frame): string => (frame.keys ? `${frame.path}/${escape(frame.key ?? '')}` : `${frame.path}/${frame.index}`);
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (expectKey && top?.keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return `${top.path}/${escape(key)}`;
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      const parent = stack.at(-1);
      stack.push({ keys: c === '{' ? new Set() : null, path: parent ? at(parent) : '', index: 0 });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    }
  }
  return undefined;
}

/** A key as a JSON pointer token (RFC 6901). */
const escape = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
