import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * Kinds of misreading of the ease with computers, found on the tuning halves of the evaluation sets, each checked
 * here in words written for the test.
 */
describe('Understanding: how at ease people say they are with computers', () => {
  const u = useUnderstanding();
  const asked = (text: string, lang: string) => u().understand(text, lang, { pending: 'digitalSkills' }).slots.digitalSkills;

  it('when someone says what they manage, then that a program or a computer is beyond them, then it is with help', () => {
    const said: Array<[string, string]> = [
      ['fr', 'les mails et internet ça va, mais powerpoint jamais utilisé'],
      ['en', "i'm fine with emails and the internet, but i've never touched word"],
      ['nl', 'surfen en mailen gaat goed, maar Excel heb ik nog nooit gebruikt'],
      ['es', 'me defiendo con el correo, pero el excel no lo he usado nunca'],
      ['lb', 'mailen geet gutt, mee Word hunn ech ni benotzt'],
    ];
    for (const [lang, text] of said) expect(asked(text, lang), text).to.equal('with-help');
    // a lack alone, or after another lack, stays none
    expect(asked("jamais touché un ordinateur, mais j'aimerais apprendre", 'fr')).to.equal('none');
    expect(asked('never used a computer', 'en')).to.equal('none');
  });

  it('when someone manages with the phone, then says the computer is so-so, then it is with help, not at ease', () => {
    const said: Array<[string, string]> = [
      ['fr', 'avec mon portable je me débrouille, mais le pc bof'],
      ['en', 'I manage fine on my phone but the computer, meh'],
      ['es', 'con el móvil me apaño bien, pero el ordenador depende'],
    ];
    for (const [lang, text] of said) expect(asked(text, lang), text).to.equal('with-help');
    // at ease and no computer says what one has: the rating stays
    expect(asked("je me débrouille bien mais je n'ai pas d'ordinateur", 'fr')).to.equal('autonomous');
  });

  it('when someone lists a few phone apps and says that is all, then it is with help', () => {
    const said: Array<[string, string]> = [
      ['fr', 'whatsapp et youtube, rien de plus'], ['en', 'texting and facebook, nothing more'],
      ['en', 'i do my whatsapp and my photos, that\'s about it'], ['es', 'facebook y whatsapp y poco más'],
      ['de', 'Fotos verschicken und WhatsApp, mehr nicht'], ['nl', 'whatsappen en youtube kijken, verder niks'],
      ['lb', 'WhatsApp a YouTube, dat ass alles'],
    ];
    for (const [lang, text] of said) expect(asked(text, lang), text).to.equal('with-help');
    // a phone said with "that's all" to the equipment question rates nothing
    const equipment = u().understand("just my phone, that's it", 'en', { pending: 'equipment' }).slots;
    expect(equipment.equipment).to.equal('smartphone-only');
    expect(equipment.digitalSkills).to.equal(undefined);
  });

  it('when someone says a relative does it for them, then it is with help, also beside a wish to learn', () => {
    expect(asked('mijn kleindochter doet dat allemaal voor mij', 'nl')).to.equal('with-help');
    expect(asked('meng Fra mécht dat fir mech', 'lb')).to.equal('with-help');
    const first = u().understand('I want to learn the computer, my son does my online forms for me', 'en').slots;
    expect(first.goal).to.equal('basics');
    expect(first.digitalSkills).to.equal('with-help');
  });

  it('when someone says in Spanish they never touched it, with its pronoun, then it is none', () => {
    expect(u().understand('tengo el graduado, y el ordenador no lo he tocado en mi vida', 'es', { pending: 'qualification' }).slots.digitalSkills)
      .to.equal('none');
    expect(asked('la computadora nunca la he usado', 'es')).to.equal('none');
  });

  it('when someone says they set up a server or a network themselves, then they are advanced', () => {
    const said: Array<[string, string]> = [
      ['fr', "j'ai configuré tout le réseau de la maison"], ['en', 'i set up our home server for the family photos'],
      ['es', 'he configurado la red de la oficina de mi tío'], ['de', 'ich habe für meinen Verein einen Server aufgesetzt'],
      ['nl', 'ik heb het netwerk van ons kantoortje ingericht'], ['lb', 'ech hunn eis Netzwierk doheem agericht'],
    ];
    for (const [lang, text] of said) expect(asked(text, lang), text).to.equal('advanced');
  });

  it('when a Luxembourgish speaker wants a topic "from the start", then it is the topic, not a restart', () => {
    const read = u().understand('Computer vun Ufank un', 'lb', { pending: 'interest' });
    expect(read.intent).to.equal('none');
    expect(read.slots.interest).to.equal('digital-basics');
    // asked alone, or with all of it, it still starts again
    expect(u().understand('vun Ufank un', 'lb').intent).to.equal('restart');
    expect(u().understand('w.e.g. alles vun Ufank un', 'lb').intent).to.equal('restart');
  });

  it('when a Flemish speaker names a shop by its "-zaak" or a Spanish speaker lifesaving, then the field is found', () => {
    expect(u().understand('ik zou graag in een speelgoedzaak werken', 'nl').slots.field).to.equal('D');
    expect(u().understand('me gustaría trabajar en socorrismo', 'es').slots.field).to.equal('G');
  });

  it('when a Flemish speaker says they do not know much about it, then it is with help', () => {
    expect(asked('ik weet er niet zoveel van', 'nl')).to.equal('with-help');
    expect(u().understand('alleen een gsm, en ik ken er niet veel van', 'nl').slots.digitalSkills).to.equal('with-help');
  });
});
