import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { expect } from 'chai';
import type { Activity, DirectLine as DirectLineType } from 'botframework-directlinejs';
import { startTestApp, type RunningApp } from '../helpers/testApp';
import { DirectLineTokens } from '../../bot/webchat/tokens';
import { SECRET_FILE } from '../../bot/webchat/tokenSecret';
import { installBrowserGlobals } from './helpers/nodeDirectLine';

/**
 * The real bot through the official DirectLineJS client (the one inside Web Chat), in polling and in WebSocket
 * mode: what an agency's page really does, minus the rendering.
 */
describe('Web chat through botframework-directlinejs (real bot)', function () {
  this.timeout(120000);
  let running: RunningApp;
  let restore: () => void;
  let DirectLine: typeof DirectLineType;
  const sockets: Duplex[] = [];
  const clients: DirectLineType[] = [];

  before(async () => {
    restore = installBrowserGlobals();
    ({ DirectLine } = await import('botframework-directlinejs'));
    running = await startTestApp();
    running.app.server.server.on('upgrade', (_req, socket: Duplex) => sockets.push(socket));
  });
  after(async () => {
    for (const c of clients) c.end();
    await running.stop();
    restore();
  });

  async function token(): Promise<string> {
    const res = await fetch(`${running.url}/api/directline/token`, { method: 'POST' });
    return ((await res.json()) as { token: string }).token;
  }

  function connect(options: Record<string, unknown>): { dl: DirectLineType; seen: Activity[]; statuses: number[] } {
    const dl = new DirectLine({ domain: `${running.url}/v3/directline`, pollingInterval: 200, random: () => 0, ...options } as never);
    clients.push(dl);
    const seen: Activity[] = [];
    const statuses: number[] = [];
    dl.activity$.subscribe((a) => seen.push(a), () => undefined);
    dl.connectionStatus$.subscribe((s) => statuses.push(s));
    return { dl, seen, statuses };
  }

  const until = async (what: string, check: () => boolean, ms = 30000): Promise<void> => {
    for (const t0 = Date.now(); !check(); await new Promise((r) => setTimeout(r, 25))) if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
  };
  const botTexts = (seen: Activity[]): string[] => seen.filter((a) => a.from.role === 'bot' && a.type === 'message').map((a) => (a as { text?: string }).text ?? '');
  const send = (dl: DirectLineType, text: string, clientActivityID: string): Promise<string> =>
    new Promise((resolve, reject) => dl.postActivity({ type: 'message', from: { id: 'spoofed-user', role: 'user' }, text, locale: 'fr-FR', channelData: { clientActivityID } } as never).subscribe(resolve, reject));

  it('when a visitor asks a question and complains in the web chat, then it is answered, the question comes back, and a person is offered with buttons', async () => {
    const { dl, seen } = connect({ token: await token(), webSocket: true, conversationStartProperties: { locale: 'fr-FR' } });
    await until('the welcome', () => botTexts(seen).some((t) => /assistant automatique/.test(t)));
    await send(dl, 'je cherche un emploi', 'u-1');
    await until('the next question', () => botTexts(seen).some((t) => /domaine/i.test(t)));
    await send(dl, "c'est gratuit ?", 'u-2');
    await until('the answer', () => botTexts(seen).some((t) => /gratuits/.test(t)));
    await until('the question again', () => botTexts(seen).filter((t) => /domaine/i.test(t)).length >= 2);
    await send(dl, 'tu comprends rien', 'u-3');
    await until('the offer of a person', () => botTexts(seen).some((t) => /^Voulez-vous parler à une personne/.test(t)));
    const offer = seen.find((a) => /^Voulez-vous parler à une personne/.test((a as { text?: string }).text ?? ''))!;
    const titles = (offer as { suggestedActions?: { actions: Array<{ title: string }> } }).suggestedActions?.actions.map((a) => a.title);
    expect(titles).to.deep.equal(['Oui', 'Non']);
  });

  for (const mode of ['polling', 'websocket'] as const) {
    it(`when a visitor chats in ${mode} mode, then the welcome comes, their message is echoed with its clientActivityID and an id, and the bot answers`, async () => {
      const { dl, seen, statuses } = connect({ token: await token(), webSocket: mode === 'websocket', conversationStartProperties: { locale: 'fr-FR' } });
      await until('the welcome', () => botTexts(seen).some((t) => /assistant automatique/.test(t)));
      expect(statuses).to.include(2); // Online
      const id = await send(dl, 'je voudrais changer de métier', `c-${mode}`);
      await until('the next question', () => botTexts(seen).some((t) => /domaine/i.test(t)));
      const echo = seen.find((a) => (a.channelData as { clientActivityID?: string } | undefined)?.clientActivityID === `c-${mode}`)!;
      expect(echo.id).to.equal(id);
      expect(echo.from.id).to.match(/^dl_/); // the token's user, not the client's "spoofed-user"
      const question = seen.find((a) => /domaine/i.test((a as { text?: string }).text ?? ''))!;
      expect((question as { suggestedActions?: { actions: unknown[] } }).suggestedActions?.actions.length).to.be.at.least(3);
      expect(new Set(seen.map((a) => a.id)).size).to.equal(seen.length);
    });
  }

  it('when a whole orientation is typed over the stream, then recommendation cards arrive with http(s) links', async () => {
    const { dl, seen } = connect({ token: await token(), conversationStartProperties: { locale: 'fr-FR' } });
    await until('the welcome', () => botTexts(seen).length >= 2);
    const answers = ['je voudrais changer de métier', 'apprendre à programmer en python', "j'ai le bac", 'je me débrouille', 'un ordinateur avec internet', 'dix heures par semaine', 'Bruxelles'];
    for (const [i, answer] of answers.entries()) {
      const before = seen.length;
      await send(dl, answer, `o-${i}`);
      await until(`a reply to "${answer}"`, () => seen.slice(before).some((a) => a.from.role === 'bot'));
    }
    await until('the cards', () => seen.some((a) => ((a as { attachments?: unknown[] }).attachments ?? []).length >= 3));
    const cards = seen.flatMap((a) => (a as { attachments?: Array<{ contentType: string; content: { buttons: Array<{ type: string; value: string }> } }> }).attachments ?? []);
    expect(cards.every((c) => c.contentType === 'application/vnd.microsoft.card.hero')).to.equal(true);
    for (const button of cards.flatMap((c) => c.content.buttons)) {
      expect(button.type).to.equal('openUrl');
      expect(button.value).to.match(/^https?:\/\//);
    }
  });

  it('when the connection drops and an advisor writes meanwhile, then the client reconnects and gets each message exactly once', async () => {
    const { dl, seen, statuses } = connect({ token: await token(), conversationStartProperties: { locale: 'fr-FR' } });
    await until('the welcome', () => botTexts(seen).length >= 2);
    const conversationId = seen[0].conversation!.id;
    for (const s of sockets.splice(0)) s.destroy(); // the network drops
    await running.app.webChat.deliver(conversationId, [{ type: 'message', text: 'Conseillère Marie : je suis là.' }]);
    await until('the advisor message', () => botTexts(seen).includes('Conseillère Marie : je suis là.'), 40000);
    await send(dl, 'merci', 'after-drop');
    const replyTo = (a: Activity): string | undefined => (a as { replyToId?: string }).replyToId;
    await until('the reply after the drop', () => seen.some((a) => replyTo(a) !== undefined && replyTo(a) === seen.find((x) => (x.channelData as { clientActivityID?: string })?.clientActivityID === 'after-drop')?.id));
    expect(statuses.filter((s) => s === 2).length).to.be.at.least(1);
    const ids = seen.map((a) => a.id);
    expect(new Set(ids).size, 'no activity twice').to.equal(ids.length);
    expect(botTexts(seen).filter((t) => t === 'Conseillère Marie : je suis là.')).to.have.length(1);
  });

  it('when a page comes back with the conversation id and its watermark, then it gets exactly what it missed', async () => {
    const first = connect({ token: await token(), webSocket: false, conversationStartProperties: { locale: 'fr-FR' } });
    await until('the welcome', () => botTexts(first.seen).length >= 2);
    const conversationId = first.seen[0].conversation!.id;
    const { watermark, token: refreshed } = first.dl as unknown as { watermark: string; token: string }; // what a page would keep
    first.dl.end();
    await running.app.webChat.deliver(conversationId, [{ type: 'message', text: 'missed 1' }, { type: 'message', text: 'missed 2' }]);
    const second = connect({ token: refreshed, conversationId, watermark });
    await until('the missed messages', () => botTexts(second.seen).length >= 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(botTexts(second.seen)).to.deep.equal(['missed 1', 'missed 2']);
  });

  it('when the visitor asks to delete their data, then the bot erases the web chat history with its record', async () => {
    const { dl, seen } = connect({ token: await token(), webSocket: false, conversationStartProperties: { locale: 'fr-FR' } });
    await until('the welcome', () => botTexts(seen).length >= 2);
    await send(dl, "j'habite 12 rue des Lilas", 'private');
    await until('a reply', () => seen.some((a) => (a as { replyToId?: string }).replyToId === seen.find((x) => (x.channelData as { clientActivityID?: string })?.clientActivityID === 'private')?.id));
    await send(dl, 'supprimez mes données', 'erase');
    await until('the confirmation', () => botTexts(seen).some((t) => t.includes(require('../../locales/fr/common.json').erased.slice(0, 20))));
    const conversationId = seen[0].conversation!.id;
    const { token: current } = dl as unknown as { token: string };
    const res = await fetch(`${running.url}/v3/directline/conversations/${conversationId}/activities?watermark=0`, { headers: { authorization: `Bearer ${current}` } });
    const stored = ((await res.json()) as { activities: Array<{ text?: string }> }).activities.map((a) => a.text ?? '');
    expect(stored.join('\n')).to.not.contain('rue des Lilas');
    expect(stored).to.have.length(1);
  });

  it('when Web Chat sends a message with a file (upload), then the text is answered, the bot says it reads text only, and the message counts as sent', async () => {
    const files = http.createServer((_req, res) => { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.alloc(2048, 7)); });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    try {
      const { dl, seen } = connect({ token: await token(), webSocket: true, conversationStartProperties: { locale: 'fr-FR' } });
      await until('the welcome', () => botTexts(seen).some((t) => /assistant automatique/.test(t)));
      const contentUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/photo.png`;
      const id = await new Promise<string>((resolve, reject) => dl.postActivity({
        type: 'message', from: { id: 'spoofed-user', role: 'user' }, text: 'je cherche un emploi', locale: 'fr-FR',
        attachments: [{ contentType: 'image/png', contentUrl, name: 'photo.png' }], channelData: { clientActivityID: 'with-file' },
      } as never).subscribe(resolve, reject));
      expect(id).to.not.equal('retry');
      const textOnly = (require('../../locales/fr/webchat.json') as { textOnly: string }).textOnly;
      await until('the notice', () => botTexts(seen).includes(textOnly));
      await until('the next question', () => botTexts(seen).some((t) => /domaine/i.test(t)));
      const echo = seen.find((a) => a.id === id)!;
      expect((echo as { text?: string }).text).to.equal('je cherche un emploi');
      expect((echo as { attachments?: unknown[] }).attachments).to.equal(undefined);
    } finally {
      files.close();
    }
  });

  it('when the token is forged or expired, then the server answers 403 and DirectLineJS never goes online', async () => {
    const secret = fs.readFileSync(path.join(running.dataDir, SECRET_FILE), 'utf8');
    const expired = new DirectLineTokens(secret, 60, () => Date.now() - 3600_000).issue('c-expired', 'dl_x');
    const forged = new DirectLineTokens('x'.repeat(40), 1800).issue('c-forged', 'dl_x');
    for (const bad of [expired, forged]) {
      const res = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${bad}` } });
      expect(res.status).to.equal(403);
      const { statuses } = connect({ token: bad, webSocket: false });
      await until('a failure status', () => statuses.some((s) => s === 3 || s === 4));
      expect(statuses).to.not.include(2);
    }
  });
});
