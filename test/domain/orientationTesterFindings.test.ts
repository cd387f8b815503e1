import { expect } from 'chai';
import { converse } from '../helpers/engineFixture';

/**
 * Conversations a black-box tester had with the bot as jobseekers (qa18, 2026-12-06), replayed through the engine in
 * words written for the test: a question after the list changes nothing.
 */
describe('Orientation engine: findings of a black-box tester (qa18)', function () {
  this.timeout(60000);

  it('when, after the list, the person asks whether the courses can be followed on a phone, then the profile does not change', () => {
    const first = "je cherche un emploi dans la vente à Liège, j'ai le bac, je me débrouille avec l'ordi, j'ai un pc portable et internet, 5 heures par semaine";
    const { engine, session } = converse('fr-BE', [first]);
    expect(session.pending?.slot).to.equal('followUp');
    const before = { ...session.profile };
    engine.handle(session, { text: 'on peut suivre ces cours sur mon téléphone ?' });
    expect(session.profile).to.deep.equal(before);
  });
});
