import type { Course, KnowledgeBase, SupportService, Topic } from '../../bot/domain/knowledge/types';
import type { SearchLanguage } from '../../bot/domain/recommend/textNormaliser';

const src = { url: 'https://example.org/source', checked: '2026-11-23', verified: false, note: 'test fixture' };
const l = (text: string): Record<string, string> => ({ fr: text, en: text, es: text, de: text });

export function course(id: string, over: Partial<Course> = {}): Course {
  return {
    id, provider: 'Test', url: `https://example.org/${id}`, topics: ['programming'], level: 'beginner', minEqfLevel: 0,
    digitalSkillsRequired: 'autonomous', equipment: 'computer-and-internet', durationHours: 20, taughtIn: ['fr', 'en'],
    certification: { kind: 'none' }, cost: { default: 'free' }, title: l(id), summary: l(`summary of ${id}`), source: src, ...over,
  };
}

export function service(id: string, over: Partial<SupportService> = {}): SupportService {
  return {
    id, kind: 'public-digital-space', name: id, regions: ['BE-BRU'], url: `https://example.org/${id}`, languages: ['fr'],
    helpsWith: ['no-skills', 'with-help'], free: true, title: l(id), summary: l(id), source: src, ...over,
  };
}

export const topics: Topic[] = ['digital-basics', 'office', 'web-development', 'programming', 'data', 'job-search', 'basic-skills', 'languages']
  .map((id) => ({ id, label: l(id), synonyms: { fr: [id], en: [id], es: [id], de: [id] } }));

export const searchSettings: Record<string, SearchLanguage> = {
  fr: { stemmer: 'french', stopWords: ['je', 'veux', 'apprendre', 'le', 'la'] },
  en: { stemmer: 'english', stopWords: ['i', 'want', 'to', 'learn'] },
  es: { stemmer: 'spanish', stopWords: ['quiero', 'aprender'] },
  de: { stemmer: 'german', stopWords: ['ich', 'will', 'lernen'] },
};

export function fixtureKnowledge(): Pick<KnowledgeBase, 'courses' | 'support' | 'topics'> {
  return {
    topics,
    courses: [
      course('python-basics', { title: { ...l('Apprenez Python'), en: 'Learn Python' }, topics: ['programming'], durationHours: 10 }),
      course('java-advanced', { title: l('Java avancé'), topics: ['programming'], level: 'advanced', minEqfLevel: 5, digitalSkillsRequired: 'advanced', durationHours: 40 }),
      course('html-css', { topics: ['web-development'], durationHours: 20 }),
      course('pc-first-steps', { topics: ['digital-basics'], digitalSkillsRequired: 'none', equipment: 'smartphone-only', durationHours: 4 }),
      course('phone-basics', { topics: ['digital-basics'], digitalSkillsRequired: 'none', equipment: 'smartphone-only', durationHours: null }),
      course('cv-online', { topics: ['job-search'], digitalSkillsRequired: 'with-help', equipment: 'smartphone-only', durationHours: 3 }),
      course('excel', { topics: ['office'], taughtIn: ['fr'], certification: { kind: 'state-recognised' } }),
      course('brussels-only', { topics: ['programming'], regions: ['BE-BRU'] }),
      course('paid-data', { topics: ['data'], cost: { default: 'paid' } }),
    ],
    support: [
      service('epn-brussels', { regions: ['BE-BRU'], helpsWith: ['no-skills', 'with-help'] }),
      service('device-lu', { kind: 'device-access', regions: ['LU'], helpsWith: ['no-equipment'] }),
      service('device-bru', { kind: 'device-access', regions: ['BE-BRU'], helpsWith: ['no-equipment'] }),
      service('france-services', { regions: ['FR'], helpsWith: ['no-skills', 'online-procedures'] }),
    ],
  };
}
