import { expect } from 'chai';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

describe('Contact-centre handoff protocol (black box)', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp({ HANDOFF_TARGET: 'contact-centre' }); });
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

    const accepted = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'accepted' } });
    expect(accepted.handoff).to.equal('assigned');
    const quiet = await c.say('bonjour ?');
    expect(quiet.asks).to.be.empty; // the platform's agent answers, not the bot

    const completed = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'completed' } });
    expect(completed.handoff).to.equal('resolved');
    expect(completed.asks).to.deep.equal(['interest']);
    const back = await c.say('la bureautique');
    expect(back.profile).to.include({ interest: 'office' });
  });

  it('when the platform fails the handoff, then the person is offered a callback', async () => {
    const c = new Conversation(running.url, 'en-US');
    await c.join();
    await c.say('I want to talk to a person');
    const failed = await c.post({ type: 'event', name: 'handoff.status', value: { state: 'failed' } });
    expect(failed.handoff).to.equal('bot');
    expect(failed.asks).to.deep.equal(['consent']);
  });
});
