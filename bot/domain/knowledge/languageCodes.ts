/**
 * Language names as catalogues write them (schema.org `availableLanguage` allows a name, a BCP 47 tag or a
 * `Language` thing) → ISO 639-1. Only the languages of the regions served and the most common others; a
 * name outside the list is reported, never guessed.
 */
const NAMES: Readonly<Record<string, string>> = {
  french: 'fr', francais: 'fr', frances: 'fr', franzosisch: 'fr', frans: 'fr',
  english: 'en', anglais: 'en', ingles: 'en', englisch: 'en', engels: 'en',
  spanish: 'es', espagnol: 'es', espanol: 'es', castellano: 'es', spanisch: 'es', spaans: 'es',
  german: 'de', allemand: 'de', aleman: 'de', deutsch: 'de', duits: 'de',
  dutch: 'nl', flemish: 'nl', neerlandais: 'nl', flamand: 'nl', nederlands: 'nl', vlaams: 'nl', neerlandes: 'nl', niederlandisch: 'nl',
  luxembourgish: 'lb', luxembourgeois: 'lb', letzebuergesch: 'lb', luxemburgisch: 'lb',
  italian: 'it', italien: 'it', italiano: 'it', portuguese: 'pt', portugais: 'pt', portugues: 'pt',
  arabic: 'ar', arabe: 'ar', turkish: 'tr', turc: 'tr', polish: 'pl', polonais: 'pl', romanian: 'ro', roumain: 'ro',
};

/** `fr`, `fr-FR`, `French`, `Français` → `fr`; undefined when the text names no language we know. */
export function languageCode(text: string): string | undefined {
  const trimmed = text.trim();
  const tag = /^([a-z]{2})(?:[-_][A-Za-z0-9]+)*$/i.exec(trimmed);
  if (tag) return tag[1].toLowerCase();
  return NAMES[trimmed.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()];
}
