import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { Session } from '../../bot/domain/orientation/session';
import type { OrientationEngine } from '../../bot/domain/orientation/orientationEngine';
import { converse, recommended } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';
import type { Profile } from '../../bot/domain/profile/profile';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/** A conversation going on: more messages typed into the same session. */
function more(engine: OrientationEngine, session: Session, texts: string[]): Output[] {
  return texts.flatMap((text) => engine.handle(session, { text }));
}

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa24, 2026-12-06), replayed through the engine: the
 * flow and recommendation findings (q06, q08, q10–q13, q18, q20, q22, q24, q26 of the report).
 */
describe('Orientation engine: flow findings of a black-box tester (qa24r)', function () {
  this.timeout(180000);

  describe('q06: a subject to learn named to the goal question is enough to go on, in every language', () => {
    it('when "I want to learn <subject>" answers the goal question, then the goal is not asked again and the list comes', () => {
      for (const [locale, hello, learn, rest] of [
        ['es-ES', 'hola', 'quiero aprender excel', ['grado universitario', 'bien', 'portátil', '3 horas', 'Bruselas']],
        ['en-GB', 'hello', 'I want to learn Excel', ['bachelor', 'fine', 'laptop', '3 hours', 'Brussels']],
        ['nl-BE', 'hallo', 'ik wil digitale marketing leren', ['bachelor', 'goed', 'laptop', '3 uur', 'Gent']],
        ['lb-LU', 'moien', 'ech wëll Lëtzebuergesch léieren', ['bachelor', 'gutt', 'laptop', '3 Stonnen', 'Esch']],
        ['fr-BE', 'bonjour', 'je voudrais apprendre excel', ['bachelier', 'bien', 'portable', '3 heures', 'Namur']],
      ] as const) {
        const { engine, session, out } = converse(locale, [hello, learn]);
        expect(asks(out).filter((s) => s === 'goal'), `${locale}: ${asks(out).join(' ')}`).to.have.length(1);
        const after = more(engine, session, [...rest]);
        expect(asks(after), `${locale}: ${asks(after).join(' ')}`).to.not.include('goal');
        expect(recommended(after).length, locale).to.be.greaterThan(0);
      }
    });
  });

  describe('q08: a question set aside after a vague answer comes back once before it is given up', () => {
    it('when the computer question got a miss, an equipment answer and a vague answer, then it comes back after the other answers; a miss then skips it, left unknown', () => {
      for (const [locale, texts, miss] of [
        ['nl-BE', ['ik wil kapper worden', 'secundair', 'hmm', 'gsm', 'gaat wel', '5 uur', 'Gent'], 'blub'],
        ['fr-BE', ['je veux être coiffeuse', 'CESS', 'hmm', 'gsm', 'bof', '5 heures', 'Liège'], 'blub'],
        ['de-DE', ['ich will Friseurin werden', 'Abitur', 'hmm', 'Handy', 'geht so', '5 Stunden', 'Eupen'], 'blub'],
      ] as const) {
        const { engine, session, out } = converse(locale, [...texts]);
        const chat = `${locale}: ${texts.join(' / ')}`;
        expect(says(out), chat).to.not.include('common:skipping');
        expect(asks(out).at(-1), chat).to.equal('digitalSkills');
        const after = more(engine, session, [miss]);
        expect(says(after), chat).to.include('common:skipping');
        expect(session.profile.digitalSkills, chat).to.equal(undefined);
      }
    });
  });

  describe('q10: an item enters a list only for a reason that fits the person (fewer rather than fill)', () => {
    const { recommender, kb } = realRecommender();
    const teaches = (id: string): boolean => (kb.courses.find((c) => c.id === id)?.teaches?.length ?? 0) > 0;
    const shown = (p: Profile, lang: string): string[] => {
      const first = recommender.recommend(p, lang).map((i) => i.id);
      const rest = recommender.recommend(p, lang, { exclude: new Set(first) }).map((i) => i.id);
      return [...first, ...rest];
    };
    const worker = (more: Partial<Profile>): Profile => ({ goal: 'find-job', eqfLevel: 2, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 5, ...more });

    it('when one who named a trade chats in another language than the region\'s and asked for none, then no language course is listed, first or under "more"', () => {
      for (const [lang, more] of [
        ['es', { field: 'F', trade: 'plumbing-heating', region: 'BE-WAL', eqfLevel: 0 }],
        ['es', { field: 'N', region: 'BE-BRU' }],
        ['es', { field: 'D', trade: 'sales', region: 'BE-BRU' }],
        ['en', { field: 'D', trade: 'beauty', region: 'FR', equipment: 'computer-and-internet' }],
        ['en', { field: 'F', region: 'BE-VLG' }],
        ['es', { field: 'G', region: 'LU' }],
      ] as Array<[string, Partial<Profile>]>) {
        const p = worker(more);
        const ids = shown(p, lang);
        expect(ids.filter(teaches), `${lang} ${JSON.stringify(more)}: ${ids.join(' ')}`).to.deep.equal([]);
      }
    });

    it('when one of them said they speak the region\'s language poorly, then a course of it is still listed', () => {
      const p = worker({ field: 'F', trade: 'plumbing-heating', region: 'BE-WAL', weakLanguages: ['fr'] });
      expect(shown(p, 'es').filter(teaches).length).to.be.greaterThan(0);
    });

    it('when an accountant asks for office work and spreadsheets, then no course of another subject of the field comes ("cahier des charges")', () => {
      for (const lang of ['fr', 'de', 'lb', 'en']) {
        const p: Profile = { goal: 'retrain', field: 'M', trade: 'office', interest: 'office', eqfLevel: 6, digitalSkills: 'autonomous', equipment: 'computer-and-internet', hoursPerWeek: 10, region: 'BE-WAL' };
        const ids = shown(p, lang);
        expect(ids, lang).to.not.include('oc-cahier-des-charges');
      }
    });

    it('when a hairdresser with a laptop and some ease opens a salon in France, then a service that does procedures for you is not offered as help with the basics', () => {
      for (const lang of ['fr', 'en']) {
        const p: Profile = { goal: 'start-business', field: 'D', trade: 'beauty', eqfLevel: 3, digitalSkills: 'with-help', equipment: 'computer-and-internet', hoursPerWeek: 5, region: 'FR' };
        expect(recommender.recommend(p, lang).map((i) => i.id), lang).to.not.include('fr-aidants-connect');
      }
    });
  });

  describe('q26: "more" brings what fits, or says plainly that nothing more does', () => {
    it('when "more" is asked after the list, then no item comes only as help for any job; when nothing fits, "nothing else" and a person are offered', () => {
      for (const [locale, texts, moreText] of [
        ['de-DE', ['ich will im Hotel arbeiten an der Rezeption', 'Abitur', 'Laptop', 'gut', '20', 'Luxemburg'], 'noch was?'],
        ['fr-BE', ['je veux apprendre le néerlandais pour trouver du travail', 'bachelier', "j'ai un pc", 'à l\'aise', '3h', 'Bruxelles'], 'autre chose ?'],
        ['en-GB', ['I want to work in a hotel reception', 'A levels', 'laptop', 'good', '20', 'Luxembourg'], 'show more'],
      ] as const) {
        const { engine, session, out } = converse(locale, [...texts]);
        expect(recommended(out).length, locale).to.be.greaterThan(0);
        const after = more(engine, session, [moreText]);
        const items = recommended(after);
        expect(items.filter((i) => i.reasons[0]?.code === 'any-job').map((i) => i.id), locale).to.deep.equal([]);
        if (items.length === 0) expect(says(after), locale).to.include('recommend:noMore');
      }
    });
  });

  /** A conversation in `locale` whose profile is complete but for the region, then `place`: the list shown. */
  function listed(locale: string, place: string, profile: Partial<Profile>): { engine: OrientationEngine; session: Session } {
    const { engine, session } = converse(locale, []);
    Object.assign(session.profile, { goal: 'find-job', eqfLevel: 4, digitalSkills: 'with-help', equipment: 'smartphone-only', hoursPerWeek: 10, ...profile });
    session.pending = { slot: 'region', misses: 0 };
    more(engine, session, [place]);
    expect(session.stage, locale).to.equal('recommended');
    return { engine, session };
  }

  describe('q12: "which one gives a certificate?" after the list is answered from the items\' own data', () => {
    it('when asked of the whole list, in five languages, then each kind of certificate is said with its numbers, not the general answer', () => {
      for (const [locale, place, question] of [
        ['fr-BE', 'Namur', 'lequel donne un certificat ?'], ['en-GB', 'Brussels', 'which one gives a certificate?'],
        ['nl-BE', 'Gent', 'welke geeft een certificaat?'], ['es-ES', 'Bruselas', '¿cuál da certificado?'], ['de-DE', 'Eupen', 'welcher gibt ein Zertifikat?'],
      ] as const) {
        const { engine, session } = listed(locale, place, { interest: 'office' });
        const out = more(engine, session, [question]);
        const keys = says(out);
        expect(keys, locale).to.not.include('common:answers.certificate');
        expect(keys.filter((k) => k.startsWith('common:answers.list.certificate.')).length, `${locale}: ${keys.join(' ')}`).to.be.greaterThan(0);
        const numbers = out.flatMap((o) => (o.type === 'say' && o.key.startsWith('common:answers.list.certificate.') ? String(o.params?.numbers).split(', ') : []));
        const courses = (session.lastItems ?? []).map((i, k) => ({ i, k })).filter(({ i }) => i.kind !== 'search').map(({ k }) => String(k + 1));
        expect([...numbers].sort(), locale).to.deep.equal([...courses].sort());
      }
    });
  });

  describe('q18: a property asked of the agency\'s own search is answered, not described', () => {
    it('when "is the 2nd free?" or "on the phone?" is asked of the search, then each course there says its own', () => {
      for (const [locale, place, question] of [
        ['nl-BE', 'Gent', 'is de tweede gratis?'], ['fr-BE', 'Bruxelles', 'est-ce que le deuxième se fait sur téléphone ?'],
        ['en-GB', 'Brussels', 'is the second one free?'], ['de-DE', 'Luxemburg', 'ist der zweite kostenlos?'],
      ] as const) {
        const { engine, session } = listed(locale, place, { field: 'K', trade: 'cleaning' });
        const items = session.lastItems ?? [];
        const at = items.findIndex((i) => i.kind === 'search');
        expect(at, `${locale}: ${items.map((i) => i.id).join(' ')}`).to.be.at.least(0);
        // (the search put second, as the tester met it)
        const [search] = items.splice(at, 1);
        items.splice(1, 0, search);
        const out = more(engine, session, [question]);
        expect(says(out), locale).to.include('common:answers.item.search');
        expect(says(out), locale).to.not.include('common:answers.aboutSearch');
      }
    });
  });

  describe('q24: "what is the first one?" before any list', () => {
    it('when an item is asked for by its rank before any list, then "nothing suggested yet" and the question pending again, not the help text', () => {
      for (const [locale, job, question] of [
        ['en-GB', 'I want to find a job in a shop', 'whats the first one'], ['en-GB', 'I want to find a job in a shop', 'what is the second one?'],
        ['es-ES', 'busco trabajo en una tienda', '¿qué es el tercero?'], ['fr-BE', 'je cherche un travail dans la vente', "c'est quoi le premier ?"],
      ] as const) {
        const { out } = converse(locale, [job, question]);
        const last = out.slice(out.map((o) => o.type).lastIndexOf('understood'));
        expect(says(last), `${locale} ${question}`).to.include('common:answers.noListYet');
        expect(says(last), `${locale} ${question}`).to.not.include('common:help');
        expect(asks(last), `${locale} ${question}`).to.deep.equal(['qualification']);
      }
    });
  });
});
