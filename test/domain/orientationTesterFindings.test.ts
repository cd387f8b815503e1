import { expect } from 'chai';
import type { Output } from '../../bot/domain/orientation/outputs';
import { converse } from '../helpers/engineFixture';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa18, 2026-12-06), replayed through the engine in
 * words written for the test: an acknowledgement is no answer, a question after the list changes nothing.
 */
describe('Orientation engine: findings of a black-box tester (qa18)', function () {
  this.timeout(60000);

  it('when the bot has answered why it asks and the person only acknowledges ("d\'accord", "passt", "vale"), then no skill is stored and the skills question is asked again', () => {
    const chats: Array<[string, string[]]> = [
      ['fr-BE', ["je cherche un travail de caissière à Namur, j'ai le CESS", 'pourquoi vous me demandez ça ?', "d'accord"]],
      ['de-DE', ['Ich suche Arbeit als Verkäuferin in Eupen, ich habe Abitur', 'warum wollen Sie das wissen?', 'passt']],
      ['es-ES', ['busco trabajo de cajera en Bruselas, tengo el bachillerato', '¿por qué me pregunta eso?', 'vale']],
    ];
    for (const [locale, texts] of chats) {
      const { session, out } = converse(locale, texts);
      const last = converse(locale, texts.slice(0, -1));
      expect(asks(last.out).at(-1), texts.join(' / ')).to.equal('digitalSkills');
      expect(session.profile.digitalSkills, texts.join(' / ')).to.equal(undefined);
      expect(asks(out).at(-1), texts.join(' / ')).to.equal('digitalSkills');
    }
  });

  it('when "yes" answers "are you at ease with a computer?", then it is still at ease on one\'s own', () => {
    const { session } = converse('fr-FR', ["je cherche un emploi de vendeur à Lyon, j'ai le bac", 'oui']);
    expect(session.profile.digitalSkills).to.equal('autonomous');
  });

  it('when, after the list, the person asks whether the courses can be followed on a phone, then the profile does not change', () => {
    const first = "je cherche un emploi dans la vente à Liège, j'ai le bac, je me débrouille avec l'ordi, j'ai un pc portable et internet, 5 heures par semaine";
    const { engine, session } = converse('fr-BE', [first]);
    expect(session.pending?.slot).to.equal('followUp');
    const before = { ...session.profile };
    engine.handle(session, { text: 'on peut suivre ces cours sur mon téléphone ?' });
    expect(session.profile).to.deep.equal(before);
  });
});
