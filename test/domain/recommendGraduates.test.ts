import { expect } from 'chai';
import { Recommender } from '../../bot/domain/recommend/recommender';
import { CatalogueSearch } from '../../bot/domain/recommend/catalogueSearch';
import type { Profile, Region } from '../../bot/domain/profile/profile';
import type { Course, KnowledgeBase } from '../../bot/domain/knowledge/types';
import type { Recommendation, RecommendationItem } from '../../bot/domain/recommend/reasons';
import { newSession } from '../../bot/domain/orientation/session';
import type { Output } from '../../bot/domain/orientation/outputs';
import { engineFixture } from '../helpers/engineFixture';
import { realCatalogue, realRecommender } from '../helpers/realCatalogue';
import { useUnderstanding } from './understanding/fixture';

/**
 * Highly qualified people whose job the catalogue has no course for (issue 8, found by a tester chatting as jobseekers):
 * a mechanical engineer with a master's in Ghent, who wanted to work as an engineer, got Duolingo, an early-childhood
 * course and "Email Basics"; a wine waiter got a Linux course, "wine" being one letter from "line" (command line).
 * Real catalogue; the profiles come from the person's own words where the understanding reads them.
 */
describe('Recommendations for graduates whose job the catalogue has no course for (real catalogue)', function () {
  this.timeout(60000);
  const u = useUnderstanding();
  let r: Recommender;
  let kb: KnowledgeBase;
  const course = (id: string): Course | undefined => kb.courses.find((c) => c.id === id);
  before(() => ({ recommender: r, kb } = realRecommender()));
  const engineer = (more: Partial<Profile> = {}): Profile => ({ goal: 'find-job', eqfLevel: 7, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region: 'BE-VLG', ...more });
  const shown = (profile: Profile, rec: Recommendation): string => `${JSON.stringify(profile)}: ${rec.match} ${rec.items.map((i) => i.id).join(' ')}`;
  const firstAndMore = (profile: Profile, lang: string, query?: string): Recommendation[] => {
    const first = r.recommendation(profile, lang, { query });
    return [first, r.recommendation(profile, lang, { query, exclude: new Set(first.items.map((i) => i.id)) })];
  };

  // ESCO's crosswalk files "mechanical engineer" under K (research, ROME K2402) and the French "mécanique" is car repair (I);
  // ROME v3 files "Ingénieur mécanicien / Ingénieure mécanicienne en industrie" under H1206 and "… de production" under H2502
  const MECHANICAL_ENGINEERS: Array<[string, string]> = [
    ['I am a mechanical engineer and I want to work as an engineer here', 'en'], ['mechanical engineer', 'en'],
    ['je suis ingénieur en mécanique et je cherche un emploi', 'fr'], ['ingénieure mécanicienne', 'fr'], ['ingénieur mécanique', 'fr'],
    ['werktuigbouwkundig ingenieur', 'nl'], ['ingenieur werktuigbouwkunde', 'nl'],
    ['Maschinenbauingenieur', 'de'], ['ingeniera mecánica', 'es'],
  ];
  for (const [text, lang] of MECHANICAL_ENGINEERS) {
    it(`when a mechanical engineer names their job ("${text}", ${lang}), then the field read is industry (H), not services for people nor repair`, () => {
      expect(u().understand(text, lang, { pending: 'interest' }).slots.field, text).to.equal('H');
    });
  }

  // (in Ghent, one who chats in another language than Dutch gets one course of it, said to be for that: see
  // recommendRegionLanguage.test.ts; never Duolingo, which teaches the language they chat in)
  const chosenDutch = (item: RecommendationItem): boolean => item.reasons.some((x) => x.code === 'local-language' && x.params?.chat !== undefined)
    && (course(item.id)?.teaches ?? []).join() === 'nl';
  for (const lang of ['en', 'fr', 'nl', 'de']) {
    it(`when a mechanical engineer with a master's looks for work (${lang}), then no course of another trade nor any beginner basics come, and the bot says it has no course at their level (match none)`, () => {
      for (const digitalSkills of ['autonomous', 'with-help'] as const) {
        const profile = engineer({ field: 'H', digitalSkills });
        const languages: string[] = [];
        for (const rec of firstAndMore(profile, lang)) {
          for (const item of rec.items.filter((i) => i.kind === 'course')) {
            const c = course(item.id)!;
            expect(c.fields ?? [], `${item.id} in ${shown(profile, rec)}`).to.deep.equal([]);
            if (lang !== 'nl' && chosenDutch(item)) { languages.push(item.id); continue; }
            expect(c.topics[0], `${item.id} in ${shown(profile, rec)}`).to.not.be.oneOf(['digital-basics', 'languages']);
          }
        }
        expect(languages.length, lang).to.equal(lang === 'nl' ? 0 : 1);
        const { match, graduate } = r.recommendation(profile, lang);
        expect(match, lang).to.equal('none');
        expect(graduate, lang).to.equal(true);
      }
    });
  }

  // a research engineer is K in ROME (K2402) as in ESCO: the field's courses are the basics of its trades (nursery staff,
  // carers, cleaners), entry jobs a graduate who named none of them did not ask for
  it('when a research engineer names their job, then the field read is K (ROME K2402), with no trade', () => {
    expect(u().understand('research engineer', 'en', { pending: 'interest' }).slots).to.deep.equal({ field: 'K' });
  });
  const OF_K: Array<[string, Region, 'with-help' | 'autonomous']> = [['en', 'BE-VLG', 'with-help'], ['fr', 'BE-WAL', 'with-help'], ['nl', 'BE-VLG', 'autonomous'], ['de', 'LU', 'autonomous']];
  for (const [lang, region, digitalSkills] of OF_K) {
    it(`when a graduate whose job no trade of services for people names looks for work there (${lang}, ${region}, ${digitalSkills}), then no basics of those trades (childcare, care, cleaning) are offered, even under "more", nor Email Basics`, () => {
      const profile = engineer({ field: 'K', region, digitalSkills });
      for (const rec of firstAndMore(profile, lang)) {
        const trades = rec.items.filter((i) => course(i.id)?.trades !== undefined).map((i) => i.id);
        expect(trades, shown(profile, rec)).to.deep.equal([]);
        expect(rec.items.map((i) => i.id), shown(profile, rec)).to.not.include('gcf-email-101');
      }
      expect(r.recommendation(profile, lang).match).to.equal('none');
    });
  }

  it('when a person with no higher diploma names the field of services for people without a trade, then the field\'s courses are still offered', () => {
    const profile = engineer({ field: 'K', eqfLevel: 3, region: 'BE-BRU' });
    const { items, match } = r.recommendation(profile, 'en');
    expect(items.some((i) => course(i.id)?.trades !== undefined), items.map((i) => i.id).join(' ')).to.equal(true);
    expect(match).to.not.equal('none');
  });

  it('when a graduate retrains into a field, then its trades\' basics are offered as before (a diploma in another field says nothing of the new one)', () => {
    const { items } = r.recommendation(engineer({ field: 'K', goal: 'retrain', region: 'BE-BRU' }), 'en');
    expect(items.some((i) => course(i.id)?.trades !== undefined), items.map((i) => i.id).join(' ')).to.equal(true);
  });

  it('when a graduate newcomer says they need the language of their region, then a course of it comes first', () => {
    const said = u().understand('I need to learn Dutch for work', 'en', { pending: 'interest' }).slots;
    const profile = engineer({ ...said, field: 'H' });
    const { items } = r.recommendation(profile, 'en');
    expect(course(items[0].id)?.teaches ?? [], `${JSON.stringify(profile)}: ${items.map((i) => i.id).join(' ')}`).to.include('nl');
  });

  it('when a graduate says they have no ease with computers at all, then the basics still come (inclusion first)', () => {
    const { items } = r.recommendation(engineer({ field: 'H', digitalSkills: 'none' }), 'en');
    expect(items.some((i) => i.kind === 'course' && course(i.id)?.topics[0] === 'digital-basics'), items.map((i) => i.id).join(' ')).to.equal(true);
  });

  it('when nothing online fits a graduate\'s field, then the reply says there is none at their level and offers a person', () => {
    const engine = engineFixture();
    for (const locale of ['en-GB', 'fr-BE', 'nl-BE']) {
      const s = newSession();
      engine.start(s, { locale });
      s.profile = { ...s.profile, ...engineer({ field: 'H' }) };
      const out: Output[] = [];
      engine.recommend(s, out, false);
      const says = out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
      expect(says, locale).to.include('recommend:noneForFieldGraduate').and.not.include('recommend:noneForField');
    }
  });

  // "wine waiter" found OpenClassrooms' Linux course: "wine" is one letter from "line" (the command line), "waiter" found
  // nothing; a course of another field is offered for the person's words only when it matches them all
  const WINE_WAITERS: Array<[string, string, Region]> = [['wine waiter', 'en', 'FR'], ['I am a wine waiter', 'en', 'BE-BRU'], ['wine waiter', 'en', 'BE-WAL']];
  for (const [text, lang, region] of WINE_WAITERS) {
    it(`when a wine waiter's words are searched ("${text}", ${lang}, ${region}), then no course of another field found by one of them only is offered (Linux)`, () => {
      const profile: Profile = { ...u().understand(text, lang, { pending: 'interest' }).slots, goal: 'find-job', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region };
      expect(profile, JSON.stringify(profile)).to.deep.include({ field: 'G', trade: 'service' });
      for (const rec of firstAndMore(profile, lang, text)) expect(rec.items.map((i) => i.id), shown(profile, rec)).to.not.include('oc-linux');
    });
  }

  it('when a search matches only some of the words typed, then the course is not among those matching them all', () => {
    const { languages, search } = realCatalogue();
    const catalogue = new CatalogueSearch(kb.courses, kb.topics, languages, search);
    expect([...catalogue.search('wine waiter', 'en').keys()]).to.include('oc-linux'); // "wine" is one letter from "line"
    expect([...catalogue.matchingAll('wine waiter', 'en')]).to.not.include('oc-linux');
    expect([...catalogue.matchingAll('Linux command line', 'en')]).to.include('oc-linux');
    expect([...catalogue.matchingAll('I want to learn Pyhton', 'en')].some((id) => /python/.test(id))).to.equal(true);
  });

  it('when a cook types the name of a course of another field ("Linux"), then it is still offered: their words match it whole', () => {
    const profile: Profile = { goal: 'find-job', field: 'G', trade: 'kitchen', eqfLevel: 3, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region: 'FR' };
    expect(r.recommendation(profile, 'fr', { query: 'Linux' }).items.map((i) => i.id)).to.include('oc-linux');
  });

  // Qualified health professionals (issue 8, found by a tester chatting as jobseekers): a medical doctor from Venezuela in
  // Brussels got WHO hand hygiene, a COVID safety course and protective equipment first, "it prepares you to work in
  // health"; a registered nurse from the Philippines was told nursing "is learnt in a recognised programme, not online";
  // a trained Altenpflegerin got the end-of-life MOOC, hand hygiene and Alzheimer first
  const DOCTORS: Array<[string, string]> = [
    ['je suis médecin', 'fr'], ['I am a doctor', 'en'], ['soy médico', 'es'], ['ich bin Ärztin', 'de'], ['ik ben arts', 'nl'], ['ech sinn Dokter', 'lb'],
  ];
  for (const [text, lang] of DOCTORS) {
    it(`when a doctor names their job ("${text}", ${lang}), then the field read is health (J) and the trade medicine`, () => {
      expect(u().understand(text, lang, { pending: 'interest' }).slots, text).to.deep.include({ field: 'J', trade: 'medicine' });
    });
  }
  // (an elderly-care helper, filed in J, is of the care trade since care also spans J: knowledge/occupations/trades.json)
  it('when a doctor\'s assistant or an Altenpflegehelferin names their job, then it is no doctor nor nurse', () => {
    expect(u().understand('Arzthelferin', 'de', { pending: 'interest' }).slots.trade).to.equal(undefined);
    expect(u().understand('Altenpflegehelferin', 'de', { pending: 'interest' }).slots.trade).to.equal('care');
  });

  for (const [lang, region] of [['es', 'BE-BRU'], ['en', 'LU'], ['fr', 'BE-WAL'], ['nl', 'BE-VLG']] as Array<[string, Region]>) {
    it(`when a graduate looks for work in health and names no trade (a pharmacist, a physiotherapist; ${lang}), then no entry-level basics of the field (hand hygiene, COVID safety, protective equipment) are offered, even under "more"`, () => {
      const profile = engineer({ field: 'J', region });
      for (const rec of firstAndMore(profile, lang)) {
        const basics = rec.items.filter((i) => (course(i.id)?.fields ?? []).length > 0).map((i) => i.id);
        expect(basics, shown(profile, rec)).to.deep.equal([]);
      }
      const { match, graduate } = r.recommendation(profile, lang);
      expect(match).to.equal('none');
      expect(graduate).to.equal(true);
    });
  }

  const says = (profile: Profile, locale: string): string[] => {
    const engine = engineFixture();
    const s = newSession();
    engine.start(s, { locale });
    s.profile = { ...s.profile, ...profile };
    const out: Output[] = [];
    engine.recommend(s, out, false);
    return out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
  };
  const QUALIFIED: Array<[string, string, number, string]> = [
    ['Soy médico, vengo de Venezuela y vivo en Bruselas. Quiero trabajar de médico aquí, ¿qué tengo que hacer?', 'es-ES', 8, 'medicine'],
    ['I\'m a registered nurse from the Philippines, living in Brussels now. I want to work as a nurse here.', 'en-GB', 6, 'nursing'],
    ['Je suis infirmière, j\'ai mon diplôme du Maroc et je cherche du travail à Liège', 'fr-BE', 6, 'nursing'],
    ['Ik ben arts uit Syrië en zoek werk in Gent', 'nl-BE', 7, 'medicine'],
  ];
  for (const [text, locale, eqfLevel, trade] of QUALIFIED) {
    it(`when a qualified ${trade === 'medicine' ? 'doctor' : 'nurse'} looks for work in their regulated profession ("${text.slice(0, 40)}…", ${locale}), then no course of the field comes and the reply offers a person who can say how to have the diploma recognised, not that the job is learnt in school`, () => {
      const lang = locale.slice(0, 2);
      const profile: Profile = { ...u().understand(text, lang).slots, eqfLevel, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10 };
      expect(profile, JSON.stringify(profile)).to.deep.include({ field: 'J', trade, goal: 'find-job' });
      const rec = r.recommendation(profile, lang);
      expect(rec.match, shown(profile, rec)).to.equal('none');
      expect(rec.inPerson).to.equal(true);
      expect(rec.graduate).to.equal(true);
      for (const item of rec.items) expect(course(item.id)?.fields ?? [], `${item.id} in ${shown(profile, rec)}`).to.deep.equal([]);
      expect(says(profile, locale)).to.include(`recommend:inPersonGraduate.${trade}`).and.not.include(`recommend:inPerson.${trade}`);
    });
  }

  const ENTRANTS: Array<[string, string, Partial<Profile>]> = [
    ['Bonsoir, je suis aide soignante dans une maison de repos a namur depuis 6 ans et je voudrais devenir infirmiere. jai mon cess.', 'fr-BE', {}],
    ['I want to become a doctor', 'en-GB', { eqfLevel: 4, region: 'BE-BRU' }],
    ['Ich bin Altenpflegerin aus Saarlouis und möchte in Luxemburg arbeiten. Brauche ich Französisch?', 'de-DE', { eqfLevel: 4 }],
  ];
  for (const [text, locale, more] of ENTRANTS) {
    it(`when a person without a higher diploma names a regulated profession ("${text.slice(0, 40)}…", ${locale}), then the reply says it is learnt in person, and no entry-level course of the field comes`, () => {
      const lang = locale.slice(0, 2);
      const profile: Profile = { ...u().understand(text, lang).slots, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 6, ...more };
      const rec = r.recommendation(profile, lang);
      expect(rec.inPerson, shown(profile, rec)).to.equal(true);
      expect(rec.graduate).to.equal(undefined);
      for (const item of rec.items) expect(course(item.id)?.fields ?? [], `${item.id} in ${shown(profile, rec)}`).to.deep.equal([]);
      expect(says(profile, locale)).to.include(`recommend:inPerson.${profile.trade}`);
    });
  }

  it('when a doctor or a nurse from abroad also asks to learn the region\'s language, then courses teaching it come first, as a match, and no course of the field', () => {
    for (const [trade, lang, region, learn] of [['medicine', 'es', 'BE-BRU', 'fr'], ['nursing', 'de', 'LU', 'fr'], ['nursing', 'en', 'BE-VLG', 'nl']] as Array<[string, string, Region, string]>) {
      const profile = engineer({ field: 'J', trade, eqfLevel: 8, region, interest: 'languages', learnLanguages: [learn] });
      const rec = r.recommendation(profile, lang);
      expect(rec.match, shown(profile, rec)).to.equal('good');
      expect(rec.inPerson, shown(profile, rec)).to.equal(undefined);
      expect(course(rec.items[0].id)?.teaches ?? [], shown(profile, rec)).to.include(learn);
      for (const item of rec.items) expect(course(item.id)?.fields ?? [], `${item.id} in ${shown(profile, rec)}`).to.deep.equal([]);
    }
  });
  // found chatting as jobseekers (issue 8, eighteenth session): a nurse from Colombia with a licenciatura, in Lyon, who
  // needs French to work got Duolingo and TV5MONDE as a good match and no word that her diploma must be recognised to
  // work as a nurse, which she hears when she asks for nothing else
  it('when a doctor or a nurse from abroad asks to learn the region\'s language, then the reply also offers a person who can say how to have the diploma recognised', () => {
    for (const [trade, locale, region, learn] of [['nursing', 'es-ES', 'FR', 'fr'], ['medicine', 'en-GB', 'BE-BRU', 'fr'], ['nursing', 'de-DE', 'LU', 'fr'], ['nursing', 'fr-BE', 'BE-VLG', 'nl']] as Array<[string, string, Region, string]>) {
      const profile = engineer({ field: 'J', trade, eqfLevel: 6, region, interest: 'languages', learnLanguages: [learn] });
      const rec = r.recommendation(profile, locale.slice(0, 2));
      expect(rec.match, shown(profile, rec)).to.equal('good');
      expect(says(profile, locale), shown(profile, rec)).to.include(`recommend:recognition.${trade}`).and.not.include(`recommend:inPersonGraduate.${trade}`);
    }
  });

  it('when a person without a higher diploma who wants to become a nurse asks to learn the region\'s language, then no word of recognising a diploma is said', () => {
    const profile = engineer({ field: 'J', trade: 'nursing', eqfLevel: 4, region: 'BE-BRU', interest: 'languages', learnLanguages: ['fr'] });
    expect(says(profile, 'en-GB')).to.not.include('recommend:recognition.nursing');
  });
});

