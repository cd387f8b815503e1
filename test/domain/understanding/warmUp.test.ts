import { expect } from 'chai';
import { Understanding, warmUp } from '../../../bot/domain/understanding';
import { readKnowledge, useUnderstanding } from './fixture';

describe('warmUp', () => {
  const u = useUnderstanding();

  it('when called again after start-up, then it is fast (idempotent)', () => {
    const started = Date.now();
    warmUp();
    expect(Date.now() - started).to.be.below(500);
  });

  it('when warm, then a French message with accents is understood in well under a second', () => {
    const started = Date.now();
    expect(u().answer('availability', 'à mi-temps, vingt-deux heures', 'fr', [])?.profile.hoursPerWeek).to.equal(22);
    expect(Date.now() - started).to.be.below(500);
  });
});

describe('Understanding', () => {
  it('when dependencies are missing, then construction fails with a clear message', () => {
    const { topics, qualifications } = readKnowledge();
    expect(() => new Understanding({ lexicons: {}, topics, qualifications })).to.throw(/lexicons are required/);
  });

  it('when built, then languages() lists the lexicon languages', () => {
    expect(new Understanding(readKnowledge()).languages().sort()).to.deep.equal(['de', 'en', 'es', 'fr', 'lb', 'nl']);
  });

  it('when the conversation language has no lexicon, then the message is read in the language it seems to be in', () => {
    expect(new Understanding(readKnowledge()).answer('goal', 'je voudrais trouver un emploi', 'it', [])?.profile.goal).to.equal('find-job');
  });

  it('when the message is empty or only punctuation, then nothing is understood', () => {
    const u = new Understanding(readKnowledge());
    expect(u.answer('goal', '  ?! ', 'fr', [])).to.equal(undefined);
    expect(u.intent('', 'fr')).to.equal(undefined);
    expect(u.extract('', 'fr')).to.deep.equal({});
  });
});
