import { expect } from 'chai';
import { readInbound } from '../../bot/webchat/inboundActivity';

describe('readInbound', () => {
  it('when Web Chat posts a message, then only text, locale and the clientActivityID are kept, never from or ids', () => {
    const r = readInbound({
      type: 'message', text: 'bonjour', locale: 'fr-FR', textFormat: 'plain', id: 'x', from: { id: 'someone-else', role: 'bot' },
      conversation: { id: 'other' }, channelId: 'emulator', serviceUrl: 'http://evil.example', channelData: { clientActivityID: 'c-1', clientTimestamp: '2026-01-01T00:00:00Z', extra: 1 },
    });
    expect(r).to.deep.equal({
      ok: true, clientActivityId: 'c-1', runsTurn: true,
      activity: { type: 'message', text: 'bonjour', locale: 'fr-FR', textFormat: 'plain', channelData: { clientActivityID: 'c-1', clientTimestamp: '2026-01-01T00:00:00Z' } },
    });
  });

  it('when the activity is not a message or event, has attachments, a bad locale or a huge value, then it is refused', () => {
    for (const body of [null, [], 'text', { type: 'conversationUpdate' }, { type: 'message', text: 'x', attachments: [{ contentType: 'image/png' }] },
      { type: 'message', text: 'x', locale: '<script>' }, { type: 'message', value: { big: 'x'.repeat(5000) } }, { type: 'message' },
      { type: 'message', text: 'x', channelData: { clientActivityID: 42 } }, { type: 'message', text: 3 }]) {
      expect(readInbound(body).ok, JSON.stringify(body).slice(0, 80)).to.equal(false);
    }
  });

  it('when a value is nested 20,000 deep (issue 13), then it is refused without a stack overflow (it was a 500)', () => {
    const value = JSON.parse(`${'['.repeat(20000)}1${']'.repeat(20000)}`);
    expect(readInbound({ type: 'message', value })).to.deep.equal({ ok: false, problem: '"value" is too large or nested too deeply' });
  });

  it('when a typing indicator arrives, then it is accepted without a turn', () => {
    expect(readInbound({ type: 'typing' })).to.deep.equal({ ok: true, activity: { type: 'typing' }, runsTurn: false });
  });
});
