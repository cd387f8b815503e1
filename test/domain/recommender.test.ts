import { expect } from 'chai';
import { Recommender } from '../../bot/domain/recommend/recommender';
import type { Profile } from '../../bot/domain/profile/profile';
import { fixtureKnowledge, searchSettings, course } from '../helpers/fixtureKnowledge';

const LANGS = ['fr', 'en', 'es', 'de'];
const recommender = (): Recommender => new Recommender(fixtureKnowledge(), LANGS, searchSettings);
const skilled: Profile = { goal: 'retrain', interest: 'programming', eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region: 'FR' };

describe('Recommender', () => {
  it('when the profile is complete, then it returns 3 to 5 items, best first, each with reasons', () => {
    const items = recommender().recommend(skilled, 'fr');
    expect(items.length).to.be.within(3, 5);
    for (let i = 1; i < items.length; i++) expect(items[i - 1].score).to.be.at.least(items[i].score);
    for (const item of items) expect(item.reasons).to.not.be.empty;
  });

  it('when hundreds of courses score alike (same features, scored once as a group), then they come in id order, and "show me more" goes on from there', () => {
    const kb = fixtureKnowledge();
    const twins = Array.from({ length: 300 }, (_, i) => course(`twin-${String(1000 - i)}`, { topics: ['programming'], durationHours: 20 }));
    kb.courses = [...kb.courses, ...twins];
    const r = new Recommender(kb, LANGS, searchSettings);
    const first = r.recommend(skilled, 'fr').filter((i) => i.id.startsWith('twin-')).map((i) => i.id);
    const sorted = twins.map((t) => t.id).sort();
    expect(first).to.deep.equal(sorted.slice(0, first.length));
    expect(first.length).to.be.greaterThan(2);
    const more = r.recommend(skilled, 'fr', { exclude: new Set(first) }).filter((i) => i.id.startsWith('twin-')).map((i) => i.id);
    expect(more).to.deep.equal(sorted.slice(first.length, first.length + more.length));
    expect(more.length).to.be.greaterThan(0);
  });

  it('when the person wants programming, then a programming course comes first with the interest reason', () => {
    const [first] = recommender().recommend(skilled, 'fr');
    expect(first.topics).to.include('programming');
    expect(first.reasons.map((r) => r.code)).to.include('interest');
  });

  it('when a course is reserved to Brussels, then a person in France never gets it', () => {
    const ids = recommender().recommend(skilled, 'fr', { limit: 5 }).map((i) => i.id);
    expect(ids).to.not.include('brussels-only');
  });

  // issue 8: Luxembourgish speakers were offered Germany's Digital-Führerschein, an offer for that country's residents
  // (changed on 2026-12-05: a person whose region is not known got them; found by a tester, an in-person course in Brussels
  // came to one who answered "je sais pas" to every question, see recommendPersonas.test.ts)
  it('when a course is tied to countries, then a person in a region of one of them gets it, one elsewhere never, nor one whose region is not known', () => {
    const kb = fixtureKnowledge();
    // twins but for the tie: they must not be scored as one group
    kb.courses = [...kb.courses, course('belgium-only', { topics: ['data'], countries: ['BE'] }), course('anywhere', { topics: ['data'] })];
    const r = new Recommender(kb, LANGS, searchSettings);
    const ids = (region?: Profile['region']): string[] => r.recommend({ ...skilled, interest: 'data', region }, 'fr', { limit: 5 }).map((i) => i.id);
    expect(ids('BE-WAL')).to.include('belgium-only');
    expect(ids('BE-BRU')).to.include('belgium-only');
    expect(ids('LU')).to.include('anywhere');
    expect(ids('LU')).to.not.include('belgium-only');
    expect(ids('FR')).to.not.include('belgium-only');
    expect(ids(undefined)).to.not.include('belgium-only');
    expect(ids(undefined)).to.include('anywhere');
  });

  // (changed in the fifth session of 2026-12-04: computer courses were left out for a person with no device, who got
  // phone apps after the places; a computer course is followed on the place's computers, and said so)
  it('when the person has no equipment, then support comes first and the courses that follow say they are followed at a place when one has public computers', () => {
    const items = recommender().recommend({ ...skilled, equipment: 'none', region: 'BE-BRU' }, 'fr');
    expect(items[0].kind).to.equal('support');
    expect(items[0].id).to.equal('device-bru');
    // (a course of no use to them no longer fills the list: Excel for one who wants to program; a phone app, of use only
    // once they have a phone, may then come last)
    const courses = items.filter((i) => i.kind === 'course');
    const onComputer = courses.filter((i) => fixtureKnowledge().courses.find((c) => c.id === i.id)!.equipment === 'computer-and-internet');
    // (only when a place shown has computers open to the public, since session 10: not beside a place that only lends or gives devices)
    const computers = items.some((i) => i.kind === 'support' && fixtureKnowledge().support.find((s) => s.id === i.id)?.kind === 'public-digital-space');
    for (const item of onComputer) expect(item.reasons.some((r) => r.code === 'at-place'), item.id).to.equal(computers);
    expect(courses.slice(0, onComputer.length), items.map((i) => i.id).join(' ')).to.deep.equal(onComputer);
  });

  it('when the person has no digital skills, then inclusion support comes before any course', () => {
    const items = recommender().recommend({ ...skilled, digitalSkills: 'none', region: 'BE-BRU' }, 'fr');
    expect(items[0].kind).to.equal('support');
    expect(items[0].reasons.map((r) => r.code)).to.include('inclusion-first');
  });

  it('when skills are weak, then basic modules rank before advanced courses', () => {
    const items = recommender().recommend({ ...skilled, digitalSkills: 'with-help', region: 'FR' }, 'fr');
    const ids = items.map((i) => i.id);
    expect(ids.indexOf('pc-first-steps')).to.be.greaterThan(-1);
    expect(ids).to.not.include('java-advanced');
  });

  it('when the person only has a smartphone, then phone-friendly courses are preferred', () => {
    const items = recommender().recommend({ ...skilled, interest: 'job-search', equipment: 'smartphone-only' }, 'fr');
    expect(items[0].id).to.equal('cv-online');
    expect(items[0].reasons.map((r) => r.code)).to.include('smartphone');
  });

  it('when a course is not taught in the person language, then the reason says so', () => {
    const items = recommender().recommend({ ...skilled, interest: 'office' }, 'es');
    const excel = items.find((i) => i.id === 'excel');
    expect(excel?.reasons.map((r) => r.code)).to.include('other-language');
  });

  it('when the goal is a certificate, then a certifying course gets the certification reason', () => {
    const items = recommender().recommend({ ...skilled, goal: 'certify', interest: 'office' }, 'fr');
    expect(items.find((i) => i.id === 'excel')?.reasons.map((r) => r.code)).to.include('certification');
  });

  it('when the person typed "I want to learn Python", then the Python course beats other programming courses', () => {
    const items = recommender().recommend({ ...skilled, eqfLevel: 7, digitalSkills: 'advanced' }, 'en', { query: 'I want to learn Pyhton' });
    expect(items[0].id).to.equal('python-basics');
    expect(items[0].reasons.map((r) => r.code)).to.include('search');
  });

  it('when asked twice, then the result is identical (deterministic)', () => {
    const r = recommender();
    expect(r.recommend(skilled, 'fr')).to.deep.equal(r.recommend(skilled, 'fr'));
  });

  it('when ids were already shown, then "more" excludes them', () => {
    const r = recommender();
    const first = r.recommend(skilled, 'fr');
    const more = r.recommend(skilled, 'fr', { exclude: new Set(first.map((i) => i.id)) });
    expect(more.map((i) => i.id)).to.not.include.members(first.map((i) => i.id));
  });

  it('when the catalogue has 10,000 courses, then one recommendation takes well under 2 ms', function () {
    this.timeout(60000); // building the search indexes of 10,000 courses takes seconds on a busy machine
    const topics = ['programming', 'office', 'web-development', 'data', 'digital-basics', 'job-search'];
    const courses = Array.from({ length: 10000 }, (_, i) => course(`c${i}`, {
      topics: [topics[i % topics.length]], level: (['beginner', 'intermediate', 'advanced'] as const)[i % 3],
      durationHours: (i % 40) + 1, taughtIn: [['fr'], ['en'], ['fr', 'en']][i % 3],
    }));
    const r = new Recommender({ ...fixtureKnowledge(), courses }, LANGS, searchSettings);
    for (let i = 0; i < 50; i++) r.recommend(skilled, 'fr');
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = process.hrtime.bigint();
      r.recommend({ ...skilled, interest: topics[i % topics.length] }, 'fr');
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    // Generous bound for a shared CI machine; `npm run bench` reports the real p99.
    expect(times[Math.floor(times.length * 0.5)]).to.be.below(10);
  });
});

