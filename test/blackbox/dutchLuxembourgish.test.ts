import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { Conversation, startTestApp, type RunningApp, type TurnResult } from '../helpers/testApp';

/**
 * Issue 12: Dutch (Flemish) and Luxembourgish are full languages. Whole conversations through POST /api/messages,
 * from a first message in the language to the recommendations, with nothing shown in another language except a
 * course's own texts, which then carry the reason that says so; and a switch to nl and lb mid-conversation.
 */
const LOCALES = path.join(__dirname, '..', '..', 'locales');
const KNOWLEDGE = path.join(__dirname, '..', '..', 'knowledge');

/** The catalogue's own texts (titles, summaries) of an item, in every language it has. */
function catalogueTexts(id: string): string[] {
  const read = (file: string, key: string): Array<{ id: string; title: Record<string, string>; summary: Record<string, string> }> =>
    JSON.parse(fs.readFileSync(path.join(KNOWLEDGE, file), 'utf8'))[key];
  const item = [...read('courses.json', 'courses'), ...read('support.json', 'support')].find((i) => i.id === id);
  return item ? [...Object.values(item.title), ...Object.values(item.summary)] : [];
}

/** Every UI text of a language, placeholders and nesting removed. */
function uiTexts(lng: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  for (const file of fs.readdirSync(path.join(LOCALES, lng))) walk(JSON.parse(fs.readFileSync(path.join(LOCALES, lng, file), 'utf8')));
  return out;
}

/**
 * Sentences of the other languages' UI (three words or more, cut at placeholders) that are not also texts of `lng`:
 * none may be shown to a person reading `lng`.
 */
function foreignSentences(lng: string): string[] {
  const own = new Set(uiTexts(lng).flatMap((t) => t.split(/\{\{[^}]*\}\}|\$t\([^)]*\)/)).map((s) => s.trim()));
  return ['fr', 'en', 'es', 'de', 'nl', 'lb'].filter((l) => l !== lng).flatMap(uiTexts)
    .flatMap((t) => t.split(/\{\{[^}]*\}\}|\$t\([^)]*\)|\n/)).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3 && !own.has(s));
}

/** Everything a person sees in a turn: messages, card titles, texts and buttons, suggested actions. */
function shown(result: TurnResult): string {
  return result.activities.filter((a) => a.type === 'message').flatMap((a) => [
    a.text ?? '',
    ...(a.suggestedActions?.actions ?? []).map((x) => x.title),
    ...(a.attachments ?? []).flatMap((att) => [att.content?.title, att.content?.subtitle, att.content?.text, ...(att.content?.buttons ?? []).map((b: { title: string }) => b.title)]),
  ]).filter(Boolean).join('\n');
}

interface Person { lng: string; who: string; locale?: string; first: string; answers: Record<string, string>; notTranslated: RegExp; why: RegExp }

const PEOPLE: Person[] = [
  {
    lng: 'nl', who: 'a Flemish jobseeker in Ghent who wants to work in sales, with only a phone', locale: 'nl-BE', first: 'Goeiedag, ik zoek werk in de verkoop',
    answers: { goal: 'werk vinden', interest: 'verkoop', qualification: 'diploma secundair onderwijs', digitalSkills: 'met wat hulp', equipment: 'alleen een gsm', availability: '10 uur per week', region: 'Gent' },
    notTranslated: /[dD]e uitleg hebben we alleen in het (Frans|Engels|Duits|Spaans)/, why: /^Waarom: /m,
  },
  {
    lng: 'lb', who: 'a Luxembourgish jobseeker who wants to work in sales, with a computer', first: 'Moien, ech sichen eng Aarbecht am Verkaf',
    answers: { goal: 'eng Aarbecht fannen', interest: 'Verkaf', qualification: 'ech hunn de Bac', digitalSkills: 'mat e bësse Hëllef', equipment: 'e Computer mat Internet', availability: '10 Stonnen d\'Woch', region: 'Lëtzebuerg' },
    notTranslated: /[dD]'Beschreiwung hu mir nëmmen op (Franséisch|Englesch|Däitsch|Spuenesch)/, why: /^Firwat: /m,
  },
];

