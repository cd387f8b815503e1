import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** An element of an LHEO offer: its local name (prefix dropped), attributes, text and child elements. */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  text: string;
  children: XmlElement[];
  /** The line its start tag ends on, for the report. */
  line: number;
}

/** One `<formation>` of the file, whole, with its position among the formations (1-based, as XPath counts). */
export interface LheoFormation { index: number; formation: XmlElement }

/**
 * Reads an LHEO file as a stream, one `<formation>` at a time: only the formation being read is held in
 * memory, so a file of hundreds of megabytes imports in the memory of a few offers.
 *
 * @remarks saxes checks well-formedness as it goes: a broken file stops the import with the line and
 * column of the fault. Elements are matched by local name, so both `<formation>` in LHEO's default
 * namespace (`http://lheo.gouv.fr/2.3`, or 2.2's `http://www.lheo.org/2.2`) and a prefixed `<lheo:formation>`
 * are read. The root must be `<lheo>`.
 */
export async function* lheoFormations(chunks: AsyncIterable<string>): AsyncGenerator<LheoFormation> {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  const ready: LheoFormation[] = [];
  const open: XmlElement[] = [];
  let depth = 0;
  let count = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    depth += 1;
    if (depth === 1 && name !== 'lheo') throw new Error(`the root element is <${tag.name}>, not <lheo>: not an LHEO file`);
    if (open.length === 0 && name !== 'formation') return;
    const element: XmlElement = { name, attributes: { ...tag.attributes }, text: '', children: [], line: parser.line };
    open.at(-1)?.children.push(element);
    open.push(element);
  });
  const addText = (text: string): void => {
    const current = open.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    depth -= 1;
    const element = open.pop();
    if (element && open.length === 0) {
      count += 1;
      ready.push({ index: count, formation: element });
    }
  });
  for await (const chunk of chunks) {
    parser.write(chunk);
    yield* ready.splice(0);
  }
  parser.close();
  yield* ready.splice(0);
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** The first child element of that name, if any. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Every child element of that name, in document order. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

/** The trimmed text of the element at that path of child names, or undefined when absent or blank. */
export function textAt(element: XmlElement | undefined, ...path: string[]): string | undefined {
  let current = element;
  for (const name of path) current = child(current, name);
  const text = current?.text.trim();
  return text ? text : undefined;
}
