import { textIn } from '../../bot/domain/knowledge/catalogueText';
import type { Agency, Course, SupportService } from '../../bot/domain/knowledge/types';
import { costFor } from '../../bot/domain/recommend/scoreCourse';
import type { Reason, RecommendationItem } from '../../bot/domain/recommend/reasons';
import type { T } from '../../bot/adapters/i18n';
import { whyLine, type TopicLabel } from '../reasonText';

/** One recommended item, ready to show: the same content feeds a card or a numbered line. */
export interface ItemView {
  title: string; subtitle: string; text: string; why: string; url: string; linkLabel: string;
  /** How to get there: a map of the place's address (OpenStreetMap search), when the address is known. */
  map?: { url: string; label: string };
}

export interface ItemLookup {
  course(id: string): Course | undefined;
  support(id: string): SupportService | undefined;
  agency(id: string): Agency | undefined;
  /** `name`: who publishes the search (the agency, or the catalogue it points to: lifelong-learning.lu for ADEM). */
  agencySearch(id: string): { agency: Agency; field?: string; url: string; name?: string } | undefined;
  /**
   * The link shown for an item: `GET /r/:itemId` on this server, which counts the opening (per region, when the
   * person's region is known: the agency sees what is opened where) and redirects.
   */
  link?(itemId: string, region?: string): string;
}

/**
 * @param said the reasons its Why line says, chosen for the whole list shown (`whyReasons`: a reason said once, then
 *   each item's own); without it, the item's strongest reasons.
 */
export function itemView(item: RecommendationItem, lookup: ItemLookup, t: T, lang: string, topicLabel: TopicLabel, region?: string, said: Reason[] = item.reasons): ItemView | undefined {
  const why = whyLine(said, t, topicLabel, lang, item.kind, item.languages);
  if (item.kind === 'course') {
    const c = lookup.course(item.id);
    if (!c) return undefined;
    const cost = costFor(c, region);
    // what it costs and whether it gives a certificate, as the bot's answers to "c'est gratuit ?" and "on a un
    // certificat ?" say each card does (found chatting: no card said it); an unknown one stays unsaid, and so does an
    // unknown duration (found by a tester: "durée non indiquée" on most cards said nothing useful)
    const facts = [c.provider,
      ...(c.durationHours !== null ? [t('recommend:card.hours', { count: c.durationHours })] : []),
      ...(cost === 'free' || cost === 'free-for-jobseekers' ? [t('recommend:card.free')] : cost === 'paid' ? [t('recommend:card.paid')] : []),
      ...(c.certification.kind !== 'unknown' ? [t(`recommend:card.certificate.${c.certification.kind}`)] : [])];
    // A title or summary the catalogue lacks in their language is shown in the course's own (the reasons say so).
    return {
      title: textIn(c.title, lang, c.taughtIn).text || c.id, subtitle: facts.join(' · '), text: textIn(c.summary, lang, c.taughtIn).text,
      why, url: lookup.link?.(item.id, region) ?? c.url, linkLabel: t('recommend:card.open'),
    };
  }
  if (item.kind === 'search') {
    const search = lookup.agencySearch(item.id);
    if (!search) return undefined;
    // (its whole offer, to one who named no field: said to be for every field)
    const field = search.field ? t(`profile:fields.${search.field}`) : t('recommend:search.allFields');
    const agency = search.name ?? search.agency.name;
    // (only a warning is said of a search: a catalogue in a language the person does not read, "careful: it is only in French")
    const warning = item.reasons.filter((r) => r.code === 'other-language');
    return {
      // (the subtitle, shown in brackets after the title on text channels, without the field's examples in brackets: the
      // sentence under it says them; found chatting, rec20: "(les services aux personnes … (aide, enseignement, …))")
      title: t('recommend:search.title', { agency }), subtitle: field.replace(/\s*\([^()]*\)/g, ''),
      text: search.field ? t('recommend:search.text', { agency, field }) : t('recommend:search.textAll', { agency }),
      why: warning.length > 0 ? whyLine(warning, t, topicLabel, lang, 'course', item.languages) : '',
      url: lookup.link?.(item.id, region) ?? search.url, linkLabel: t('recommend:card.search'),
    };
  }
  const s = lookup.support(item.id);
  if (!s) return undefined;
  // what a person needs to go there; what was not found stays unsaid rather than guessed
  const hours = typeof s.hours === 'string' ? s.hours : s.hours ? textIn(s.hours, lang, s.languages).text : '';
  // (a public digital space with no address in the knowledge, often a network of places: said so, with where to find the
  // nearest, rather than no word of where to go; rec26)
  const noAddress = !s.address && s.kind === 'public-digital-space' && !s.online;
  const details = [
    s.address ? t('recommend:card.address', { address: s.address }) : noAddress ? t(s.phone ? 'recommend:card.addressUnknownCall' : 'recommend:card.addressUnknownSite') : '',
    hours ? t('recommend:card.openingHours', { hours }) : '',
    s.phone ? t('recommend:card.phone', { phone: s.phone }) : '',
  ].filter(Boolean);
  const map = s.address ? { url: `https://www.openstreetmap.org/search?query=${encodeURIComponent(s.address)}`, label: t('recommend:card.map') } : undefined;
  return {
    title: s.name, subtitle: textIn(s.title, lang, s.languages).text, text: [textIn(s.summary, lang, s.languages).text, ...details].filter(Boolean).join('\n'),
    why, url: lookup.link?.(item.id, region) ?? s.url, linkLabel: t('recommend:card.visit'), ...(map ? { map } : {}),
  };
}