describe('Dutch and Luxembourgish, whole conversations through /api/messages (black box, issue 12)', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  for (const person of PEOPLE) {
    it(`when ${person.who} (${person.lng}) writes first in their language, then everything is in it up to the recommendations`, async () => {
      const foreign = foreignSentences(person.lng);
      const conv = new Conversation(running.url, person.locale);
      const welcome = await conv.join();
      // Before anything is typed, only the channel's locale tells the language (none here for lb: the default's welcome).
      const seen: string[] = person.locale ? [shown(welcome)] : [];
      let last: TurnResult = await conv.say(person.first);
      seen.push(shown(last));
      expect(last.profile?.language, 'the language read in the first message').to.equal(person.lng);
      last = await conv.answerUntilRecommendations(last, person.answers, 12, (turn) => seen.push(shown(turn)));
      expect(last.recommendations, 'recommendations reached').to.not.equal(undefined);
      expect(conv.lastProfile, 'every answer read').to.include.keys('goal', 'field', 'eqfLevel', 'digitalSkills', 'equipment', 'hoursPerWeek', 'region');
      const items = last.recommendations!.items;
      // fewer items rather than fill: the Flemish shop worker with a phone gets the Digibanken and VDAB's sales search
      // (no sales course in Dutch), since VDAB's information-security course, which assumes ease, left the list (rec23)
      expect(items.length).to.be.within(2, 5);
      const cards = last.activities.flatMap((a) => a.attachments ?? []);
      expect(cards.length, 'items shown as cards').to.be.at.least(items.length);
      const text = shown(last);
      expect(text).to.match(person.why);
      // A course or service without texts in the person's language is shown in its own, and its card says so.
      const untranslated = items.filter((i) => i.reasons.includes('not-translated'));
      if (untranslated.length > 0) expect(text, text).to.match(person.notTranslated);
      let all = seen.join('\n');
      for (const item of untranslated) for (const own of catalogueTexts(item.id)) all = all.split(own).join('');
      const leaks = foreign.filter((s) => all.includes(s));
      expect(leaks, 'texts of another language shown').to.deep.equal([]);
    });
  }

  // found chatting (QA round 5): over five English courses, "zijn die cursussen in het Nederlands?" got "Ik toon eerst
  // cursussen in uw taal" (untrue, and "u" in a chat that says "je")
  it('when a Dutch speaker asks whether the courses shown are in Dutch and none is, then the bot says so plainly, with "je"', async () => {
    const conv = new Conversation(running.url, 'nl-BE');
    await conv.join();
    const first = await conv.say('ik zoek werk als webontwikkelaar in Gent, ik heb een bachelor, ik ben goed met computers, ik heb een laptop, 10 uur per week');
    expect(first.recommendations!.items.some((i) => i.languages.includes('nl')), 'no Dutch course shown').to.equal(false);
    const answer = (await conv.say('zijn die cursussen in het Nederlands?')).texts.join('\n');
    expect(answer, answer).to.include('Geen van deze suggesties is in het Nederlands.');
    expect(answer, answer).to.not.match(/\b(uw|u)\b/);
  });

  for (const [lng, ask, name] of [['nl', 'Nederlands', 'Nederlands'], ['lb', 'Lëtzebuergesch', 'Lëtzebuergesch']]) {
    it(`when a person switches to ${name} mid-conversation, then the bot goes on in it and keeps every answer`, async () => {
      const conv = new Conversation(running.url, 'fr-BE');
      await conv.join();
      await conv.say('je cherche un emploi');
      const before = await conv.say('la bureautique');
      expect(before.profile?.interest).to.equal('office');
      const switched = await conv.say(ask);
      expect(switched.profile?.language).to.equal(lng);
      expect(switched.profile?.goal).to.equal('find-job');
      expect(switched.profile?.interest).to.equal('office');
      const leaks = foreignSentences(lng).filter((s) => shown(switched).includes(s));
      expect(leaks).to.deep.equal([]);
      expect(shown(switched)).to.contain(JSON.parse(fs.readFileSync(path.join(LOCALES, lng, 'common.json'), 'utf8')).languageChanged);
    });
  }
});

const REQUESTS: Record<string, { locale: string; goal: string; person: string; yes: string; phone: string; time: string; phoneNumber: string }> = {
  nl: { locale: 'nl-BE', goal: 'werk vinden', person: 'ik wil met een medewerker spreken', yes: 'ja', phone: '0470 12 34 56', time: 'morgenvoormiddag', phoneNumber: '+32470123456' },
  lb: { locale: 'lb-LU', goal: 'eng Aarbecht fannen', person: 'ech wëll mat engem Beroder schwätzen', yes: 'jo', phone: '621 123 456', time: 'muer de Moien', phoneNumber: '+352621123456' },
};

describe('Dutch and Luxembourgish: a person and a callback (black box, issue 12)', function () {
  this.timeout(60000);

  describe('with an advisor on duty', () => {
    let running: RunningApp;
    before(async () => { running = await startTestApp({ OFFICE_HOURS: '24/7' }); running.app.desk.advisorSignedIn('test-advisor'); });
    after(async () => { await running.stop(); });

    for (const [lng, r] of Object.entries(REQUESTS)) {
      it(`when a ${lng} speaker asks for a person, then the request is queued in their language, said in it`, async () => {
        const c = new Conversation(running.url, r.locale);
        await c.join();
        await c.say(r.goal);
        const queued = await c.say(r.person);
        expect(queued.handoff).to.equal('queued');
        expect(foreignSentences(lng).filter((s) => shown(queued).includes(s))).to.deep.equal([]);
        const tickets = await running.app.handoff.list('queued');
        expect(tickets.find((t) => t.profile.goal === 'find-job' && t.language === lng)).to.not.equal(undefined);
      });
    }
  });

  describe('out of hours', () => {
    let running: RunningApp;
    before(async () => { running = await startTestApp(); });
    after(async () => { await running.stop(); });

    for (const [lng, r] of Object.entries(REQUESTS)) {
      it(`when a ${lng} speaker asks for a person, then a callback is offered and recorded, every question in their language`, async () => {
        const c = new Conversation(running.url, r.locale);
        await c.join();
        // where they live is asked first (for their service's contacts), in their language; the first option is Brussels
        const where = await c.say(r.person);
        expect(where.asks).to.deep.equal(['region']);
        const offer = await c.say('1');
        expect(offer.asks).to.deep.equal(['consent']);
        const turns = [where, offer, await c.say(r.yes), await c.say(r.phone)];
        expect(turns.map((t) => t.asks.at(-1))).to.deep.equal(['region', 'consent', 'phone', 'callbackTime']);
        const done = await c.say(r.time);
        expect(done.handoff).to.equal('callback-requested');
        const leaks = foreignSentences(lng).filter((s) => [...turns, done].map(shown).join('\n').includes(s));
        expect(leaks).to.deep.equal([]);
        const mine = (await running.app.handoff.list('callback-requested')).find((t) => t.callback?.phone === r.phoneNumber);
        // No date recogniser knows nl or lb yet (issue 12, item 5): the person's own words are kept for the advisor.
        expect(mine?.callback?.preferredTime).to.equal(r.time);
      });
    }
  });
});
