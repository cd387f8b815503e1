import { expect } from 'chai';
import { table, useUnderstanding } from './fixture';

/**
 * The languages a message names, for "are these courses in Dutch?" (`CourseLanguages`): the chat language's names
 * of every language and every language's own name, whole words as typed (accents and case aside), first named first.
 */
describe('Understanding.languagesNamed', () => {
  const u = useUnderstanding();
  table<[string, string[]]>([
    ['zijn die cursussen in het Nederlands?', ['nl', ['nl']]],
    ['Hello, do you have courses in Ukrainian? I came from Kharkiv', ['en', ['uk']]],
    ["c'est en anglais ?", ['fr', ['en']]],
    ['gibt es Kurse auf Englisch oder Französisch?', ['de', ['en', 'fr']]],
    ['FRANCES o ingles?', ['es', ['fr', 'en']]],
    // every language's own name, in any chat language
    ['are the courses in Nederlands?', ['en', ['nl']]],
    ['les cours sont en Deutsch ?', ['fr', ['de']]],
    ['¿hay cursos en lëtzebuergesch o en español?', ['es', ['lb', 'es']]],
    // a name inside a longer one, and a language named twice: once
    ['is it in the english language? english only please', ['en', ['en']]],
    // as typed: a place one letter away, a people, is no language
    ['ik woon in Luxemburg', ['nl', []]],
    ['do you have courses in Germany?', ['en', []]],
    ['des cours pour les Turcs ?', ['fr', []]],
    ['bonjour', ['fr', []]],
  ], (text, [lang, named]) => expect(u().languagesNamed(text, lang)).to.deep.equal(named),
  (text, [lang, named]) => `when a ${lang} user writes "${text}", then the languages named are ${JSON.stringify(named)}`);
});
