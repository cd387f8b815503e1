import { expect } from 'chai';
import type { Session } from '../../bot/domain/orientation/session';
import type { OrientationEngine } from '../../bot/domain/orientation/orientationEngine';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { ItemFacts } from '../../bot/domain/recommend/recommender';
import { converse, engineFixture, recommended } from '../helpers/engineFixture';
import { warmUp } from '../../bot/domain/understanding';

const asks = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'ask' ? [o.slot] : []));
const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));

/** A new conversation in `locale` whose first message says everything: the list follows. */
function listed(locale: string, first: string): { engine: OrientationEngine; s: Session } {
  const { engine, session: s } = converse(locale, [first]);
  expect(s.pending?.slot, first).to.equal('followUp');
  return { engine, s };
}

/** The key of the one sentence that answers `property` of a course, from its catalogue data (see conversationSteps). */
function expectedKey(facts: ItemFacts, property: string, lang: string): string {
  const key = 'common:answers.item.';
  switch (property) {
    case 'duration': return key + (facts.durationHours ? 'duration' : 'durationUnknown');
    case 'certificate': return `${key}certificate.${facts.certificate}`;
    case 'cost': return `${key}cost.${facts.cost}`;
    // "is it paid?" is answered the other way round: its yes says paid (a cost the provider does not give stays so)
    case 'paid': return facts.cost === 'free' || facts.cost === 'paid' ? `${key}paid.${facts.cost}` : `${key}cost.${facts.cost}`;
    case 'level': return `${key}level.${facts.level}`;
    case 'format': return `${key}format.${facts.equipment}`;
    case 'provider': return `${key}provider`;
    default: return key + (facts.languages.length === 1 ? 'languageOnly' : 'languageAlso') + (facts.languages.includes(lang) ? '' : '');
  }
}

const SALES = {
  fr: "je cherche un emploi dans la vente à Bruxelles, j'ai un bac, je me débrouille bien avec l'ordi, j'ai un pc et internet, 10h par semaine",
  en: "I'm looking for a job in web development in Brussels, I have a bachelor, good with computers, I have a laptop, 10 hours a week",
  es: 'busco trabajo de vendedor en Bruselas, tengo el bachillerato, me manejo bien con el ordenador, tengo portátil, 20 horas por semana',
  de: 'Ich suche Arbeit im Verkauf in Lüttich, ich habe Abitur, kann gut mit dem Computer, habe einen Laptop, 20 Stunden pro Woche',
  nl: 'ik zoek werk in de verkoop in Brussel, ik heb een bachelor, ik kan goed met de computer, ik heb een laptop, 20 uur per week',
  lb: "ech sichen eng Aarbecht am Verkaf zu Lëtzebuerg, ech hunn e Bac, ech kann gutt mam Computer, ech hunn e Laptop, 20 Stonnen d'Woch",
} as const;

