import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { Session } from '../../bot/domain/orientation/session';
import type { OrientationEngine } from '../../bot/domain/orientation/orientationEngine';
import { converse, recommended } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';
import { whyReasons } from '../../bot/domain/recommend/reasonStrength';

/** A conversation going on: more messages typed into the same session. */
function more(engine: OrientationEngine, session: Session, texts: string[]): Output[] {
  return texts.flatMap((text) => engine.handle(session, { text }));
}

const recommendations = (out: Output[]): Array<Extract<Output, { type: 'recommend' }>> => out.flatMap((o) => (o.type === 'recommend' ? [o] : []));

/** The leftovers of the twenty-fifth session (rec25), issue 8. */
describe('Orientation engine: recommendation leftovers (rec26)', function () {
  this.timeout(180000);
  const { recommender } = realRecommender();
  const tradesOf = (id: string): readonly string[] => recommender.course(id)?.trades ?? [];

  describe('the courses of the trade one holds, picked at the interest question', () => {
    // [locale, hello, the job held, its trade, then the answers to the questions after the interest one]
    const workers = [
      ['fr-BE', 'bonjour', 'je voudrais changer de métier, je suis cuisinier', 'kitchen', ['CESS', 'je me débrouille seul', 'un ordinateur', '10 heures', 'Namur']],
      ['de-DE', 'hallo', 'ich war lange Kellner und suche jetzt Arbeit', 'service', ['Abitur', 'ich komme allein zurecht', 'einen Computer', '10 Stunden', 'Eupen']],
      ['en-GB', 'hi', 'I have been a taxi driver for years and want something new', 'driving', ['A levels', 'on my own', 'a computer', '10 hours', 'Liège']],
    ] as const;

    it('when a cook, a waiter or a taxi driver picks "courses for my trade", then their held trade is kept with its field', () => {
      for (const [locale, hello, job, trade] of workers) {
        const { engine, session } = converse(locale, [hello, job]);
        expect(session.pending?.slot, locale).to.equal('interest');
        more(engine, session, ['1']);
        expect(session.profile.trade, locale).to.equal(trade);
      }
    });

    it('when the list comes, then the courses of their trade come first, as a match, not only help for any job', () => {
      for (const [locale, hello, job, trade, answers] of [
        ['fr-BE', 'bonjour', 'je voudrais changer de métier, je suis cuisinier', 'kitchen', ['CESS', 'je me débrouille seul', 'un ordinateur', '10 heures', 'Namur']],
        ['fr-BE', 'bonjour', 'je voudrais changer de métier, je suis chauffeur livreur', 'driving', ['CESS', 'je me débrouille seul', 'un ordinateur', '10 heures', 'Bruxelles']],
        ['en-GB', 'hi', 'I worked as a waiter for ten years, now I want to find a job', 'service', ['A levels', 'on my own', 'a computer', '10 hours', 'Brussels']],
      ] as const) {
        const { engine, session } = converse(locale, [hello, job]);
        expect(session.pending?.slot, `${locale} ${job}`).to.equal('interest');
        const out = more(engine, session, ['1', ...answers]);
        const shown = recommendations(out).at(-1);
        expect(shown?.match, job).to.not.equal('none');
        const firstCourse = recommended(out).find((i) => i.kind === 'course');
        expect(tradesOf(firstCourse!.id), `${job}: ${firstCourse!.id}`).to.include(trade);
      }
    });

    it('when their trade has no course in a language they read, then the reply names their trade, not the whole field', () => {
      const { out } = converse('de-DE', ['hallo', 'ich war lange Kellner und suche jetzt Arbeit', '1', 'Abitur', 'ich komme allein zurecht', 'einen Computer', '10 Stunden', 'Eupen']);
      const said = out.flatMap((o) => (o.type === 'say' && o.key.startsWith('recommend:none') ? [o.params?.job] : []));
      expect(said).to.deep.equal(['service']);
    });
  });
  describe('a course of the same broad field on a subject of its own, to one who named a trade and no subject', () => {
    const OTHER_SUBJECTS = ['oc-cahier-des-charges', 'oc-travailler-en-equipe', 'coursera-google-project-management'];

    it('when a would-be accountant or community manager goes through the questions, then no project-management or teamwork course comes, first or under "more"', () => {
      for (const [locale, texts, moreWord] of [
        ['fr-BE', ['bonjour', 'je voudrais devenir comptable', 'CESS', 'je me débrouille seul', 'un ordinateur', '10 heures', 'Bruxelles'], 'autres'],
        ['fr-BE', ['bonjour', 'je cherche un emploi de community manager', 'bachelier', 'très à l\'aise', 'un ordinateur', '10 heures', 'Liège'], 'autres'],
        ['es-ES', ['hola', 'quiero trabajar de contable', 'bachillerato', 'me defiendo solo', 'un ordenador', '10 horas', 'Bruselas'], 'más'],
      ] as const) {
        const { engine, session, out } = converse(locale, [...texts]);
        const first = recommended(out).map((i) => i.id);
        expect(first.length, texts[1]).to.be.greaterThan(0);
        const rest = recommended(more(engine, session, [moreWord])).map((i) => i.id);
        expect([...first, ...rest], texts[1]).to.not.include.members([OTHER_SUBJECTS[0]]);
        expect([...first, ...rest], texts[1]).to.not.include.members([OTHER_SUBJECTS[1]]);
        expect([...first, ...rest], texts[1]).to.not.include.members([OTHER_SUBJECTS[2]]);
      }
    });

    it('when a mason names no subject, then the renovation MOOCs for the whole of construction are still offered, as related to it', () => {
      const { out } = converse('fr-BE', ['bonjour', 'je cherche du travail comme maçon', 'CEB', 'je me débrouille seul', 'un ordinateur', '5 heures', 'Namur']);
      const renovation = recommended(out).filter((i) => i.id.startsWith('mbd-renovation') || i.id.startsWith('mbd-methode'));
      expect(renovation.length).to.be.greaterThan(0);
      for (const item of renovation) expect(item.reasons[0].code, item.id).to.equal('related');
    });
  });
  describe('the Why line of a course for the person\'s trade or field', () => {
    it('when a care worker gets several care courses, then each of their lines says first that it is for their trade or field (short after the first), not only its language and price', () => {
      for (const [locale, texts] of [
        ['fr-BE', ['bonjour', 'je cherche du travail comme aide-soignante', 'CESS', "avec de l'aide", 'seulement un smartphone', '10 heures', 'Bruxelles']],
        ['fr-BE', ['bonjour', 'je veux travailler dans les soins aux personnes âgées', 'CEB', 'je me débrouille seule', 'un ordinateur', '10 heures', 'Namur']],
        ['de-DE', ['hallo', 'ich suche Arbeit als Altenpflegehelferin', 'Realschulabschluss', 'ich komme allein zurecht', 'einen Computer', '10 Stunden', 'Luxemburg']],
        ['en-GB', ['hi', 'I am looking for work as a care assistant', 'GCSE', 'on my own', 'a computer', '10 hours', 'Paris']],
      ] as const) {
        const items = recommended(converse(locale, [...texts]).out);
        const why = whyReasons(items);
        const forField = items.map((item, k) => ({ item, why: why[k] })).filter(({ item }) => item.kind === 'course' && item.reasons.some((r) => r.code === 'field'));
        expect(forField.length, `${texts[1]}: ${items.map((i) => i.id).join(' ')}`).to.be.greaterThan(1);
        forField.forEach(({ item, why: reasons }, k) => {
          expect(reasons[0]?.code, `${texts[1]} ${item.id}: ${JSON.stringify(reasons)}`).to.equal('field');
          expect(reasons[0]?.params?.again, `${item.id}: said in full once, short after`).to.equal(k === 0 ? undefined : 1);
          // (what is said is the item's own reason, as scored: never one it does not have)
          expect(item.reasons.some((r) => r.code === 'field' && r.params?.field === reasons[0]?.params?.field && r.params?.trade === reasons[0]?.params?.trade), item.id).to.equal(true);
        });
      }
    });
  });
  describe('a diploma\'s country typed in lower case', () => {
    const noted = (out: Output[]): unknown[] => out.flatMap((o) => (o.type === 'say' && o.key === 'common:diplomaNoted' ? [o.params?.diploma] : []));

    it('when the diploma question is answered with a country in lower case after "de/du/van/of", then it is the diploma\'s origin, said back as typed', () => {
      for (const [locale, job, answer, words] of [
        ['fr-BE', 'je veux travailler dans la vente', "j'ai un diplôme du maroc", 'diplôme du maroc'],
        ['fr-BE', 'je veux travailler dans la vente', 'un bac de tunisie', 'bac de tunisie'],
        ['fr-BE', 'je veux travailler dans la vente', "une licence de côte d'ivoire", "licence de côte d'ivoire"],
        ['es-ES', 'quiero trabajar en una tienda', 'tengo un título de colombia', 'título de colombia'],
        ['nl-BE', 'ik wil in een winkel werken', 'ik heb een diploma van marokko', 'diploma van marokko'],
        ['en-GB', 'I want to work in a shop', 'a degree from sri lanka', 'degree from sri lanka'],
        ['de-DE', 'ich will im Verkauf arbeiten', 'ein Diplom aus der türkei', 'Diplom aus der türkei'],
      ] as const) {
        const { engine, session } = converse(locale, ['hello', job]);
        expect(session.pending?.slot, locale).to.equal('qualification');
        const out = more(engine, session, [answer]);
        expect(noted(out), `${locale} ${answer}`).to.deep.equal([words]);
        expect(session.profile.diploma, locale).to.equal(words);
      }
    });

    it('when a diploma of a trade or subject is named in lower case after "de/van", then no country is read', () => {
      for (const [locale, job, answer] of [
        ['fr-BE', 'je veux travailler dans la vente', 'un diplôme de comptable'],
        ['fr-BE', 'je veux travailler dans la vente', 'un bac de base'],
        ['fr-BE', 'je veux travailler dans la vente', 'un diplôme de commerce'],
        ['nl-BE', 'ik wil in een winkel werken', 'een diploma van verpleegkundige'],
        ['en-GB', 'I want to work in a shop', 'a degree of science'],
      ] as const) {
        const { engine, session } = converse(locale, ['hello', job]);
        expect(noted(more(engine, session, [answer])), `${locale} ${answer}`).to.deep.equal([]);
        expect(session.profile.diploma, locale).to.equal(undefined);
      }
    });
  });
});
