import type { Reason } from '../bot/domain/recommend/reasons';
import { isCaution, strongestReasons } from '../bot/domain/recommend/reasonStrength';
import type { T } from '../bot/adapters/i18n';

/** Topic labels by id in the person's language (from knowledge/topics.json). */
export type TopicLabel = (topicId: string) => string;

/** Reasons said in their own words for a support place. */
const SUPPORT = new Set(['basics-first', 'goal', 'near-you', 'free', 'device', 'inclusion-first', 'literacy']);

/**
 * What a course's certificate is, said as such (`certification` reason, params.kind): a proof of attendance is no
 * certificate of achievement (found by a tester: "je krijgt een certificaat" over a "bewijs van deelname").
 */
const CERTIFICATE_REASON: Readonly<Record<string, string>> = {
  attestation: 'recommend:reason.certification-attestation',
  'state-recognised': 'recommend:reason.certification-recognised',
};

/** Language codes from a comma-separated reason parameter. */
function codes(value: string | number | undefined): string[] {
  return String(value ?? '').split(',').filter(Boolean);
}

/**
 * Names joined as the language writes a list ("French and Dutch", "Französisch und Niederländisch"). Luxembourgish
 * "an" loses its n before most consonants (the n-rule), which Intl leaves as "a(n)".
 */
function listOf(names: string[], lang: string): string {
  let text: string;
  try { text = new Intl.ListFormat(lang, { type: 'conjunction' }).format(names); } catch { text = names.join(', '); }
  return text.replace(/ a\(n\) (?=(\p{L}))/gu, (_, next: string) => (/[aeiouäëéèdtznh]/i.test(next) ? ' an ' : ' a '));
}

/** Languages whose nouns keep their capital inside a sentence. */
const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(['de', 'lb']);

/**
 * A topic's label as written inside a sentence: "elle porte sur les langues", not "sur Langues" (found by a tester).
 * German and Luxembourgish nouns keep their capital; a label that starts with an acronym ("UX", "SEO") keeps it too.
 */
export function inSentence(label: string, lang: string): string {
  if (CAPITALISED_NOUNS.has(lang) || !/^\p{Lu}\p{Ll}/u.test(label)) return label;
  return label[0].toLocaleLowerCase(lang) + label.slice(1);
}

/**
 * Turns reason codes into one short sentence of at most two clauses, the strongest (see `strongestReasons`): "it is
 * about programming, it fits your level".
 */