describe('OrientationEngine: questions about one item shown (domain)', function () {
  this.timeout(60000);
  before(() => { engineFixture(); return warmUp(); });

  // found by a tester: each got the item's whole description (or a new search) instead of the answer
  it('when the person asks one property of an item named by its rank, then that property of that item is answered in one sentence from the catalogue', () => {
    for (const [locale, lang, question, rank, property] of [
      ['fr-BE', 'fr', 'combien de temps dure le premier ?', 1, 'duration'],
      ['fr-BE', 'fr', 'le premier donne un certificat ?', 1, 'certificate'],
      ['fr-BE', 'fr', 'le deuxième est gratuit ?', 2, 'cost'],
      // found by a tester: "is the third one paid?" got "Yes: number 3 is free"
      ['fr-BE', 'fr', 'le deuxième est payant ?', 2, 'paid'],
      ['en-GB', 'en', 'is the third one paid?', 3, 'paid'],
      ['en-GB', 'en', 'does the second one cost money?', 2, 'paid'],
      ['en-GB', 'en', 'is the second one free or paid?', 2, 'cost'],
      ['es-ES', 'es', '¿el segundo es de pago?', 2, 'paid'],
      ['de-DE', 'de', 'ist der zweite kostenpflichtig?', 2, 'paid'],
      ['nl-BE', 'nl', 'is de tweede betalend?', 2, 'paid'],
      ['fr-BE', 'fr', 'le premier, il faut un ordi ?', 1, 'format'],
      ['en-GB', 'en', 'is the second one free?', 2, 'cost'],
      ['en-GB', 'en', 'what level is the first one?', 1, 'level'],
      ['en-GB', 'en', 'who offers the second one?', 2, 'provider'],
      ['en-GB', 'en', 'can I do the first one on my phone?', 1, 'format'],
      ['en-GB', 'en', 'what language is the third one in?', 3, 'language'],
      ['es-ES', 'es', '¿cuánto dura el segundo?', 2, 'duration'],
      ['es-ES', 'es', '¿el segundo es gratis?', 2, 'cost'], // (the first is Bruxelles Formation's catalogue, a search: answered as such)
      ['de-DE', 'de', 'wie lange dauert der zweite?', 2, 'duration'],
      ['de-DE', 'de', 'gibt der erste ein Zertifikat?', 1, 'certificate'],
      ['de-DE', 'de', 'welches Niveau hat der dritte?', 3, 'level'],
      ['nl-BE', 'nl', 'is de tweede gratis?', 2, 'cost'], // (the first is Bruxelles Formation's catalogue, as in Spanish)
      ['nl-BE', 'nl', 'hoelang duurt de tweede?', 2, 'duration'],
      ['nl-BE', 'nl', 'wie biedt de derde aan?', 3, 'provider'],
      ['lb-LU', 'lb', 'ass deen éischten gratis?', 1, 'cost'],
      ['lb-LU', 'lb', 'wéi laang dauert deen zweeten?', 2, 'duration'],
      // found by a tester: ranks written with digits ("der 3.", "el 3º", "le 2e") and "long" got the whole description or a diploma
      ['de-DE', 'de', 'wie lange dauert der 3.?', 3, 'duration'],
      ['es-ES', 'es', '¿cuánto dura el 3º?', 3, 'duration'],
      ['fr-BE', 'fr', 'le 2e cest long ?', 2, 'duration'],
      ['fr-BE', 'fr', 'et le 3eme il dure combien de temps', 3, 'duration'],
    ] as const) {
      const { engine, s } = listed(locale, SALES[lang]);
      const item = s.lastItems![rank - 1];
      const facts = engine.deps.recommender.itemFacts(item.id, s.profile.region);
      expect(facts?.kind, `${question}: ${item.id}`).to.equal('course');
      const out = engine.handle(s, { text: question });
      expect(says(out), question).to.deep.equal([expectedKey(facts!, property, lang)]);
      expect(out.find((o) => o.type === 'say'), question).to.deep.include({ params: { ...(out.find((o) => o.type === 'say') as { params: object }).params, number: rank } });
      expect(out.map((o) => o.type), question).to.not.include('recommend');
      expect(asks(out), question).to.deep.equal(['followUp']);
    }
  });

  // found by a tester: these changed the equipment or the goal and rebuilt the list
  it('when a property asked of an item by its rank also reads like a profile value, then the item is answered and the profile stays', () => {
    for (const [locale, lang, question, key] of [
      ['fr-BE', 'fr', 'le premier je peux le faire sur mon tel ?', 'common:answers.item.format.'],
      ['de-DE', 'de', 'kriegt man beim 2. ein Zertifikat', 'common:answers.item.certificate.'],
      ['en-GB', 'en', 'can i do the second one on my mobile phone', 'common:answers.item.format.'],
      ['en-GB', 'en', 'is number 3 in english only', 'common:answers.languageItem'],
    ] as const) {
      const { engine, s } = listed(locale, SALES[lang]);
      const before = { ...s.profile };
      const out = engine.handle(s, { text: question });
      expect(says(out).some((k) => k.startsWith(key)), `${question}: ${says(out).join(', ')}`).to.equal(true);
      expect(s.profile, question).to.deep.equal(before);
      expect(out.map((o) => o.type), question).to.not.include('recommend');
    }
  });

  it('when the catalogue does not give a property (no duration), then the answer says the provider does not say it', () => {
    const { engine, s } = listed('en-GB', SALES.en);
    const rank = s.lastItems!.findIndex((i) => i.kind === 'course' && engine.deps.recommender.itemFacts(i.id)?.durationHours === null) + 1;
    expect(rank).to.be.greaterThan(0);
    const ordinal = ['first', 'second', 'third', 'fourth', 'fifth'][rank - 1];
    expect(says(engine.handle(s, { text: `how long does the ${ordinal} one take?` }))).to.deep.equal(['common:answers.item.durationUnknown']);
  });

  it('when a language is asked of an item ("¿el tercero está en español?"), then whether it is in it is answered, not its description', () => {
    const { engine, s } = listed('es-ES', SALES.es);
    const third = s.lastItems![2];
    const out = engine.handle(s, { text: '¿el tercero está en español?' });
    expect(says(out)).to.deep.equal([third.languages!.includes('es') ? 'common:answers.languageItemYes' : 'common:answers.languageItemNo']);
  });

  it('when the person says after the list which language they want the courses in ("I want French ones"), then the list comes again with courses in it only, and stays so', () => {
    const { engine, s } = listed('en-GB', SALES.en);
    expect(s.lastItems!.some((i) => !i.languages!.includes('fr'))).to.equal(true);
    const out = engine.handle(s, { text: 'the 3rd is in english, i want french ones' });
    expect(says(out)).to.include('recommend:onlyIn');
    expect(says(out)).to.not.include('common:answers.languageItemYes');
    const items = recommended(out);
    expect(items).to.not.have.length(0);
    for (const item of items) expect(item.languages, item.id).to.include('fr');
    expect(s.onlyIn).to.equal('fr');
    expect(s.language).to.equal('en');
    expect(asks(out)).to.deep.equal(['followUp']);
    for (const item of recommended(engine.handle(s, { text: 'anything else?' }))) expect(item.languages, item.id).to.include('fr');
  });

  it('when the language the chat is already in is asked for after the list ("en français"), then the list comes again in it only, no language switch', () => {
    const { engine, s } = listed('fr-BE', SALES.fr);
    expect(s.lastItems!.some((i) => !i.languages!.includes('fr'))).to.equal(true);
    const out = engine.handle(s, { text: 'en français' });
    expect(says(out)).to.not.include('common:languageChanged');
    expect(says(out)).to.include('recommend:onlyIn');
    const items = recommended(out);
    expect(items).to.not.have.length(0);
    for (const item of items) expect(item.languages, item.id).to.include('fr');
  });

  it('when no course fitting the person is in the language wanted, then it is said and the list stays', () => {
    const { engine, s } = listed('en-GB', SALES.en);
    const shown = s.lastItems!.map((i) => i.id);
    const out = engine.handle(s, { text: 'I want Polish ones' });
    expect(says(out)).to.deep.equal(['recommend:noneInLanguage']);
    expect(s.onlyIn).to.equal(undefined);
    expect(s.lastItems!.map((i) => i.id)).to.deep.equal(shown);
    expect(asks(out)).to.deep.equal(['followUp']);
  });

  it('when the person asks after the list for "only the ones in French" in words that also read as a switch of language, then the list comes again with courses in French, the chat stays in its language', () => {
    const cases: Array<[string, string, string, string]> = [
      ['en-GB', SALES.en, 'only the ones in French please', 'en'],
      ['de-DE', SALES.de, 'nur die auf Französisch bitte', 'de'],
      ['es-ES', SALES.es, 'solo los que están en inglés', 'es'],
      ['nl-BE', SALES.nl, 'alleen die in het Frans aub', 'nl'],
      ['de-DE', SALES.de, 'nur Kurse auf Französisch bitte', 'de'],
      ['es-ES', SALES.es, 'quiero solo cursos en inglés', 'es'],
      ['en-GB', SALES.en, 'just courses in French please', 'en'],
    ];
    for (const [locale, first, text, lang] of cases) {
      const { engine, s } = listed(locale, first);
      const interest = s.profile.interest;
      const out = engine.handle(s, { text });
      expect(says(out), text).to.include('recommend:onlyIn');
      expect(says(out), text).to.not.include('common:languageChanged');
      expect(s.language, text).to.equal(lang);
      expect(s.onlyIn, text).to.equal(text.includes('inglés') ? 'en' : 'fr');
      expect(s.profile.interest, text).to.equal(interest);
    }
    // a request to speak another language is still a switch
    const { engine, s } = listed('en-GB', SALES.en);
    engine.handle(s, { text: 'can you speak French please' });
    expect(s.language).to.equal('fr');
    expect(s.onlyIn).to.equal(undefined);
  });

  // found by testers (issue 8): after "only the ones in French" each Why line still said "careful: it is only in French"
  it('when the person asked for the items in one language, then no item of the new list warns that it is in that language, before or after "more"', () => {
    const cases: Array<[string, string, string, string]> = [
      ['fr-BE', SALES.fr, 'seulement ceux en anglais', 'en'],
      ['en-GB', SALES.en, 'only the ones in French please', 'fr'],
      ['de-DE', SALES.de, 'nur die auf Französisch', 'fr'],
      ['nl-BE', SALES.nl, 'alleen die in het Frans', 'fr'],
      ['es-ES', SALES.es, 'solo los que están en francés', 'fr'],
    ];
    for (const [locale, first, text, wanted] of cases) {
      const { engine, s } = listed(locale, first);
      const warned = (items: ReturnType<typeof recommended>) => items.filter((i) => i.reasons.some((r) =>
        (r.code === 'other-language' && String(r.params?.langs).split(',').includes(wanted)) || (r.code === 'not-translated' && r.params?.language === wanted)));
      const items = recommended(engine.handle(s, { text }));
      expect(items, text).to.not.have.length(0);
      expect(s.onlyIn, text).to.equal(wanted);
      expect(warned(items).map((i) => i.id), text).to.deep.equal([]);
      expect(warned(recommended(engine.handle(s, { text: locale.startsWith('fr') ? 'autre chose ?' : 'more' }))).map((i) => i.id), text).to.deep.equal([]);
    }
  });
});
