import { expect } from 'chai';
import { FakePlatform, shownText, type RecordedCall } from '../helpers/fakePlatform';
import { WA, WhatsAppUser, sign, waPayload, whatsappEnv } from '../helpers/messagingUsers';
import { startTestApp, type RunningApp } from '../helpers/testApp';

const FR = { goal: 'je voudrais changer de metier', interest: "j'aimerais apprendre a coder en python", qualification: "j'ai un bac pro", digitalSkills: 'je me débrouille', equipment: 'un ordi portable avec la wifi', availability: 'vingt heures', region: "j'habite à Schaerbeek" };
const ES = { goal: 'quiero encontrar trabajo', interest: 'excel y word', qualification: 'tengo el bachillerato', digitalSkills: 'a veces necesito ayuda', equipment: 'solo el movil', availability: '10 horas a la semana', region: 'vivo en Paris' };

/** Answers whatever the bot asks (the pending question, read from the store) until it stops asking. */
async function orient(user: WhatsAppUser, first: string, answers: Record<string, string>): Promise<RecordedCall[]> {
  const all = await user.say(first);
  for (let turn = 0; turn < 12; turn++) {
    const slot = (await user.record())?.session.pending?.slot;
    if (!slot || !(slot in answers)) break;
    all.push(...await user.say(answers[slot]));
  }
  return all;
}