describe('Recommender keeps the person\'s field', () => {
  it('when skills are weak and only a phone is at hand, then basics come first but one course of their field is still shown', () => {
    const r = new Recommender(fixtureKnowledge(), LANGS, searchSettings);
    const items = r.recommend({ ...skilled, digitalSkills: 'with-help', equipment: 'smartphone-only', region: 'BE-BRU' }, 'fr');
    expect(items.some((i) => i.topics.includes('programming'))).to.equal(true);
    expect(items[0].topics).to.not.include('programming');
  });
});

describe('Recommender and the languages a person reads', () => {
  const withCourses = (...extra: ReturnType<typeof course>[]): Recommender => {
    const kb = fixtureKnowledge();
    kb.courses = [...kb.courses, ...extra];
    return new Recommender(kb, [...LANGS, 'lb'], searchSettings);
  };
  const spanishOnly = course('python-es', { topics: ['programming'], taughtIn: ['es'], title: { es: 'Python desde cero' }, summary: { es: 'Curso de Python.' } });
  const germanOnly = course('python-de', { topics: ['programming'], taughtIn: ['de'], title: { de: 'Python von Anfang an' }, summary: { de: 'Ein Python-Kurs.' } });

  it('when a course is only in Spanish, then a French speaker in France is never offered it, and a Spanish speaker is', () => {
    const r = withCourses(spanishOnly);
    for (let round = 0, seen = new Set<string>(); round < 6; round++) {
      const ids = r.recommend(skilled, 'fr', { exclude: seen }).map((i) => i.id);
      expect(ids).to.not.include('python-es');
      ids.forEach((id) => seen.add(id));
    }
    expect(r.recommend(skilled, 'es').map((i) => i.id)).to.include('python-es');
  });

  it('when a language course is taught through another language, then only readers of that one get it; taught in the language it teaches, anyone learning it does', () => {
    const frenchForDutch = course('frans-nl', { topics: ['languages'], teaches: ['fr'], taughtIn: ['nl'], title: { nl: 'Frans voor beginners' }, summary: { nl: 'Frans leren.' } });
    const frenchInFrench = course('francais-fr', { topics: ['languages'], teaches: ['fr'], taughtIn: ['fr'], title: { fr: 'Apprendre le français' }, summary: { fr: 'Le français.' } });
    const r = withCourses(frenchForDutch, frenchInFrench);
    const learner: Profile = { ...skilled, interest: 'languages', region: 'FR' };
    const seen = new Set<string>();
    for (let round = 0; round < 6; round++) r.recommend(learner, 'en', { exclude: seen }).forEach((i) => seen.add(i.id));
    expect([...seen]).to.include('francais-fr');
    expect([...seen]).to.not.include('frans-nl');
  });

  it('when a Luxembourgish speaker is in Luxembourg, then a German course counts as in their language (reason "language", no "other language")', () => {
    const item = withCourses(germanOnly).recommend({ ...skilled, region: 'LU' }, 'lb').find((i) => i.id === 'python-de');
    expect(item, 'the German course is offered').to.exist;
    const codes = item!.reasons.map((r) => r.code);
    expect(codes).to.include('language');
    expect(codes).to.not.include('other-language');
  });
});
