import { expect } from 'chai';
import { CourseLanguages, coursesByLanguage } from '../../bot/domain/orientation/courseLanguages';

describe('CourseLanguages', () => {
  /** An understanding that names Berber, Dutch and English, in that order, whatever the message. */
  const understanding = { languagesNamed: () => ['ber', 'nl', 'en'] };

  it('when a message names languages, then only those the bot can name back are reported, in their order', () => {
    const languages = new CourseLanguages(understanding, new Map(), (code) => code !== 'ber');
    expect(languages.named('berbers, nederlands of engels?', 'nl')).to.deep.equal(['nl', 'en']);
  });

  it('when courses are counted, then each counts once per language it is taught in', () => {
    const taught = coursesByLanguage([{ taughtIn: ['fr', 'nl'] }, { taughtIn: ['fr', 'fr'] }]);
    const languages = new CourseLanguages(understanding, taught, () => true);
    expect([languages.courseCount('fr'), languages.courseCount('nl'), languages.courseCount('uk')]).to.deep.equal([2, 1, 0]);
  });
});
