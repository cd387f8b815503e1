import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { warmUp } from '../../bot/domain/understanding';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';

const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/**
 * Found chatting as jobseekers (rec20): an English-speaking security guard in Luxembourg was told "I have online courses
 * for jobs in security, but none in English: only in French", a Dutch-speaking one in Brussels the same, and a cleaner in
 * Luxembourg who writes Luxembourgish "I have courses for cleaning, but they ask for more": the only courses filed under
 * those trades are first aid and workplace safety (`workerSafety`), useful beside the trade but not courses for it, and
 * none of them was even in the list. Such courses no longer make "courses for your job" exist. Engine conversations,
 * real catalogue and understanding.
 */
describe('When the only courses filed under a person\'s trade are first aid or workplace safety, the bot does not say it has courses for their job', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });

  const CASES: Array<[string, string[]]> = [
    ['en', ['hello', "I'm a security guard looking for work", 'high school', 'on my own', 'laptop', '10 hours', 'Luxembourg City']],
    ['nl', ['hallo', 'ik zoek werk als bewakingsagent', 'secundair', 'met hulp', 'smartphone', '10 uur', 'Brussel']],
    ['lb', ['moien', 'ech sichen eng Aarbecht beim Botzen', 'keen Diplom', 'guer net', 'Handy', '5 Stonnen', 'Lëtzebuerg']],
    // (moved from recommendOtherLanguagesOnly.test.ts: the warehouse's only course is OSHA's forklift safety, in English)
    ['nl-BE', ['Ik zoek werk als magazijnier in Antwerpen', 'geen diploma', 'alleen een smartphone', 'een beetje', '10 uur']],
    ['fr-BE', ["je cherche un travail de magasinier à Liège, je n'ai pas de diplôme, j'ai seulement un téléphone, je ne suis pas à l'aise avec l'ordinateur, 5 heures par semaine"]],
  ];
  for (const [locale, texts] of CASES) {
    it(`[${locale}] when "${texts.find((x) => !/^(hello|hallo|moien)$/i.test(x))}" is said, then the reply does not claim courses for the trade in other languages or beyond reach, and still gives help`, () => {
      const { out, session } = converse(locale, texts);
      const shown = `${JSON.stringify(says(out))} ${recommended(out).map((i) => i.id).join(' ')}`;
      expect(session.profile.trade, shown).to.be.oneOf(['security', 'cleaning', 'warehouse']);
      expect(out.find((o) => o.type === 'recommend'), shown).to.include({ match: 'none' });
      expect(says(out).filter((k) => k.startsWith('recommend:noneInTheirLanguage') || k === 'recommend:noneForFieldYet'), shown).to.deep.equal([]);
      expect(says(out).some((k) => k === 'recommend:noneForTrade' || k === 'recommend:noneForField'), shown).to.equal(true);
      expect(recommended(out).length, shown).to.be.greaterThan(0);
    });
  }
});