describe('WhatsApp channel: webhook, orientation, exactly once, rendering (against a fake Graph API)', function () {
  this.timeout(120_000);
  let api: FakePlatform;
  let running: RunningApp;
  let phones = 32470000000;
  const person = () => new WhatsAppUser(running, api, String(++phones));

  before(async () => {
    api = await new FakePlatform().start();
    running = await startTestApp(whatsappEnv(api), { channelRetry: { attempts: 8, baseMs: 5, maxMs: 40 } });
  });
  after(async () => { await running?.stop(); await api?.stop(); });

  it("when Meta verifies the webhook, then the challenge comes back with the right token and 403 with a wrong one", async () => {
    const ok = await fetch(`${running.url}/api/channels/whatsapp?hub.mode=subscribe&hub.verify_token=${WA.VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(ok.status).to.equal(200);
    expect(await ok.text()).to.equal('1158201444');
    const bad = await fetch(`${running.url}/api/channels/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444`);
    expect(bad.status).to.equal(403);
    expect(await bad.text()).to.not.include('1158201444');
  });

  it('when the signature is wrong, missing, or made over other bytes, then 401 and nothing runs', async () => {
    const user = person();
    const payload = waPayload(user.phone, [{ type: 'text', text: { body: 'bonjour' } }]);
    const body = JSON.stringify(payload);
    for (const signature of [null, 'sha256=00', sign(body, 'another-secret-entirely-000000000'), sign(JSON.stringify(payload, null, 1))]) {
      const res = await user.post(payload, signature);
      expect(res.status, String(signature)).to.equal(401);
      expect(await res.json()).to.have.property('error', 'unauthorized');
    }
    // the signature is over the raw bytes: escaped unicode as Meta sends it passes, and is not the same bytes as "é"
    const escaped = JSON.stringify(waPayload(user.phone, [{ type: 'text', text: { body: 'caf\u00e9' } }])).replace('é', '\\u00e9');
    const res = await fetch(`${running.url}/api/channels/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(escaped) }, body: escaped });
    expect(res.status).to.equal(200);
    await running.app.messagingIdle();
    expect(api.to(user.phone)).to.have.length.greaterThan(0); // only the correctly signed call ran
    expect((await user.record())!.transcript.filter((e) => e.from === 'user').map((e) => e.text)).to.deep.equal(['café']);
  });

  for (const [lang, first, answers, region] of [['fr', 'Bonjour', FR, 'BE-BRU'], ['es', 'Hola, buenos días', ES, 'FR']] as const) {
    it(`when a ${lang} speaker goes through the whole orientation on WhatsApp, then every answer is understood and recommendations come with links`, async () => {
      const user = person();
      const calls = await orient(user, first, answers);
      const record = await user.record();
      expect(record!.session.profile).to.include({ language: lang, region });
      expect(record!.session.profile).to.have.property('eqfLevel');
      const texts = calls.map(shownText);
      expect(texts.some((t) => /\/r\//.test(t)), 'a recommendation with its link').to.equal(true);
      for (const call of calls) {
        expect(call.path).to.equal(`/v23.0/${WA.PHONE_NUMBER_ID}/messages`);
        expect(call.body).to.include({ messaging_product: 'whatsapp', to: user.phone });
        expect(shownText(call).length).to.be.at.most(call.body.type === 'text' ? 4096 : 1024);
        expect(shownText(call)).to.not.match(/\*\*/);
        if (call.body.type === 'interactive' && call.body.interactive.type === 'button') {
          expect(call.body.interactive.action.buttons).to.have.length.at.most(3);
          for (const b of call.body.interactive.action.buttons) expect([...b.reply.title].length).to.be.at.most(20);
        }
        if (call.body.type === 'interactive' && call.body.interactive.type === 'list') {
          const rows = call.body.interactive.action.sections.flatMap((s: { rows: unknown[] }) => s.rows);
          expect(rows).to.have.length.at.most(10);
          for (const r of rows) expect([...r.title].length).to.be.at.most(24);
        }
      }
      // the welcome says what is kept on WhatsApp
      expect(texts.join('\n')).to.match(lang === 'fr' ? /numéro de téléphone/ : /número de teléfono/);
    });
  }

  it('when the person taps a reply button or a list row, then it answers like the words on it, and typed numbers work too', async () => {
    const user = person();
    const first = await user.say('Bonjour');
    const interactive = first.filter((c) => c.body.type === 'interactive').pop();
    expect(interactive, 'the question comes with buttons or a list').to.not.equal(undefined);
    const before = (await user.record())!.session.pending?.slot;
    const option = interactive!.body.interactive.type === 'button' ? interactive!.body.interactive.action.buttons[0].reply : interactive!.body.interactive.action.sections[0].rows[0];
    const kind = interactive!.body.interactive.type === 'button' ? 'button_reply' : 'list_reply';
    await user.send({ type: 'interactive', context: { from: WA.DISPLAY_NUMBER, id: 'wamid.previous' }, interactive: { type: kind, [kind]: { id: option.id, title: option.title } } });
    const after = (await user.record())!.session.pending?.slot;
    expect(after).to.not.equal(before);
    await user.say('1');
    expect((await user.record())!.session.pending?.slot).to.not.equal(after);
  });

  it('when the same message is delivered twice at once and again later, then it is handled exactly once', async () => {
    const user = person();
    await user.say('Bonjour');
    const message = { id: 'wamid.HBgLdup', type: 'text', text: { body: 'je voudrais changer de metier' } };
    const before = api.to(user.phone).length;
    const [a, b] = await Promise.all([user.post(waPayload(user.phone, [message])), user.post(waPayload(user.phone, [message]))]);
    expect([a.status, b.status]).to.deep.equal([200, 200]);
    await running.app.messagingIdle();
    const once = api.to(user.phone).length - before;
    expect(once).to.be.greaterThan(0);
    expect((await user.post(waPayload(user.phone, [message]))).status).to.equal(200);
    await running.app.messagingIdle();
    expect(api.to(user.phone).length - before).to.equal(once);
    expect((await user.record())!.transcript.filter((e) => e.text === message.text.body)).to.have.length(1);
  });

  it('when messages arrive out of order (in one call or two), then each is handled once, a batch in the order they were written', async () => {
    const user = person();
    await user.say('Bonjour');
    const now = Math.floor(Date.now() / 1000);
    await user.send(
      { type: 'text', text: { body: "j'ai un bac pro" }, timestamp: String(now + 2) },
      { type: 'text', text: { body: 'je voudrais changer de metier' }, timestamp: String(now + 1) },
    );
    const said = (await user.record())!.transcript.filter((e) => e.from === 'user').map((e) => e.text);
    expect(said.slice(-2)).to.deep.equal(['je voudrais changer de metier', "j'ai un bac pro"]);
    // a late, older message in a call of its own is still handled (once), and does not move the reply window back
    await user.send({ type: 'text', text: { body: 'vingt heures' }, timestamp: String(now - 600) });
    expect((await user.record())!.transcript.filter((e) => e.text === 'vingt heures')).to.have.length(1);
  });

  it('when the Graph API answers 429 and 5xx many times, then the replies are retried with backoff and all arrive, in order', async () => {
    const user = person();
    const rateLimited = { status: 429, body: { error: { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429, error_subcode: 2494055, fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam' } } };
    api.failNext.push(rateLimited, rateLimited, { status: 503, body: { error: { message: 'Service temporarily unavailable', code: 2 } } }, rateLimited, rateLimited);
    const refusedBefore = api.refused;
    const calls = await user.say('Bonjour');
    expect(api.refused - refusedBefore).to.equal(5);
    expect(calls.length).to.be.greaterThan(1);
    expect(shownText(calls[0])).to.match(/assistant automatique/); // the welcome first, then the rest in order
  });

  it('when the person sends a voice note, an image or a sticker, then a kind reply in their language and the question again', async () => {
    const user = person();
    await user.say('Hola, buenos días');
    const asked = (await user.record())!.session.pending?.slot;
    const calls = await user.send({ type: 'audio', audio: { mime_type: 'audio/ogg; codecs=opus', sha256: 'uOfiMqsBn4tMU9DXIKGjD/QsXy0tsTpvjWEvGyfXbAk=', id: '1003383421387256', voice: true } });
    expect(shownText(calls[0])).to.match(/mensajes de voz/);
    expect(calls.length).to.be.greaterThan(1); // the question comes again
    expect((await user.record())!.session.pending?.slot).to.equal(asked);
    const sticker = await user.send({ type: 'sticker', sticker: { mime_type: 'image/webp', sha256: 'abc', id: '2222', animated: false } });
    expect(shownText(sticker[0])).to.match(/pegatina/);
  });

  it('when the person shares a location in a served region, then it is their region', async () => {
    const user = person();
    await user.say('Bonjour');
    const calls = await user.send({ type: 'location', location: { latitude: 50.8466, longitude: 4.3528, name: 'Grand-Place', address: 'Bruxelles' } });
    expect((await user.record())!.session.profile.region).to.equal('BE-BRU');
    expect(calls.map(shownText).join('\n')).to.match(/Bruxelles/);
    const far = await user.send({ type: 'location', location: { latitude: 40.4168, longitude: -3.7038 } }); // Madrid
    expect(far.map(shownText).join('\n')).to.match(/pas dans une région/);
    expect((await user.record())!.session.profile.region).to.equal('BE-BRU');
  });

  it('when only status callbacks (sent, delivered, read) come, then 200 and nothing is sent', async () => {
    const user = person();
    const before = api.calls.length;
    const statuses = ['sent', 'delivered', 'read'].map((status) => ({ id: 'wamid.HBgLstatus', status, timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: user.phone }));
    const res = await user.post(waPayload(user.phone, [], statuses));
    expect(res.status).to.equal(200);
    await running.app.messagingIdle();
    expect(api.calls.length).to.equal(before);
    expect(await user.record()).to.equal(undefined);
  });

  it('when the person writes "delete my data", then the conversation and the phone number are erased', async () => {
    const user = person();
    await user.say('Bonjour');
    const erased = await user.say('supprimez mes données');
    expect(erased.map(shownText).join('\n')).to.match(/supprimé|effac/i);
    const rows = await running.app.store.read([`conversations/whatsapp/${encodeURIComponent(user.conversationId)}/whatsapp-contact`]);
    expect(rows).to.deep.equal({});
    expect(await user.record()).to.equal(undefined);
  });

  it('when retention purges old conversations, then the phone number goes with them (it lives under the conversation)', async () => {
    const user = person();
    await user.say('Bonjour');
    const contactKey = `conversations/whatsapp/${encodeURIComponent(user.conversationId)}/whatsapp-contact`;
    expect(Object.keys(await running.app.store.read([contactKey]))).to.deep.equal([contactKey]);
    // what the hourly housekeeping does with RETENTION_DAYS, here with a cutoff just after now
    await running.app.store.purgeOlderThan('conversations/', new Date(Date.now() + 1000));
    expect(await running.app.store.read([contactKey])).to.deep.equal({});
  });
});
