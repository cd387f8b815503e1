/**
 * Splits a text into parts of at most `max` UTF-16 units (the 4,096 of WhatsApp and Telegram) without cutting a
 * word or a link: at a paragraph, else a line, else a sentence end, else a space. Only a single "word" longer than
 * `max` is cut, and never inside a surrogate pair (an emoji stays whole).
 */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = breakAt(window, max);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

function breakAt(window: string, max: number): number {
  const half = Math.floor(max / 2);
  const paragraph = window.lastIndexOf('\n\n');
  if (paragraph > half) return paragraph;
  const line = window.lastIndexOf('\n');
  if (line > half) return line;
  const sentence = Math.max(...['. ', '! ', '? ', '.\n'].map((end) => window.lastIndexOf(end)));
  if (sentence > half) return sentence + 1;
  const space = window.search(/\s\S*$/);
  if (space > 0) return space;
  // one unbreakable run longer than the limit: cut it, but not between the two halves of a surrogate pair
  const code = window.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
