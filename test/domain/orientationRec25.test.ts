import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { profileSummary } from '../../dialogs/renderer';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { Session } from '../../bot/domain/orientation/session';
import type { OrientationEngine } from '../../bot/domain/orientation/orientationEngine';
import type { Profile } from '../../bot/domain/profile/profile';
import { newSession } from '../../bot/domain/orientation/session';
import { converse, engineFixture } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';

const asked = (out: Output[]): Array<Extract<Output, { type: 'ask' }>> => out.flatMap((o) => (o.type === 'ask' ? [o] : []));

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const booked = (out: Output[]): Array<{ phone: string; preferredTime?: string }> => out.flatMap((o) => (o.type === 'callback' ? [o] : []));

/** A callback set up in `locale` up to its consent question (`request`: the words of the request for a person). */
function callbackOffered(locale: string, request: string[] = []): { engine: OrientationEngine; session: Session } {
  const engine = engineFixture();
  const session = newSession();
  engine.start(session, { locale });
  engine.offerCallback(session, request);
  return { engine, session };
}

/** A conversation going on: more messages typed into the same session. */
function more(engine: OrientationEngine, session: Session, texts: string[]): Output[] {
  return texts.flatMap((text) => engine.handle(session, { text }));
}

/** The leftovers of the twenty-fourth session's tester findings (qa24 q10–q13, q20, q22, q26), issue 8. */
describe('Orientation engine: recommendations and flow leftovers (rec25)', function () {
  this.timeout(180000);

  describe('q11: the interest question fits one whose job is outside the digital topics', () => {
    const workers = [
      ['en-GB', 'hi', 'I would like a new career, I have been a bus driver for years', 'N'],
      ['fr-BE', 'bonjour', 'je voudrais changer de métier, je suis cuisinier', 'G'],
      ['de-DE', 'hallo', 'ich war lange Kellner und suche jetzt Arbeit', 'G'],
    ] as const;

    it('when a driver, a cook or a waiter is asked what interests them, then the choices are their trade, computer basics, job search and something else, not the digital topics', () => {
      for (const [locale, hello, job] of workers) {
        const { out } = converse(locale, [hello, job]);
        const question = asked(out).at(-1)!;
        expect(question.slot, locale).to.equal('interest');
        expect(question.key, locale).to.equal('profile:ask.interestWorker');
        expect(question.options.map((o) => o.value), locale).to.deep.equal(['own-field', 'digital-basics', 'job-search', 'other']);
      }
    });

    it('when they pick a choice as any other option is picked (an ordinal, the label with a word more), then it is taken, not "not understood"', () => {
      const { engine, session } = converse('fr-BE', ['bonjour', 'je voudrais changer de métier, je suis cuisinier']);
      more(engine, session, ['la première']);
      expect(session.profile.field).to.equal('G');
      const other = converse('fr-BE', ['bonjour', 'je voudrais changer de métier, je suis cuisinier']);
      const out = more(other.engine, other.session, ['autre chose svp']);
      expect(asked(out).at(-1)!.key).to.equal('profile:ask.interestOther');
    });

    it('when they pick their own trade by its number, then the field of their job is the one to look in', () => {
      for (const [locale, hello, job, field] of workers) {
        const { engine, session } = converse(locale, [hello, job]);
        more(engine, session, ['1']);
        expect(session.profile.field, locale).to.equal(field);
        expect(session.pending?.slot, locale).to.not.equal('interest');
      }
    });

    it('when they pick "something else", then every subject is offered and a job typed next is their field', () => {
      for (const [locale, hello, job, other, wish, field] of [
        ['fr-BE', 'bonjour', 'je voudrais changer de métier, je suis cuisinier', 'autre chose', 'aide-soignante', 'J'],
        ['en-GB', 'hi', 'I would like a new career, I have been a bus driver for years', '4', 'shop assistant', 'D'],
      ] as const) {
        const { engine, session } = converse(locale, [hello, job]);
        const out = more(engine, session, [other]);
        const question = asked(out).at(-1)!;
        expect(question.key, locale).to.equal('profile:ask.interestOther');
        expect(question.options.map((o) => o.value), locale).to.include.members(['office', 'programming', 'job-search']);
        more(engine, session, [wish]);
        expect(session.profile.field, locale).to.equal(field);
      }
    });

    it('when someone with no job named or an office worker is asked, then the subjects are offered as before', () => {
      for (const [locale, texts] of [['en-GB', ['hi', 'I want to change career']], ['fr-BE', ['bonjour', 'je veux changer de métier, je suis secrétaire']]] as const) {
        const { out } = converse(locale, [...texts]);
        const question = asked(out).at(-1)!;
        expect(question.slot, locale).to.equal('interest');
        expect(question.key, locale).to.equal('profile:ask.interest');
        expect(question.options.map((o) => o.value), locale).to.include('programming');
      }
    });
  });

  describe('q20: callback edge cases', () => {
    it('when another number is typed to the time question, also when a time was offered back, then it becomes the number to call, said back, and the time is asked again, not taken for the time', () => {
      for (const [locale, request, yes, phone, other, time] of [
        ['de-DE', ['bitte rufen Sie mich morgen früh an'], 'ja', '0470 21 43 65', '0496 55 44 33', 'ja'],
        ['fr-BE', [], 'oui', '0470 21 43 65', '0496 55 44 33', 'le matin'],
        ['en-GB', [], 'yes', '0470 21 43 65', '+352 621 987 654', 'evening'],
      ] as const) {
        const { engine, session } = callbackOffered(locale, [...request]);
        more(engine, session, [yes, phone]);
        const out = more(engine, session, [other]);
        expect(booked(out), `${locale} ${other}`).to.deep.equal([]);
        expect(says(out), locale).to.include('handoff:callbackNumberChanged');
        expect(asks(out), locale).to.deep.equal(['callbackTime']);
        const done = booked(more(engine, session, [time]));
        expect(done, locale).to.have.length(1);
        expect(done[0].phone, locale).to.equal(other.replace(/\s/g, '').replace(/^0/, '+32'));
        expect(done[0].preferredTime, locale).to.not.match(/\d{3}/);
      }
    });

    it('when a yes with a part of the day answers the consent question ("ja, nachmittags"), then that time is kept with the yes', () => {
      for (const [locale, answer, phone, part] of [
        ['de-DE', 'ja, nachmittags', '0470 21 43 65', 'nachmittags'],
        ['de-DE', 'ja gern, abends', '0470 21 43 65', 'abends'],
        ['fr-BE', "oui, plutôt l'après-midi", '0470 21 43 65', 'après-midi'],
        ['nl-BE', "ja, 's middags", '0470 21 43 65', 'middags'],
        ['en-GB', 'yes, in the morning', '0470 21 43 65', 'morning'],
      ] as const) {
        const { engine, session } = callbackOffered(locale);
        expect(asks(more(engine, session, [answer])), locale).to.deep.equal(['phone']);
        const out = more(engine, session, [phone]);
        const question = asked(out).at(-1)!;
        expect(question.key, locale).to.equal('profile:ask.callbackTimeOffered');
        expect(String(question.params?.time), locale).to.include(part);
      }
    });

    it('when the number was offered back and the consent question gets a yes with a part of the day, then the callback is saved for that time', () => {
      for (const [locale, request, answer, part] of [
        ['de-DE', 'rufen Sie mich bitte an, 0470 21 43 65', 'ja, morgens', 'morgens'],
        ['fr-BE', 'rappelez-moi au 0470 21 43 65', "oui l'après-midi", 'après-midi'],
      ] as const) {
        const { engine, session } = callbackOffered(locale, [request]);
        const done = booked(more(engine, session, [answer]));
        expect(done, locale).to.have.length(1);
        expect(done[0].preferredTime, `${locale} ${part}`).to.be.a('string').and.not.equal('');
      }
    });

    it('when a part of the day alone answers the consent question, then it is that time, the number asked next, not a bare yes', () => {
      for (const [locale, part] of [['de-DE', 'nachmittags'], ['de-DE', 'morgens'], ['fr-BE', "l'après-midi"], ['nl-BE', "'s middags"]] as const) {
        const { engine, session } = callbackOffered(locale);
        expect(asks(more(engine, session, [part])), locale).to.deep.equal(['phone']);
        expect(session.callback?.time, locale).to.be.a('string').and.not.equal('');
      }
    });
  });

  describe('q13: a diploma from another country named during the questions is said back and kept in the person\'s words', () => {
    const translations = new Translations(path.resolve(__dirname, '../../locales'));
    const summary = (lang: string, profile: Parameters<typeof profileSummary>[0]): string =>
      profileSummary(profile, { t: translations.getT(lang), lang, channelId: 'webchat', profile, topicLabel: (id) => id });
    const noted = (out: Output[]): unknown[] => out.flatMap((o) => (o.type === 'say' && o.key === 'common:diplomaNoted' ? [o.params?.diploma] : []));

    it('when the diploma question is answered with a diploma from abroad, in six languages, then it is acknowledged in the words typed and kept', () => {
      for (const [locale, job, answer, words] of [
        ['fr-BE', 'je veux travailler dans la vente', "j'ai une licence en droit du Sénégal", 'licence en droit du Sénégal'],
        ['en-GB', 'I want to work in a shop', "I have a master's degree from Ghana", "master's degree from Ghana"],
        ['de-DE', 'ich will im Verkauf arbeiten', 'ich habe einen Abschluss aus der Ukraine', 'Abschluss aus der Ukraine'],
        ['es-ES', 'quiero trabajar en una tienda', 'tengo un título de Venezuela', 'título de Venezuela'],
        ['nl-BE', 'ik wil in een winkel werken', 'ik heb een diploma uit Turkije', 'diploma uit Turkije'],
        ['lb-LU', 'ech wëll am Verkaf schaffen', 'ech hunn en Diplom aus Portugal', 'Diplom aus Portugal'],
      ] as const) {
        const { engine, session } = converse(locale, ['hello', job]);
        expect(session.pending?.slot, locale).to.equal('qualification');
        const out = more(engine, session, [answer]);
        expect(noted(out), locale).to.deep.equal([words]);
        expect(session.profile.diploma, locale).to.equal(words);
      }
    });

    it('when it is named before the diploma question with no level, then its level is what is asked, and the summary shows both', () => {
      const { engine, session, out } = converse('fr-BE', ['bonjour', "je cherche du travail dans la vente, j'ai un diplôme du Cameroun"]);
      expect(noted(out)).to.deep.equal(['diplôme du Cameroun']);
      expect(asked(out).at(-1)).to.deep.include({ slot: 'qualification', key: 'common:diplomaLevel' });
      more(engine, session, ['bachelier']);
      expect(session.profile.eqfLevel).to.equal(6);
      const line = summary('fr', session.profile);
      expect(line).to.contain('« diplôme du Cameroun »');
      expect(line).to.match(/Cameroun » \([^)]+\)/);
    });

    it('when a diploma of a trade or a level of our countries is named, then nothing is said back', () => {
      for (const [locale, job, answer] of [
        ['fr-BE', 'je veux travailler dans la vente', 'un diplôme de comptable'],
        ['fr-BE', 'je veux travailler dans la vente', "j'ai pas de diplôme"],
        ['en-GB', 'I want to work in a shop', 'a degree in history'],
        ['nl-BE', 'ik wil in een winkel werken', 'een diploma van de middelbare school'],
      ] as const) {
        const { engine, session } = converse(locale, ['hello', job]);
        expect(noted(more(engine, session, [answer])), `${locale} ${answer}`).to.deep.equal([]);
        expect(session.profile.diploma, locale).to.equal(undefined);
      }
    });

    it('when the summary has a diploma from abroad in Luxembourg, then it is in the person\'s words with the level, not the DAP of Luxembourg', () => {
      const line = summary('es', { eqfLevel: 3, region: 'LU', diploma: 'título de Perú' });
      expect(line).to.contain('«título de Perú»');
      expect(line).to.not.contain('DAP');
      expect(summary('en', { diploma: 'degree from Kenya' })).to.equal('diploma: “degree from Kenya”');
    });
  });

  describe('q12: "which is the shortest?" after the list is answered from the items\' own lengths', () => {
    /** A conversation in `locale` whose profile is complete but for the region, then `place`: the list shown. */
    function listed(locale: string, place: string, interest: string): { engine: OrientationEngine; session: Session } {
      const { engine, session } = converse(locale, []);
      Object.assign(session.profile, { goal: 'retrain', eqfLevel: 4, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, interest });
      session.pending = { slot: 'region', misses: 0 };
      more(engine, session, [place]);
      expect(session.stage, locale).to.equal('recommended');
      return { engine, session };
    }
    const listKeys = (out: Output[]): string[] => says(out).filter((k) => k.startsWith('common:answers.list.'));

    it('when asked in six languages, then the answer comes from the list (lengths, places, what is not said), not the general answer nor more items', () => {
      for (const [locale, place, question] of [
        ['fr-BE', 'Namur', 'laquelle est la plus courte ?'], ['en-GB', 'Brussels', 'which one is the shortest?'],
        ['es-ES', 'Bruselas', '¿cuál es el más corto?'], ['de-DE', 'Eupen', 'welcher Kurs ist am kürzesten?'],
        ['nl-BE', 'Gent', 'welke is de kortste?'], ['lb-LU', 'Esch', 'wéi ee Cours ass am kierzsten?'],
      ] as const) {
        const { engine, session } = listed(locale, place, 'programming');
        const out = more(engine, session, [question]);
        expect(listKeys(out).length, `${locale}: ${says(out).join(' ')}`).to.be.greaterThan(0);
        expect(says(out), locale).to.not.include.members(['common:answers.other', 'recommend:noMore', 'recommend:more']);
        expect(out.some((o) => o.type === 'recommend'), locale).to.equal(false);
      }
    });

    it('when some listed courses give their length, then the one of the fewest hours is named with its number and hours', () => {
      const { engine, session } = listed('fr-BE', 'Namur', 'programming');
      const { recommender } = realRecommender();
      const hours = (session.lastItems ?? []).map((i) => recommender.itemFacts(i.id, 'BE-WAL', 'fr')).map((f) => (f?.kind === 'course' ? f.durationHours : undefined));
      const known = hours.filter((h): h is number => !!h); // (a length of 0 is none given)
      expect(known.length, 'a programming list in French has courses of known length').to.be.greaterThan(1);
      const fewest = Math.min(...known);
      const out = more(engine, session, ['laquelle est la plus courte ?']);
      const shortest = out.flatMap((o) => (o.type === 'say' && o.key === 'common:answers.list.shortest.hours' ? [o.params] : []));
      expect(shortest.length).to.be.greaterThan(0);
      for (const params of shortest) {
        expect(params?.count).to.equal(fewest);
        expect(hours[Number(params?.number) - 1]).to.equal(fewest);
      }
    });
  });

  describe('q10: first aid is no course of the cleaning trade', () => {
    const { recommender } = realRecommender();
    const lists = (p: Profile, lang: string): { first: string[]; rest: string[] } => {
      const first = recommender.recommend(p, lang).map((i) => i.id);
      return { first, rest: recommender.recommend(p, lang, { exclude: new Set(first) }).map((i) => i.id) };
    };
    const FIRST_AID = ['ubo-mooc-sauvtage', 'croix-rouge-be-app-premiers-soins'];

    it('when a cleaner asks, in Brussels or Wallonia, then no first-aid course is offered, first or under "more"', () => {
      for (const region of ['BE-BRU', 'BE-WAL'] as const) {
        const p: Profile = { goal: 'find-job', field: 'K', trade: 'cleaning', eqfLevel: 2, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 10, region };
        const { first, rest } = lists(p, 'fr');
        expect([...first, ...rest], region).to.not.include.members([FIRST_AID[0]]);
        expect([...first, ...rest], region).to.not.include.members([FIRST_AID[1]]);
      }
    });
  });
});
