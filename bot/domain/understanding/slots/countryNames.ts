import { fold } from '../text/fold';

/** Two-letter codes CLDR names that are no country one holds a diploma from (unknown region, EU, euro area, UN, test codes). */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'AQ']);

/**
 * The names of the world's countries in the bot's languages, as words (folded as messages are): where a message names one
 * in lower case ("un diplôme du maroc"), when no capital tells a country from a word ("de comptable").
 *
 * @remarks The names are CLDR's, through the runtime's `Intl.DisplayNames` (ICU): no list to keep by hand. A name with a
 * hyphen or brackets also counts by its first part ("Congo-Kinshasa", "Myanmar (Birmanie)"). Found by the lead (rec26,
 * after qa24 q13): "un diplôme du maroc", "bac de tunisie" were not read, "diplôme du Maroc" was. Built on first use
 * (tens of milliseconds, once): only a diploma named with "from" after it needs the names.
 */
export class CountryNames {
  /** Names by their first word, each as its words (see `names`). */
  private byFirst?: Map<string, string[][]>;

  constructor(private readonly languages: readonly string[]) {}

  private names(): Map<string, string[][]> {
    if (this.byFirst) return this.byFirst;
    this.byFirst = new Map();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const lang of this.languages) {
      let names: Intl.DisplayNames;
      try { names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }); } catch { continue; }
      for (const a of letters) {
        for (const b of letters) {
          if (NOT_COUNTRIES.has(a + b)) continue;
          const name = names.of(a + b);
          if (!name) continue;
          for (const form of new Set([name, name.split(/[-(]/)[0]])) add(this.byFirst, wordsOf(form));
        }
      }
    }
    return this.byFirst;
  }

  /** Where the longest country name starting at token `at` of `tokens` ends (exclusive), or undefined when none starts there. */
  endOf(tokens: ReadonlyArray<{ t: string }>, at: number): number | undefined {
    let end: number | undefined;
    for (const name of this.names().get(tokens[at]?.t ?? '') ?? []) {
      if (name.every((word, k) => tokens[at + k]?.t === word) && (end === undefined || at + name.length > end)) end = at + name.length;
    }
    return end;
  }
}

/** Files a name (its words) under its first word, once; names of fewer than three letters are none ("de", "la"). */
function add(byFirst: Map<string, string[][]>, name: string[]): void {
  if (name.length === 0 || name[0].length < 3) return;
  const list = byFirst.get(name[0]);
  if (!list) byFirst.set(name[0], [name]);
  else if (!list.some((known) => known.join(' ') === name.join(' '))) list.push(name);
}

/**
 * The folded words of a name, as a message's tokens are ("Côte d’Ivoire": cote d ivoire), without the shared caches of
 * `words`, which keep the lexicons' phrases and the last messages.
 */
function wordsOf(name: string): string[] {
  return fold(name).split(/[^a-z0-9]+/).filter(Boolean);
}
