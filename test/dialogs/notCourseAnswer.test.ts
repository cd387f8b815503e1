import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';

/**
 * "How long does the second one take?" of a help service (found by a tester, qa21 q42: "“Informaticien·ne·s
 * public·que·s” is not a course: Informaticien·ne·s public·que·s is there to help you…", the name twice).
 */
describe('The answer that an item is a help service, not a course', () => {
  const translations = new Translations(path.resolve(__dirname, '../../locales'));

  it('when a property of a help service is asked, then its name is said once, in every language', () => {
    const name = 'Informaticien·ne·s public·que·s';
    for (const lng of translations.languages) {
      const text = translations.getT(lng)('common:answers.item.notCourse', { item: name, name, number: 2 });
      expect(text.split(name).length - 1, `${lng}: ${text}`).to.equal(1);
    }
  });
});
