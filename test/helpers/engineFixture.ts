import path from 'node:path';
import { Translations } from '../../bot/adapters/i18n';
import { OrientationEngine } from '../../bot/domain/orientation/orientationEngine';
import { SlotOptions } from '../../bot/domain/orientation/slotOptions';
import { CourseLanguages, coursesByLanguage } from '../../bot/domain/orientation/courseLanguages';
import { Recommender } from '../../bot/domain/recommend/recommender';
import { AgencyNames } from '../../bot/domain/handoff/agencyNames';
import { Understanding, loadLexicons, warmUp } from '../../bot/domain/understanding';
import { loadOccupations, loadTrades } from '../../bot/adapters/occupationFiles';
import { loadAreas, loadPlaces } from '../../bot/adapters/placeFiles';
import { displayNumber, parseCallbackNumber } from '../../bot/domain/handoff/phoneNumber';
import { parseCallbackTime } from '../../bot/domain/handoff/callbackTime';
import type { Region } from '../../bot/domain/profile/profile';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { newSession, type Session } from '../../bot/domain/orientation/session';
import { realCatalogue } from './realCatalogue';

const ROOT = path.resolve(__dirname, '../..');
let cached: { understanding: Understanding; recommender: Recommender; options: SlotOptions; courseLanguages: CourseLanguages; languages: string[]; agencies: AgencyNames } | undefined;

/**
 * The real engine over the real knowledge and lexicons (no SDK, no HTTP), built once per test run.
 * @param served the languages the engine serves, when a test needs fewer than the folders of `locales/`
 */
export function engineFixture(fixedRegion?: Region, served?: string[]): OrientationEngine {
  if (!cached) {
    const { languages, kb, search } = realCatalogue();
    const translations = new Translations(path.join(ROOT, 'locales'));
    warmUp();
    const lexicons = loadLexicons(path.join(ROOT, 'knowledge/lexicon'));
    const understanding = new Understanding({
      lexicons, topics: kb.topics, qualifications: kb.qualifications,
      occupations: loadOccupations(path.join(ROOT, 'knowledge/occupations')), trades: loadTrades(path.join(ROOT, 'knowledge/occupations')), places: loadPlaces(path.join(ROOT, 'knowledge/geo')), areas: loadAreas(path.join(ROOT, 'knowledge/geo')),
    });
    cached = {
      languages,
      courseLanguages: new CourseLanguages(understanding, coursesByLanguage(kb.courses), (code) => languages.every((lang) => translations.has(lang, `recommend:languageName.${code}`))),
      understanding,
      recommender: new Recommender(kb, languages, search),
      agencies: new AgencyNames(kb.agencies),
      options: new SlotOptions((lang, key) => translations.getT(lang)(key), kb.topics, languages, ['BE-BRU', 'BE-WAL', 'BE-VLG', 'LU', 'FR']),
    };
  }
  return new OrientationEngine({
    ...cached, ...(served ? { languages: served } : {}), defaultLanguage: 'fr', fixedRegion,
    callback: { phone: parseCallbackNumber, display: displayNumber, preferredTime: (text, lang) => parseCallbackTime(text, lang, new Date('2026-11-23T10:00:00Z')) },
  });
}

/** A new conversation in `locale`, each of `texts` typed in turn: the engine, its session and every output. */
export function converse(locale: string, texts: string[], engine = engineFixture()): { engine: OrientationEngine; session: Session; out: Output[] } {
  const session = newSession();
  engine.start(session, { locale });
  const out = texts.flatMap((text) => engine.handle(session, { text }));
  return { engine, session, out };
}

/** The items recommended among outputs, in the order shown. */
export const recommended = (out: Output[]): RecommendationItem[] => out.flatMap((o) => (o.type === 'recommend' ? o.items : []));
