import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { RecommendationItem } from '../../bot/domain/recommend/reasons';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';
import { realRecommender } from '../helpers/realCatalogue';

const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const AT_EASE: Record<string, string> = {
  fr: "j'ai un bac, je cherche un emploi, je me débrouille avec l'ordi, j'ai un pc, 10h par semaine",
  en: 'I have a high school diploma, I am looking for a job, good with computers, I have a laptop, 10 hours a week',
  de: 'ich habe Abitur, ich suche Arbeit, kann gut mit dem Computer, habe einen Laptop, 10 Stunden pro Woche',
  nl: 'ik heb een diploma secundair, ik zoek werk, ik kan goed met de computer, ik heb een laptop, 10 uur per week',
  es: 'tengo el bachillerato, busco trabajo, me manejo bien con el ordenador, tengo portátil, 10 horas por semana',
};

/**
 * Found by testers (issue 8): dental assistants, lab technicians and pharmacy assistants got childcare, end-of-life care
 * and WHO hand-hygiene courses, courses of sibling trades that only share the ROME letter J. A course that names trades
 * is for those trades; one whose job is none of them is told there is no online course for their trade and offered the
 * agency's search for the field and help for any job. Engine conversations, real catalogue and understanding.
 */
describe('Courses of a sibling trade are not offered as the trade\'s own (engine, real catalogue)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });
  const course = (id: string) => realRecommender().recommender.course(id);
  /** A course for trades the person's is not among (or a worker-safety course of the field), shown as theirs or related. */
  const sibling = (item: RecommendationItem, trade: string | undefined): boolean => {
    const c = course(item.id);
    return item.kind === 'course' && !!c && (c.fields?.length ?? 0) > 0 && (c.trades === undefined ? !!c.workerSafety : trade === undefined || !c.trades.includes(trade));
  };

  const HEALTH: Array<[string, string, string]> = [
    ['fr-BE', 'fr', 'je suis assistante dentaire à Liège'],
    ['fr-BE', 'fr', 'je suis technicienne de laboratoire à Namur'],
    ['fr-BE', 'fr', 'je suis aide en pharmacie à Bruxelles'],
    ['fr-FR', 'fr', 'je suis préparatrice en pharmacie à Lyon'],
    ['en-GB', 'en', "I'm a dental assistant in Brussels"],
    ['en-GB', 'en', "I'm a pharmacy technician in Liège"],
    ['de-BE', 'de', 'ich bin Zahnmedizinische Fachangestellte in Lüttich'],
    ['nl-BE', 'nl', 'ik ben tandartsassistente in Gent'],
    ['es-ES', 'es', 'soy técnica de laboratorio en Bruselas'],
  ];
  for (const [locale, lang, job] of HEALTH) {
    it(`[${locale}] "${job}": no course of another trade of health care, the reply says there is none for their trade, the agency's search and help for any job`, () => {
      const { session, out } = converse(locale, [`${job}, ${AT_EASE[lang]}`]);
      expect(session.profile.field, JSON.stringify(session.profile)).to.equal('J');
      const items = recommended(out);
      const shown = items.map((i) => `${i.id}[${i.reasons.map((r) => r.code)}]`).join(' ');
      expect(items.filter((i) => sibling(i, session.profile.trade)).map((i) => i.id), shown).to.deep.equal([]);
      expect(says(out), shown).to.include('recommend:noneForTrade');
      expect(items.some((i) => i.kind === 'search'), shown).to.equal(true);
      for (const item of items.filter((i) => i.kind === 'course')) expect(item.reasons[0].code, `${item.id} in ${shown}`).to.equal('any-job');
    });
  }

  it('when a nurse\'s aide or nursing assistant says so (en, es), then she is a carer, not a nurse: care courses, no "nursing is learnt in person"', () => {
    for (const [locale, lang, job] of [['en-GB', 'en', "I'm a nurse's aide in Brussels"], ['en-GB', 'en', "I'm a nursing assistant in Liège"], ['es-ES', 'es', 'soy auxiliar de enfermería en Bruselas']]) {
      const { session, out } = converse(locale, [`${job}, ${AT_EASE[lang]}`]);
      expect(session.profile.trade, `${job}: ${JSON.stringify(session.profile)}`).to.equal('care');
      expect(says(out).filter((k) => k.startsWith('recommend:inPerson')), job).to.deep.equal([]);
      expect(recommended(out).filter((i) => sibling(i, 'care')).map((i) => i.id), job).to.deep.equal([]);
    }
  });

  it('when a person holds a job of a field that no trade of knowledge/occupations names (a florist, an ambulance driver), then no course naming another trade of the field is offered', () => {
    // (rec17: the English lists have no "florist", the German ones have; a job title read in another language's list is held
    // as one of the message's own: "I'm a florist" got customer-service courses for the trade sales, "I'm a baker" pastry)
    for (const [locale, lang, job, field] of [['fr-BE', 'fr', 'je suis fleuriste à Namur', 'D'], ['fr-BE', 'fr', 'je suis ambulancier à Namur', 'J'], ['fr-FR', 'fr', 'je suis opticienne à Lille', 'J'],
      ['en-GB', 'en', "I'm a florist in Namur", 'D'], ['en-GB', 'en', 'I am a florist looking for work in Liège', 'D'], ['es-ES', 'es', 'soy florista en Namur', 'D']]) {
      const { session, out } = converse(locale, [`${job}, ${AT_EASE[lang]}`]);
      expect(session.profile, job).to.deep.include({ field, heldField: field });
      const items = recommended(out);
      const shown = items.map((i) => i.id).join(' ');
      expect(items.filter((i) => i.kind === 'course' && (course(i.id)?.trades?.length ?? 0) > 0).map((i) => i.id), `${job}: ${shown}`).to.deep.equal([]);
      expect(says(out), `${job}: ${shown}`).to.not.include('recommend:noneForField');
    }
  });

  it('when other letters are checked (a mason, a plumber, a warehouse worker), then no course of a sibling trade comes, first list or "more"', () => {
    for (const [job, trade] of [['je suis maçon à Namur', 'building'], ['je suis plombier à Liège', 'plumbing-heating'], ['je suis magasinier à Liège', 'warehouse']]) {
      const { engine, session, out } = converse('fr-BE', [`${job}, ${AT_EASE.fr}`]);
      expect(session.profile.trade, job).to.equal(trade);
      const items = [...recommended(out), ...recommended(engine.handle(session, { text: 'autre chose ?' }))];
      expect(items.filter((i) => i.kind === 'course' && (course(i.id)?.trades ?? [trade]).every((t) => t !== trade)).map((i) => i.id), job).to.deep.equal([]);
    }
  });
});
