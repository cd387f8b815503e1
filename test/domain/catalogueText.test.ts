import { expect } from 'chai';
import { textIn, untranslatedLanguage } from '../../bot/domain/knowledge/catalogueText';
import { Recommender } from '../../bot/domain/recommend/recommender';
import { needsOf } from '../../bot/domain/recommend/profileNeeds';
import { scoreCourse } from '../../bot/domain/recommend/scoreCourse';
import { scoreSupport } from '../../bot/domain/recommend/scoreSupport';
import type { Profile } from '../../bot/domain/profile/profile';
import { course, fixtureKnowledge, searchSettings, service } from '../helpers/fixtureKnowledge';
import { realCatalogue } from '../helpers/realCatalogue';

/** Catalogues are not translated into every language served: what a person reading another language is shown. */
describe('catalogue texts without a translation', () => {
  describe('textIn', () => {
    it('when the text exists in the person\'s language, then it is that one', () => {
      expect(textIn({ fr: 'Bureautique', nl: 'Kantoorsoftware' }, 'nl', ['fr'])).to.deep.equal({ text: 'Kantoorsoftware', lang: 'nl' });
    });

    it('when it does not, then it is one of the item\'s own languages the reader likely reads (English, for Luxembourgish German then French), else the first that has one', () => {
      // found chatting: Duolingo's card was in French for Dutch readers
      expect(textIn({ en: 'Office', fr: 'Bureautique' }, 'nl', ['fr', 'en'])).to.deep.equal({ text: 'Office', lang: 'en' });
      expect(textIn({ en: 'Office', fr: 'Bureautique', de: 'Büro' }, 'lb', ['en', 'fr', 'de'])).to.deep.equal({ text: 'Büro', lang: 'de' });
      expect(textIn({ en: 'Office (in French)', fr: 'Bureautique' }, 'nl', ['fr'])).to.deep.equal({ text: 'Bureautique', lang: 'fr' });
    });

    // found by a tester: a Luxembourgish reader was shown "Job Search and Networking — Free lessons: find jobs online…" in
    // English, though the catalogue has its German and French texts
    it('when a Luxembourgish reader gets an item with no text in Luxembourgish, then a German or French text comes before an English one, the item\'s own language first', () => {
      expect(textIn({ en: 'Office', fr: 'Bureautique' }, 'lb', ['de', 'en'])).to.deep.equal({ text: 'Bureautique', lang: 'fr' });
      expect(textIn({ en: 'Job Search', fr: 'Chercher un emploi', de: 'Jobsuche' }, 'lb', ['en'])).to.deep.equal({ text: 'Jobsuche', lang: 'de' });
      expect(textIn({ en: 'Soft skills', fr: 'Soft skills (FR)', de: 'Soft Skills (DE)' }, 'lb', ['fr'])).to.deep.equal({ text: 'Soft skills (FR)', lang: 'fr' });
      expect(textIn({ en: 'Office' }, 'lb', ['en'])).to.deep.equal({ text: 'Office', lang: 'en' });
    });

    it('when none of its own languages has one, then its first text as written (the original), and blank counts as none', () => {
      expect(textIn({ es: 'Ofimática', de: 'Büro' }, 'nl', ['fr'])).to.deep.equal({ text: 'Ofimática', lang: 'es' });
      expect(textIn({ nl: ' ', fr: 'Bureautique' }, 'nl')).to.deep.equal({ text: 'Bureautique', lang: 'fr' });
      expect(textIn({}, 'nl')).to.deep.equal({ text: '', lang: 'nl' });
    });
  });

  describe('untranslatedLanguage', () => {
    it('is undefined when title and summary are both in the person\'s language, else the language shown', () => {
      const item = { title: { fr: 'Bureautique', nl: 'Kantoor' }, summary: { fr: 'Word et Excel.' } };
      expect(untranslatedLanguage(item, 'fr', ['fr'])).to.equal(undefined);
      expect(untranslatedLanguage(item, 'nl', ['fr'])).to.equal('fr');
      expect(untranslatedLanguage({ title: { en: 'Office' }, summary: { nl: 'Word en Excel.' } }, 'nl', ['en'])).to.equal('en');
    });
  });

  const person: Profile = { goal: 'retrain', interest: 'programming', eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region: 'BE-BRU' };

  it('when a course has no title or summary in the person\'s language, then its reasons say not-translated with the language shown', () => {
    const frenchOnly = course('py-fr', { taughtIn: ['fr'], title: { fr: 'Python' }, summary: { fr: 'Les bases de Python.' } });
    const reasons = scoreCourse(frenchOnly, person, needsOf(person), 'nl')!.reasons;
    expect(reasons).to.deep.include({ code: 'not-translated', params: { language: 'fr' } });
    expect(scoreCourse(frenchOnly, person, needsOf(person), 'fr')!.reasons.map((r) => r.code)).not.to.include('not-translated');
  });

  it('when the text is missing, then the score is the same as with it (the same course, only its description differs)', () => {
    const translated = course('py', { taughtIn: ['fr'] });
    const frenchOnly = course('py', { taughtIn: ['fr'], title: { fr: 'py' }, summary: { fr: 'summary of py' } });
    expect(scoreCourse(frenchOnly, person, needsOf(person), 'de')!.score).to.equal(scoreCourse(translated, person, needsOf(person), 'de')!.score);
  });

  it('when a support service has no text in the person\'s language, then its reasons say so too', () => {
    const noSkills: Profile = { ...person, digitalSkills: 'none' };
    const place = service('epn-nl', { languages: ['nl', 'fr'], title: { nl: 'Digitaal huis' }, summary: { nl: 'Hulp met de computer.' } });
    expect(scoreSupport(place, noSkills, needsOf(noSkills), 'fr')!.reasons).to.deep.include({ code: 'not-translated', params: { language: 'nl' } });
    expect(scoreSupport(place, noSkills, needsOf(noSkills), 'nl')!.reasons.map((r) => r.code)).not.to.include('not-translated');
  });

  it('when a place publishes its opening hours in one language only, then a reader of another is told they are not translated', () => {
    const noSkills: Profile = { ...person, digitalSkills: 'none' };
    const french = { languages: ['fr'], title: { fr: 'Permanence', en: 'Drop-in' }, summary: { fr: 'Aide.', en: 'Help.' } };
    const oneText = service('epn-fr', { ...french, hours: 'Permanences le mardi' });
    expect(scoreSupport(oneText, noSkills, needsOf(noSkills), 'en')!.reasons).to.deep.include({ code: 'not-translated', params: { language: 'fr' } });
    expect(scoreSupport(oneText, noSkills, needsOf(noSkills), 'fr')!.reasons.map((r) => r.code)).not.to.include('not-translated');
    const perLanguage = service('epn-fr2', { ...french, hours: { fr: 'le mardi', en: 'on Tuesdays' } });
    expect(scoreSupport(perLanguage, noSkills, needsOf(noSkills), 'en')!.reasons.map((r) => r.code)).not.to.include('not-translated');
  });

  it('when the recommender serves a language no course is written in, then it still recommends, each item saying not-translated', () => {
    const kb = fixtureKnowledge();
    const recommender = new Recommender(kb, ['fr', 'en', 'es', 'de', 'nl'], { ...searchSettings, nl: { stemmer: 'dutch', stopWords: [] } });
    const items = recommender.recommend({ ...person, region: 'FR' }, 'nl');
    expect(items.length).to.be.within(3, 5);
    for (const item of items.filter((i) => i.kind === 'course')) expect(item.reasons.map((r) => r.code)).to.include('not-translated');
  });

  it('when a person searches in a language a course has no text in, then its words in its own language still find it', () => {
    const kb = { ...fixtureKnowledge(), courses: [course('kotlin-fr', { taughtIn: ['fr'], title: { fr: 'Kotlin pour Android' }, summary: { fr: 'Des applications.' } })] };
    const recommender = new Recommender(kb, ['fr', 'nl'], { ...searchSettings, nl: { stemmer: 'dutch', stopWords: [] } });
    expect([...recommender.searchCourses('kotlin', 'nl').keys()]).to.deep.equal(['kotlin-fr']);
  });
});

/**
 * Found chatting as jobseekers (issue 8, nineteenth session): a German speaker in Luxembourg read "Deine Strategie für die
 * Jobsuche" among texts that say "Sie", as the bot does in German. Our German titles and summaries keep that form.
 */
describe('German catalogue texts (real knowledge)', () => {
  it('when a course or place has a German title or summary, then it addresses the reader as "Sie", never "du"', () => {
    const { kb } = realCatalogue();
    const informal = /\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b/i;
    const found = [...kb.courses, ...kb.support].flatMap((item) => (['title', 'summary'] as const)
      .map((k) => (item[k] as Record<string, string> | undefined)?.de).filter((text): text is string => !!text && informal.test(text))
      .map((text) => `${item.id}: ${text}`));
    expect(found).to.deep.equal([]);
  });
});
