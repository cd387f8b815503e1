import { DIGITAL_SKILLS, EQUIPMENT, GOALS, type Lang, type Region, type SlotId } from '../profile/profile';
import type { Topic } from '../knowledge/types';
import type { Labels, Option } from './outputs';
import type { PendingSlot } from './session';

/** The choices offered for each question; values are the profile values the contract names. */
export class SlotOptions {
  constructor(
    private readonly labels: Labels,
    private readonly topics: Topic[],
    private readonly languages: Lang[],
    private readonly regions: Region[],
  ) {}

  private readonly cache = new Map<string, Option[]>();

  /** The options of a question in a language (built once: labels do not change while the bot runs). */
  for(slot: PendingSlot, lang: Lang): Option[] {
    const key = `${slot}|${lang}`;
    let options = this.cache.get(key);
    if (!options) { options = this.build(slot, lang); this.cache.set(key, options); }
    return options;
  }

  private build(slot: PendingSlot, lang: Lang): Option[] {
    const l = (key: string): string => this.labels(lang, key);
    switch (slot) {
      case 'language':
        // Each language is named in itself, so a person who does not read the current one finds theirs.
        return this.languages.map((code) => ({ value: code, label: this.labels(code, 'common:language.name') }));
      case 'goal':
        return GOALS.map((g) => ({ value: g, label: l(`profile:options.goal.${g}`) }));
      case 'interest':
        return this.topics.map((t) => ({ value: t.id, label: t.label[lang] ?? t.id }));
      case 'qualification':
        return ['0', '2', '3', '4', '5', '6', '7'].map((v) => ({ value: v, label: l(`profile:options.qualification.${v}`) }));
      case 'digitalSkills':
        return DIGITAL_SKILLS.map((v) => ({ value: v, label: l(`profile:options.digitalSkills.${v}`) }));
      case 'equipment':
        return EQUIPMENT.map((v) => ({ value: v, label: l(`profile:options.equipment.${v}`) }));
      case 'availability':
        return ['2', '5', '10', '20'].map((v) => ({ value: v, label: l(`profile:options.availability.${v}`) }));
      case 'region':
        return this.regions.map((r) => ({ value: r, label: l(`profile:options.region.${r}`) }));
      case 'followUp':
        return ['more', 'restart', 'human'].map((v) => ({ value: v, label: l(`recommend:followUp.${v}`) }));
      case 'consent':
        return [{ value: 'yes', label: l('common:yes') }, { value: 'no', label: l('common:no') }];
      default:
        return [];
    }
  }
}

export const ORDER: SlotId[] = ['goal', 'interest', 'qualification', 'digitalSkills', 'equipment', 'availability', 'region'];
