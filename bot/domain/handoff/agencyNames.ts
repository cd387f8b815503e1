import type { Agency } from '../knowledge/types';
import type { Area, Lang, Region } from '../profile/profile';
import { fold } from '../understanding/text/fold';
import { asksCrossBorder, crossBorderHome } from './agencyChoice';

/**
 * Which agency of the knowledge base a message names ("can I follow courses at the ADEM…?", "bin ich bei der ADEM
 * gemeldet?"), by the parts of its name: "ADEM – Agence pour le développement de l'emploi" is named by "ADEM" and by
 * "Agence pour le développement de l'emploi", "Le Forem (Wallonie)" by "Forem", whole words, case and accents aside.
 * A question about an agency gets its contacts, not a description of course providers (found by a tester).
 */
export class AgencyNames {
  private readonly names: Array<{ id: string; pattern: RegExp }>;

  constructor(private readonly agencies: readonly Agency[]) {
    this.names = agencies.flatMap((agency) => namesOf(agency.name).map((name) => ({ id: agency.id, name })))
      .sort((a, b) => b.name.length - a.name.length)
      .map(({ id, name }) => ({ id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u') }));
  }

  /** The id of the first agency the message names, or undefined. */
  named(text: string): string | undefined {
    const folded = fold(text);
    let best: { id: string; at: number } | undefined;
    for (const { id, pattern } of this.names) {
      const at = folded.search(pattern);
      if (at >= 0 && (!best || at < best.at)) best = { id, at };
    }
    return best?.id;
  }

  /** The agency that takes cross-border workers in one of these regions (ADEM, for a place of Luxembourg), or undefined. */
  crossBorderIn(regions: readonly Region[]): string | undefined {
    return this.agencies.find((a) => a.crossBorderWorkers && regions.some((r) => a.servesRegions.includes(r)))?.id;
  }

  /**
   * Beside an agency that takes cross-border workers, the services of where the person lives (ids and short names),
   * or none when that is not known (see `crossBorderHome`); `asks`: whether to ask if they live in another country, not
   * when `livesIn`, the region they said they live in, is the agency's (`asksCrossBorder`). Undefined for any other agency.
   */
  crossBorder(agencyId: string, residence: Region | undefined, lang: Lang, area?: Area, livesIn?: Region): { agency: string; home: Array<{ id: string; name: string }>; asks: boolean } | undefined {
    const found = crossBorderHome(this.agencies, agencyId, residence, lang, area);
    const agency = this.agencies.find((a) => a.id === agencyId);
    if (!found || !agency) return undefined;
    return { agency: shortName(agency), home: found.home.map((a) => ({ id: a.id, name: shortName(a) })), asks: asksCrossBorder(agency, livesIn) };
  }
}

/** "ADEM – Agence pour le développement de l'emploi" → "ADEM", "Le Forem (Wallonie)" → "Le Forem". */
export function shortName(agency: Pick<Agency, 'name'>): string {
  return agency.name.split(/\s[–-]\s|\s\(/)[0];
}

/** "ADEM – Agence pour le développement de l'emploi" → "adem", "agence pour le developpement de l'emploi"; "Le Forem (Wallonie)" → "le forem", "forem". */
function namesOf(name: string): string[] {
  const parts = name.replace(/\(.*?\)/g, '').split(/\s[–-]\s/).map((p) => fold(p).trim()).filter((p) => p.length >= 3);
  return [...new Set(parts.flatMap((p) => [p, p.replace(/^(le|la|l')\s*/, '')]).filter((p) => p.length >= 3))];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
