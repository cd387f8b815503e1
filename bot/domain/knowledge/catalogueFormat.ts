/** The catalogue formats `import-catalogue` reads. */
export type CatalogueFormat = 'csv' | 'lheo' | 'json-ld' | 'richie';

/** How the first bytes of a file read: XML (with its declared encoding), JSON, or anything else (CSV). */
export type FileKind = { kind: 'xml'; root?: string; encoding: 'utf8' | 'latin1' } | { kind: 'json' } | { kind: 'text' };

/**
 * Tells a catalogue file's kind from its first bytes (not its name: agencies' exports are named
 * `export.txt` or `offres.dat` as often as `.xml`). XML starts with `<` after an optional BOM and blanks,
 * JSON with `{` or `[`; anything else is read as CSV, whose header check then explains what is wrong.
 * The root element is returned when it is in the head (after the XML declaration, comments, doctype).
 */
export function sniffFile(head: string): FileKind {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return { kind: 'json' };
  if (!text.startsWith('<')) return { kind: 'text' };
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(text)?.[1]?.toLowerCase();
  const encoding = declared !== undefined && /^(iso-?8859-(1|15)|latin-?1|windows-1252|cp1252)$/.test(declared) ? 'latin1' : 'utf8';
  const withoutProlog = text.replace(/^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|\s+)*/i, '');
  const root = /^<([A-Za-z_][\w.-]*(?::[\w.-]+)?)/.exec(withoutProlog)?.[1];
  return { kind: 'xml', root, encoding };
}

/** The local name of the LHEO root, whatever its prefix. */
export function isLheoRoot(root: string | undefined): boolean {
  return root !== undefined && root.replace(/^[^:]*:/, '') === 'lheo';
}

/**
 * Which JSON catalogue a parsed file is: Richie's course API answers `{ meta, objects: [...] }`; schema.org
 * JSON-LD has `@context`, a `@graph`, or `@type` Course (alone or in a list). Undefined: neither.
 */
export function jsonFormat(json: unknown): 'json-ld' | 'richie' | undefined {
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const record = json as Record<string, unknown>;
    if (Array.isArray(record.objects) && record.meta !== null && typeof record.meta === 'object') return 'richie';
    if ('@context' in record || '@graph' in record || '@type' in record) return 'json-ld';
  }
  if (Array.isArray(json) && json.some((item) => item !== null && typeof item === 'object' && ('@type' in item || '@context' in item))) return 'json-ld';
  return undefined;
}