export function reasonText(reasons: Reason[], t: T, topicLabel: TopicLabel, lang: string, kind: 'course' | 'support' | 'search' = 'course', languages: readonly string[] = []): string {
  const topic = (id: string | number | undefined): string => inSentence(topicLabel(String(id)), lang);
  const shown = strongestReasons(reasons, kind);
  const parts = shown.map((r) => {
    const p = r.params ?? {};
    if (kind === 'support' && SUPPORT.has(r.code)) {
      return t(`recommend:reasonSupport.${r.code}`, r.code === 'goal' ? { goal: t(`recommend:goalPhrase.${p.goal}`) } : undefined);
    }
    if (kind === 'support' && r.code === 'interest') return p.reading ? t('recommend:reasonSupport.interestReading') : t('recommend:reasonSupport.interest', { topic: topic(p.topic) });
    switch (r.code) {
      // (said a second time in a list, short: "also on this subject", "also for jobs in this field"; see whyReasons)
      case 'interest': return p.again ? t('recommend:reason.interestAgain') : t('recommend:reason.interest', { topic: topic(p.topic) });
      // (to one who creates a business: for their business in that field, not a job in it)
      // (named by the person's trade when the course is for it: "for jobs in childcare", not the whole of field K)
      // (said again of a course for their trade, the trade: "for your trade too", not "this field", rec26b)
      case 'field': return p.again ? t(p.business ? 'recommend:reason.fieldBusinessAgain' : p.trade !== undefined ? 'recommend:reason.fieldTradeAgain' : 'recommend:reason.fieldAgain')
        : t(p.business ? 'recommend:reason.fieldBusiness' : 'recommend:reason.field', { field: t(`profile:fields.${p.trade ?? p.field}`) });
      // (of use beside their trade, not its own work: "related to building, not masonry itself")
      case 'related': return p.again ? t('recommend:reason.relatedAgain') : t('recommend:reason.related', { field: t(`profile:fields.${p.trade ?? p.field}`) });
      // the language it is in, which may be another one the person reads (a Luxembourgish speaker reads German)
      // …and that it is in others too, as "are these in Dutch?" counts them (found by a tester: Duolingo "in English"
      // on its card, yet counted in Dutch)
      case 'language': {
        const language = t(`recommend:languageName.${String(p.lang ?? lang)}`);
        const others = languages.filter((l) => l !== String(p.lang ?? lang)).length;
        return others > 0 ? t('recommend:reason.languageAlso', { language, count: others }) : t('recommend:reason.language', { language });
      }
      case 'other-language': {
        const langs = codes(p.langs).map((l) => t(`recommend:languageName.${l}`));
        // a place: the languages it serves in ("only in French and German")
        return kind === 'support' ? t('recommend:reasonSupport.other-language', { languages: listOf(langs, lang) })
          : t('recommend:reason.other-language', { languages: listOf(langs, lang) });
      }
      case 'not-translated': return t('recommend:reason.not-translated', { language: t(`recommend:languageName.${p.language}`) });
      // every language of the region it teaches: Duolingo is a Dutch course too for a Spanish speaker in Brussels
      case 'local-language': {
        // (for a language the person said they speak poorly: "you said your French is not strong yet")
        if (p.said) return t('recommend:reason.local-language-said', { language: t(`recommend:languageName.${p.language}`) });
        // (for a graduate who chose another language: "you chose to talk in English; French is much used at work in Brussels")
        if (p.chat !== undefined) {
          return t('recommend:reason.local-language-chosen', { chat: t(`recommend:languageName.${p.chat}`), language: t(`recommend:languageName.${p.language}`),
            where: t(`recommend:regionIn.${p.region}`) });
        }
        const names = codes(p.languages ?? p.language).map((l) => t(`recommend:languageName.${l}`));
        return names.length > 1 ? t('recommend:reason.local-languages', { languages: listOf(names, lang) })
          : t('recommend:reason.local-language', { language: t(`recommend:languageName.${p.language}`) });
      }
      case 'teaches': {
        const names = codes(p.languages).map((l) => t(`recommend:languageName.${l}`));
        return Number(p.more ?? 0) > 0 ? t('recommend:reason.teaches-more', { languages: names.join(', ') })
          : t('recommend:reason.teaches', { languages: listOf(names, lang) });
      }
      case 'certification': return t(CERTIFICATE_REASON[String(p.kind)] ?? 'recommend:reason.certification');
      case 'goal': return t('recommend:reason.goal', { goal: t(`recommend:goalPhrase.${p.goal}`) });
      case 'time': return t('recommend:reason.time', { count: Number(p.weeks) });
      // (an agency's whole offer, to one who named no field)
      case 'agency-search': return t(p.field ? 'recommend:reason.agency-search' : 'recommend:reason.agency-search-all');
      default: return t(`recommend:reason.${r.code}`);
    }
  });
  // a warning is a sentence of its own after what speaks for the item ("…, but it does not teach your trade. Careful: it
  // is only in French."), not one more clause (found by a tester, qa20 T4: "ook nuttig naast je beroep, maar het leert het
  // niet, let op: het is alleen in het Frans")
  const said = [...new Set(parts)];
  const warns = new Set(shown.flatMap((r, k) => (isCaution(r) ? [parts[k]] : [])));
  const positives = said.filter((p) => !warns.has(p));
  const cautions = said.filter((p) => warns.has(p));
  if (positives.length === 0 || cautions.length === 0) return said.join(', ');
  return `${positives.join(', ')}. ${upperFirst(cautions.join(', '))}`;
}

/** The text with its first letter in capitals. */
function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * An item's "Why" line: "Why: …." when something speaks for it, else its warning alone as a sentence ("Careful: it is
 * only in French."), not "Why: careful: …" (found by a tester, qa20 T4: "Por qué: atención: solo está en francés.").
 */
export function whyLine(reasons: Reason[], t: T, topicLabel: TopicLabel, lang: string, kind: 'course' | 'support' | 'search' = 'course', languages: readonly string[] = []): string {
  const text = reasonText(reasons, t, topicLabel, lang, kind, languages);
  const forIt = strongestReasons(reasons, kind).some((r) => !isCaution(r));
  return forIt || text === '' ? t('recommend:card.why', { reasons: text }) : t('recommend:card.note', { reasons: upperFirst(text) });
}
