import { expect } from 'chai';
import { FakePlatform, shownText, type RecordedCall } from '../helpers/fakePlatform';
import { TG, TelegramUser, telegramEnv } from '../helpers/messagingUsers';
import { startTestApp, type RunningApp } from '../helpers/testApp';

const EN = { goal: 'I need to find a job', interest: 'websites', qualification: 'A levels', digitalSkills: "I'm ok with computers", equipment: 'a laptop and internet at home', availability: 'two hours a day', region: 'Luxembourg' };
const DE = { goal: 'ich möchte mich umschulen lassen', interest: 'Programmieren', qualification: 'Abitur', digitalSkills: 'sehr gut', equipment: 'PC und Internet', availability: 'zwei Stunden am Tag', region: 'Brüssel' };

async function orient(user: TelegramUser, answers: Record<string, string>): Promise<RecordedCall[]> {
  const all = await user.say('/start');
  for (let turn = 0; turn < 12; turn++) {
    const slot = (await user.record())?.session.pending?.slot;
    if (!slot || !(slot in answers)) break;
    all.push(...await user.say(answers[slot]));
  }
  return all;
}

describe('Telegram channel: webhook, orientation, exactly once, rendering (against a fake Bot API)', function () {
  this.timeout(120_000);
  let api: FakePlatform;
  let running: RunningApp;
  let chats = 7000;
  const person = (languageCode?: string) => new TelegramUser(running, api, ++chats, languageCode);

  before(async () => {
    api = await new FakePlatform().start();
    running = await startTestApp(telegramEnv(api), { channelRetry: { attempts: 8, baseMs: 5, maxMs: 40 } });
  });
  after(async () => { await running?.stop(); await api?.stop(); });

  it('when the secret token is missing or wrong, then 401 and nothing runs', async () => {
    const user = person('en');
    for (const secret of [null, '', 'wrong-secret-token-value', `${TG.SECRET}x`]) {
      const res = await user.post(user.update({ text: 'hello' }), secret);
      expect(res.status).to.equal(401);
    }
    await running.app.messagingIdle();
    expect(api.to(String(user.chatId))).to.deep.equal([]);
    expect(await user.record()).to.equal(undefined);
  });

  for (const [lang, code, answers, region] of [['en', 'en', EN, 'LU'], ['de', 'de', DE, 'BE-BRU']] as const) {
    it(`when a ${lang} speaker taps Start and goes through the whole orientation, then keyboards, plain text and recommendations with links`, async () => {
      const user = person(code);
      const calls = await orient(user, answers);
      const record = await user.record();
      expect(record!.session.profile).to.include({ language: lang, region });
      const texts = calls.map(shownText);
      expect(texts[0]).to.match(lang === 'en' ? /automated assistant/ : /automatischer Assistent|Assistent/);
      expect(texts.some((t) => /\/r\//.test(t)), 'a recommendation with its link').to.equal(true);
      for (const call of calls) {
        expect(call.path).to.equal(`/bot${TG.BOT_TOKEN}/sendMessage`);
        expect(call.body).to.not.have.property('parse_mode');
        expect(call.body.text.length).to.be.within(1, 4096);
        expect(call.body.link_preview_options).to.deep.equal({ is_disabled: true });
      }
      expect(calls.some((c) => Array.isArray(c.body.reply_markup?.keyboard)), 'questions come with a keyboard').to.equal(true);
    });
  }

  it('when the same update is delivered twice at once and again later, then it is handled exactly once', async () => {
    const user = person('en');
    await user.say('/start');
    const update = user.update({ text: 'I need to find a job' });
    const before = api.to(String(user.chatId)).length;
    const results = await Promise.all([user.post(update), user.post(update)]);
    expect(results.map((r) => r.status)).to.deep.equal([200, 200]);
    await running.app.messagingIdle();
    const once = api.to(String(user.chatId)).length - before;
    expect(once).to.be.greaterThan(0);
    await user.post(update);
    await running.app.messagingIdle();
    expect(api.to(String(user.chatId)).length - before).to.equal(once);
  });

  it('when updates come out of order, then each is handled once, in the order they arrived', async () => {
    const user = person('en');
    await user.say('/start');
    const later = user.update({ text: 'A levels' }, 900_002);
    const earlier = user.update({ text: 'I need to find a job' }, 900_001);
    await user.post(later);
    await user.post(earlier);
    await running.app.messagingIdle();
    const said = (await user.record())!.transcript.filter((e) => e.from === 'user').map((e) => e.text);
    expect(said).to.deep.equal(['A levels', 'I need to find a job']);
  });

  it('when the Bot API answers 429 with retry_after, then the message is retried and arrives', async () => {
    const user = person('en');
    const tooMany = { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } };
    api.failNext.push(tooMany, tooMany, tooMany, { status: 502, body: { ok: false, error_code: 502, description: 'Bad Gateway' } });
    const calls = await user.say('/start');
    expect(calls.length).to.be.greaterThan(0);
    expect(shownText(calls[0])).to.match(/automated assistant/);
  });

  it('when the person sends a voice note or a photo, then a kind reply in their language and the question again', async () => {
    const user = person('de');
    await user.say('/start');
    const asked = (await user.record())!.session.pending?.slot;
    const calls = await user.send({ voice: { duration: 4, mime_type: 'audio/ogg', file_id: 'AwACAgQAAxkBAAIBY2', file_unique_id: 'AgADrQ', file_size: 12040 } });
    expect(shownText(calls[0])).to.match(/Sprachnachrichten/);
    expect(calls.length).to.be.greaterThan(1);
    expect((await user.record())!.session.pending?.slot).to.equal(asked);
    const photo = await user.send({ photo: [{ file_id: 'AgACAgQ', file_unique_id: 'AQAD', width: 90, height: 67, file_size: 1200 }], caption: 'mein Lebenslauf' });
    expect(shownText(photo[0])).to.match(/Bilder/);
  });

  it('when a location in Luxembourg is shared, then the region is Luxembourg', async () => {
    const user = person('en');
    await user.say('/start');
    await user.send({ location: { latitude: 49.6116, longitude: 6.1319 } });
    expect((await user.record())!.session.profile.region).to.equal('LU');
  });
});
