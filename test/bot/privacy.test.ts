import { expect } from 'chai';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { Conversation } from '../helpers/testApp';

describe('No personal data in logs', function () {
  this.timeout(60000);
  const lines: string[] = [];
  let app: App;
  let url: string;
  let dataDir: string;
  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orientation-privacy-'));
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir }, path.resolve(__dirname, '../..'));
    app = await buildApp(config, { logger: pino({ level: 'debug' }, sink) });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await app.warm();
  });
  after(async () => { await app.close(); fs.rmSync(dataDir, { recursive: true, force: true }); });

  it('when a person writes private things and a phone number, then none of it reaches the logs', async () => {
    const c = new Conversation(url, 'fr-FR');
    await c.join();
    await c.say('je cherche du travail, je suis malade CANARYTEXT');
    await c.say('je veux parler à un conseiller');
    await c.say('oui');
    await c.say('0470 99 88 77');
    await c.say('demain matin');
    await c.say('supprimez mes données');
    const all = lines.join('');
    expect(lines.length).to.be.greaterThan(3); // the turns were logged...
    // ...without what was said (the phone number in any of its forms; a bare "470" could be a turn's duration)
    expect(all).to.not.match(/CANARYTEXT|malade|0470|470 ?99|99 ?88 ?77|conseiller/);
  });

  it('before the language models are warm, then /readyz answers 503 and /healthz 200', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir }, path.resolve(__dirname, '../..'));
    const cold = await buildApp(config, { logger: pino({ level: 'silent' }) });
    await new Promise<void>((resolve) => cold.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(cold.server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/readyz`)).status).to.equal(503);
      expect((await fetch(`${base}/healthz`)).status).to.equal(200);
      const r = await new Conversation(base, 'fr-FR').say('bonjour');
      expect(r.status).to.equal(503);
    } finally {
      await cold.close();
    }
  });
});
