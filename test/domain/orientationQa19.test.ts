import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { converse } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa19, 2026-12-06), replayed through the engine in
 * words written for the test: dead ends and values stored from words that do not say them.
 */
describe('Orientation engine: findings of a black-box tester (qa19)', function () {
  this.timeout(60000);

  it('when a job is named alone, first or to the goal question, then the goal is looking for work and is not asked', () => {
    const chats: Array<[string, string[]]> = [
      ['fr-BE', ['plongeur']], ['fr-FR', ['bonjour', 'magasinier']], ['es-ES', ['camarero']], ['de-DE', ['Lagerist']],
      ['en-GB', ['cleaner']], ['nl-BE', ['schoonmaker']],
    ];
    for (const [locale, texts] of chats) {
      const { session, out } = converse(locale, texts);
      expect(session.profile.goal, texts.join(' / ')).to.equal('find-job');
      expect(asks(out).filter((s) => s === 'goal').length, texts.join(' / ')).to.be.at.most(1);
      expect(asks(out).at(-1), texts.join(' / ')).to.equal('qualification');
    }
  });

  // (a sector named is progress, no try of the goal, qa21 q27: its misses go on where they were, and three skip it)
  // (a sector named alone is looking for work in it since the twenty-first session, qa21 q25: it ends the goal question
  // as a job named does; it used to be only the field, and the goal was skipped after three misses)
  it('when a sector named to the goal question comes between misses, then it is the goal found, and the goal is not skipped', () => {
    const chats: Array<[string, string[]]> = [
      ['fr-BE', ['bonjour', 'euh', 'hmm', 'le bâtiment', 'euh', 'hmm']],
      ['en-GB', ['hello', 'erm', 'hmm', 'hospitality', 'erm', 'hmm']],
      ['de-DE', ['hallo', 'äh', 'hmm', 'Gastronomie', 'äh', 'hmm']],
    ];
    for (const [locale, texts] of chats) {
      const { out, session } = converse(locale, texts);
      expect(session.skipped, texts.join(' / ')).to.not.include('goal');
      expect(session.profile.goal, texts.join(' / ')).to.equal('find-job');
      expect(asks(out).at(-1), texts.join(' / ')).to.not.equal('goal');
    }
  });

  it('when "nothing" alone answers the job question, then no device is stored, and the phone said next is', () => {
    const chats: Array<[string, string[]]> = [
      ['fr-BE', ['bonjour', 'trouver un emploi', 'rien', "j'ai juste mon téléphone"]],
      ['es-ES', ['hola', 'encontrar trabajo', 'nada', 'solo tengo el móvil']],
      ['en-GB', ['hello', 'find a job', 'nothing', 'just my phone']],
      ['nl-BE', ['hallo', 'werk vinden', 'niets', 'enkel mijn gsm']],
    ];
    for (const [locale, texts] of chats) {
      const { session } = converse(locale, texts.slice(0, 3));
      expect(session.profile.equipment, texts.join(' / ')).to.equal(undefined);
      expect(converse(locale, texts).session.profile.equipment, texts.join(' / ')).to.equal('smartphone-only');
    }
  });
});
