import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { converse } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const lastTurn = (out: Output[]): Output[] => out.slice(out.map((o) => o.type === 'understood').lastIndexOf(true));

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa21, 2026-12-06), replayed through the engine:
 * what the bot does with what it read (section A of the report).
 */
describe('Orientation engine: understanding findings of a black-box tester (qa21)', function () {
  this.timeout(60000);

  it('when a person says they restart their career, then nothing said before is wiped (q01)', () => {
    const chats: Array<[string, string[]]> = [
      ['nl-BE', ['verkoop', 'bachelor', 'ik wil mijn loopbaan herstarten']],
      ['fr-BE', ['vente', 'CESS', 'je voudrais relancer ma carrière']],
      ['de-DE', ['Verkauf', 'Abitur', 'ich will meine Karriere neu starten']],
      ['lb-LU', ['Verkaf', 'Bac', 'ech wëll meng Karriär nei starten']],
    ];
    for (const [locale, texts] of chats) {
      const { out } = converse(locale, texts);
      expect(says(out), texts.join(' / ')).to.not.include('common:restarted');
      const profiles = out.filter((o): o is Extract<Output, { type: 'profile' }> => o.type === 'profile');
      expect(profiles[profiles.length - 1]?.profile, texts.join(' / ')).to.include({ field: 'D' });
    }
  });

  it('when a restart is said in a longer sentence with answers to lose, then the bot asks first; a short command acts (q01)', () => {
    const long = converse('fr-BE', ['vente', 'CESS', 'je me suis trompée, je veux tout recommencer depuis le début svp']).out;
    expect(asks(lastTurn(long))).to.deep.equal(['confirm']);
    expect(says(long)).to.not.include('common:restarted');
    const yes = converse('fr-BE', ['vente', 'CESS', 'je me suis trompée, je veux tout recommencer depuis le début svp', 'oui']).out;
    expect(says(lastTurn(yes))).to.include('common:restarted');
    const no = converse('en-GB', ['sales', 'A levels', 'sorry I made a mistake, can we start over from the beginning please', 'no']).out;
    expect(says(no)).to.not.include('common:restarted');
    const short = converse('en-GB', ['sales', 'A levels', 'start again']).out;
    expect(says(lastTurn(short))).to.include('common:restarted');
  });

  it('when a sector is named alone to the first question, then it is looking for work in it, as a trade is (q25)', () => {
    for (const [locale, text] of [['nl-BE', 'bouw'], ['de-DE', 'Bau'], ['fr-BE', 'la construction'], ['en-GB', 'construction']]) {
      const { session, out } = converse(locale, [text]);
      expect(session.profile, text).to.include({ field: 'F', goal: 'find-job' });
      expect(asks(out), text).to.not.include('goal');
    }
  });
});
