import { expect } from 'chai';
import fs from 'node:fs';
import net from 'node:net';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

describe('Hardening (issue 13), black box through /api/messages', function () {
  this.timeout(60000);

  describe('a full reply cache', () => {
    let running: RunningApp;
    before(async () => { running = await startTestApp({ REPLY_CACHE_SIZE: '3' }); });
    after(async () => { await running.stop(); });

    it('when more turns are answered than the cache holds, then every turn still gets its answer and a re-delivery of a recent one the same replies', async () => {
      const conversations = Array.from({ length: 8 }, () => new Conversation(running.url, 'fr-FR'));
      for (const conversation of conversations) {
        await conversation.join();
        const turn = await conversation.say('je cherche un emploi');
        expect(turn.status, 'a turn after the cache is full').to.equal(200);
        expect(turn.texts.length).to.be.greaterThan(0);
      }
      const last = conversations[conversations.length - 1];
      const first = await last.post({ type: 'message', text: 'vente' }, `${last.id}-again`);
      const again = await last.post({ type: 'message', text: 'vente' }, `${last.id}-again`);
      expect(again.status).to.equal(200);
      expect(again.texts).to.deep.equal(first.texts);
    });
  });
});

describe('Hardening (issue 13): WebSocket upgrades on other paths', function () {
  this.timeout(60000);
  let running: RunningApp;
  before(async () => { running = await startTestApp(); });
  after(async () => { await running.stop(); });

  const openFiles = (): number => fs.readdirSync('/proc/self/fd').length;

  /** A raw upgrade request, as a scanner sends it; resolves with what the server answered (or '' if it never did). */
  const upgrade = (port: number, requestPath: string): Promise<string> => new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => { socket.destroy(); resolve(answer); }, 5000);
    socket.on('data', (chunk) => { answer += chunk.toString('latin1'); });
    socket.on('close', () => { clearTimeout(timer); resolve(answer); });
    socket.on('error', () => undefined);
    socket.write(`GET ${requestPath} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`);
  });

  it('when 300 upgrades ask for paths that are not the Direct Line stream, then each gets 404 and no descriptor is left open', async () => {
    const port = Number(new URL(running.url).port);
    const before = openFiles();
    const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => upgrade(port, i % 2 ? `/ws/${i}` : '/')));
    expect(answers.every((a) => a.startsWith('HTTP/1.1 404')), answers.find((a) => !a.startsWith('HTTP/1.1 404'))).to.equal(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(openFiles()).to.be.at.most(before + 5);
    expect((await fetch(`${running.url}/healthz`)).status).to.equal(200);
  });
});
