import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/** A message typed in several lines (a chat app's burst) is cut into sentences at its line breaks too. */
describe('Understanding: a message in several lines', () => {
  const u = useUnderstanding();

  it('when a wish is on one line and a question on the next, then the wish stays and the question is the last line\'s', () => {
    const wish = u().understand('I want to learn German\nIs the course in English?', 'en');
    expect(wish.intent).to.equal('question');
    expect(wish.slots.interest).to.equal('languages');
    const device = u().understand("je n'ai pas d'ordinateur\nest-ce que je peux suivre les cours sur mon téléphone ?", 'fr');
    expect(device.slots.equipment).to.not.equal(undefined);
    expect(u().understand('lost my job last month\nWill I lose my benefits if I do a course?', 'en').question).to.equal('benefits');
  });

  it('when a correction is alone on the first line, then a language asked on the next is asked for', () => {
    expect(u().understand('no wait\nespañol por favor', 'en').intent).to.equal('language:es');
  });
});

