import { expect } from 'chai';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

describe('Contact-centre handoff protocol (black box)', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp({ HANDOFF_TARGET: 'contact-centre', CONTACT_CENTRE_CHANNEL: 'emulator', CONTACT_CENTRE_FROM_ID: 'omnichannel-hub' }); });
  const PLATFORM = { from: { id: 'omnichannel-hub', role: 'bot' } };
  after(async () => { await running.stop(); });

  it('when a person asks for an advisor, then handoff.initiate carries the summary and transcript, and handoff.status is honoured', async () => {
    const c = new Conversation(running.url, 'fr-FR');
    await c.join();
    await c.say('trouver un emploi');
    const r = await c.say('je veux parler à un conseiller');
    expect(r.handoff).to.equal('queued');
    const initiate = r.activities.find((a) => a.type === 'event' && a.name === 'handoff.initiate');
    expect(initiate?.value).to.include({ goal: 'find-job', language: 'fr' });
    const transcript = initiate?.attachments?.find((x: { name?: string }) => x.name === 'Transcript');
    expect(transcript?.content.activities.map((e: { text: string }) => e.text)).to.include('trouver un emploi');

    const accepted = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'accepted' }, ...PLATFORM });
    expect(accepted.handoff).to.equal('assigned');
    const quiet = await c.say('bonjour ?');
    expect(quiet.asks).to.be.empty; // the platform's agent answers, not the bot

    const completed = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'completed' }, ...PLATFORM });
    expect(completed.handoff).to.equal('resolved');
    expect(completed.asks).to.deep.equal(['interest']);
    const back = await c.say('la bureautique');
    expect(back.profile).to.include({ interest: 'office' });
  });

  it('when the person (not the platform) sends handoff.status, then it is accepted and ignored: no one is locked out, nothing ends', async () => {
    const c = new Conversation(running.url, 'fr-FR');
    await c.join();
    await c.say('je veux parler à un conseiller');
    const forged = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'accepted' } });
    expect(forged.status).to.equal(200);
    expect(forged.handoff).to.equal(undefined);
    const otherChannel = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'completed' }, channelId: 'webchat', ...PLATFORM });
    expect(otherChannel.handoff).to.equal(undefined);
  });

  it('when the platform fails the handoff, then the person is offered a callback', async () => {
    const c = new Conversation(running.url, 'en-US');
    await c.join();
    await c.say('I want to talk to a person');
    const failed = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'failed' }, ...PLATFORM });
    expect(failed.handoff).to.equal('bot');
    expect(failed.asks).to.deep.equal(['consent']);
  });
});

describe('handoff.status without a contact centre (black box)', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  it('when HANDOFF_TARGET is the console, then a handoff.status event from anyone changes nothing', async () => {
    const c = new Conversation(running.url, 'en-US');
    await c.join();
    const asked = await c.say('I want to talk to a person');
    const before = asked.handoff;
    const forged = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'completed' }, from: { id: 'omnichannel-hub', role: 'bot' } });
    expect(forged.status).to.equal(200);
    expect(forged.handoff).to.equal(undefined);
    expect(before).to.be.oneOf(['queued', 'callback-offered', 'bot', undefined]);
  });
});
