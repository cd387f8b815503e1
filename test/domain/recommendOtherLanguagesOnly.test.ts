import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import type { Output } from '../../bot/domain/orientation/outputs';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';

const translations = new Translations(path.resolve(__dirname, '../../locales'));
const says = (out: Output[]): Array<{ key: string; params?: Record<string, unknown> }> =>
  out.flatMap((o) => (o.type === 'say' ? [{ key: o.key, params: o.params as Record<string, unknown> | undefined }] : []));

/**
 * Found chatting as jobseekers (issue 8, nineteenth session): a German-speaking carer in Eupen with no diploma was told
 * "I have no online course for your trade (only for other jobs in this field)", a Dutch-speaking warehouse worker in
 * Antwerp and a Spanish-speaking waiter in Luxembourg the same, a German-speaking cook in Luxembourg "no online course for
 * hotels and restaurants": their trade's courses exist, in French or English only, which these people are not taken to
 * read. The reply now says so, naming the languages they are in. Engine conversations, real catalogue and understanding.
 */
describe('When the courses for a person\'s trade exist only in languages they do not read, the reply says so (engine, real catalogue)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });

  const CASES: Array<[string, string[], string, string | undefined]> = [
    ['de-BE', ['Ich möchte in der Altenpflege arbeiten, ich wohne in Eupen', 'kein Abschluss', 'nur ein Handy', 'gar nicht', '5 Stunden'], 'fr', 'en'],
    ['de-LU', ['Ich möchte als Koch in Luxemburg arbeiten', 'Ich habe keinen Abschluss', 'Ich habe einen Laptop', 'mit Hilfe', '10 Stunden'], 'fr', 'en'],
    ['es-ES', ['Quiero trabajar de camarero en Luxemburgo', 'ESO', 'tengo un móvil', 'con ayuda', '10 horas'], 'en', undefined],
    // (warehouse workers in Antwerp and Liège were here too: their trade's only course is forklift safety, which makes no
    // course for their job; see recommendSafetyOnlyTrades.test.ts)
    ['en-GB', ["I'm looking for work as a baker in Ghent", 'no diploma', 'only a phone', 'with help', '5 hours'], 'fr', undefined],
  ];
  for (const [locale, texts, first, second] of CASES) {
    it(`[${locale}] "${texts[0]}": match none, "courses for the field, none in your language: ${second ? `mostly in ${first} and ${second}` : `only in ${first}`}", not "none" nor "only for other jobs"`, () => {
      const { out } = converse(locale, texts);
      const match = out.find((o) => o.type === 'recommend');
      const shown = `${JSON.stringify(says(out).map((s) => s.key))} ${recommended(out).map((i) => i.id).join(' ')}`;
      expect(match, shown).to.include({ match: 'none' });
      const keys = says(out).map((s) => s.key);
      expect(keys, shown).to.not.include.members(['recommend:noneForTrade', 'recommend:noneForField']);
      const said = says(out).find((s) => s.key.startsWith('recommend:noneInTheirLanguage'));
      expect(said, shown).to.not.equal(undefined);
      expect(said!.key).to.equal(second ? 'recommend:noneInTheirLanguages' : 'recommend:noneInTheirLanguage');
      expect(said!.params).to.deep.include({ language: locale.slice(0, 2), first, ...(second ? { second } : {}) });
    });
  }

  it('when said in German, then the sentence names the trade and the languages in German', () => {
    const { out } = converse('de-BE', CASES[0][1]);
    const said = says(out).find((s) => s.key === 'recommend:noneInTheirLanguages')!;
    const text = translations.getT('de')(said.key, said.params as Record<string, string>);
    expect(text).to.equal('Für den Bereich Pflege und Betreuung habe ich Online-Kurse, aber keinen auf Deutsch: vor allem auf Französisch und Englisch. Das hier kann Ihnen trotzdem helfen:');
  });

  it('when a trade has no course at all, in any language (a Dutch-speaking hairdresser in Ghent), then the reply still says there is none for the trade', () => {
    const { out } = converse('nl-BE', ['Ik wil kapster worden in Gent', 'ik heb een diploma secundair onderwijs', 'ik heb een computer', 'zonder hulp', '5 uur']);
    expect(says(out).map((s) => s.key)).to.include('recommend:noneForTrade').and.not.include('recommend:noneInTheirLanguage');
  });

  it('when the courses for the field are spread over many languages with no second one standing out (a Dutch-speaking shop worker in Ghent), then only the most used is named, as "mostly"', () => {
    const { out } = converse('nl-BE', ['Werk vinden', 'ik wil in een winkel werken', '4', 'met wat hulp', 'computer en internet', '5 uur', 'ik woon in Gent']);
    const said = says(out).find((s) => s.key.startsWith('recommend:noneInTheirLanguage'));
    expect(said?.key).to.equal('recommend:noneInTheirLanguageMostly');
    expect(said?.params).to.deep.include({ first: 'en' }).and.not.have.property('second');
  });
});
