/**
 * Language names as catalogues and people write them (schema.org `availableLanguage` allows a name, a BCP 47 tag or a
 * `Language` thing; a person asks for "French", "Luxembourgish", "Däitsch"), folded (lower case, no accents) →
 * ISO 639-1: the names in fr, en, es, de, nl and lb of the languages of the regions served and the most common others.
 * A name outside the list is reported, never guessed.
 */
const NAMES: Readonly<Record<string, string>> = {
  french: 'fr', francais: 'fr', frances: 'fr', franzosisch: 'fr', franzoesisch: 'fr', frans: 'fr', fransch: 'fr', franseisch: 'fr', franzeisch: 'fr', franseich: 'fr',
  english: 'en', anglais: 'en', ingles: 'en', englisch: 'en', engels: 'en', englesch: 'en',
  spanish: 'es', castilian: 'es', espagnol: 'es', castillan: 'es', espanol: 'es', castellano: 'es', spanisch: 'es', spaans: 'es', spuenesch: 'es', spuenisch: 'es', spuensch: 'es',
  german: 'de', allemand: 'de', aleman: 'de', deutsch: 'de', duits: 'de', daitsch: 'de', deitsch: 'de',
  dutch: 'nl', flemish: 'nl', neerlandais: 'nl', flamand: 'nl', hollandais: 'nl', nederlands: 'nl', vlaams: 'nl', hollands: 'nl', neerlandes: 'nl', holandes: 'nl',
  niederlandisch: 'nl', hollandisch: 'nl', flamisch: 'nl', hollannesch: 'nl', nidderlannesch: 'nl', flamesch: 'nl',
  luxembourgish: 'lb', luxembourgian: 'lb', letzeburgesch: 'lb', luxembourgeois: 'lb', luxembourgeoise: 'lb', letzebuergesch: 'lb', letzebuergsch: 'lb',
  luxemburgisch: 'lb', luxemburgerisch: 'lb', luxemburgues: 'lb', luxemburgs: 'lb',
  italian: 'it', italien: 'it', italiano: 'it', italienisch: 'it', italiaans: 'it', italienesch: 'it',
  portuguese: 'pt', portugais: 'pt', portugues: 'pt', portugiesisch: 'pt', portugees: 'pt', portugisesch: 'pt',
  arabic: 'ar', arabe: 'ar', arabisch: 'ar', arabesch: 'ar', turkish: 'tr', turc: 'tr', turkisch: 'tr', turks: 'tr',
  polish: 'pl', polonais: 'pl', polnisch: 'pl', romanian: 'ro', roumain: 'ro', rumanisch: 'ro', roemeens: 'ro',
};

/** All the names of a language in `NAMES` (folded), for an index of what courses teach; none for an unknown code. */
export function namesOf(code: string): string[] {
  return Object.keys(NAMES).filter((name) => NAMES[name] === code);
}

/**
 * The language a single folded word names, as itself or inflected (up to three letters more: "francaise",
 * "franzosischen", "franse", "inglesa"), or undefined; never a tag ("en", "de" are words).
 */
export function languageNamed(word: string): string | undefined {
  for (let cut = 0; cut <= 3 && word.length - cut >= 4; cut++) {
    const name = word.slice(0, word.length - cut);
    if (Object.prototype.hasOwnProperty.call(NAMES, name)) return NAMES[name];
  }
  return undefined;
}

/** `fr`, `fr-FR`, `French`, `Français` → `fr`; undefined when the text names no language we know. */
export function languageCode(text: string): string | undefined {
  const trimmed = text.trim();
  const tag = /^([a-z]{2})(?:[-_][A-Za-z0-9]+)*$/i.exec(trimmed);
  if (tag) return tag[1].toLowerCase();
  return NAMES[trimmed.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()];
}
