import { expect } from 'chai';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { Conversation, type RunningApp } from '../helpers/testApp';
import { FakePlatform } from '../helpers/fakePlatform';
import { TelegramUser, WhatsAppUser, telegramEnv, waPayload, whatsappEnv } from '../helpers/messagingUsers';

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

describe('No personal data in logs on the messaging apps (WhatsApp, Telegram)', function () {
  this.timeout(60000);
  const lines: string[] = [];
  let app: App;
  let url: string;
  let dataDir: string;
  let graph: FakePlatform;
  let botApi: FakePlatform;
  before(async () => {
    graph = await new FakePlatform().start();
    botApi = await new FakePlatform().start();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orientation-privacy-apps-'));
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, OFFICE_HOURS: '24/7', ...whatsappEnv(graph), ...telegramEnv(botApi) }, path.resolve(__dirname, '../..'));
    app = await buildApp(config, { logger: pino({ level: 'debug' }, sink), channelRetry: { attempts: 3, baseMs: 5, maxMs: 10 } });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await app.warm();
  });
  after(async () => { await app.close(); await graph.stop(); await botApi.stop(); fs.rmSync(dataDir, { recursive: true, force: true }); });

  it('when people write private things from WhatsApp and Telegram, then neither their words, number nor chat id reach the logs', async () => {
    const running = { app, url } as RunningApp;
    const wa = new WhatsAppUser(running, graph, '32471234567');
    const tg = new TelegramUser(running, botApi, 987654321, 'fr');
    await wa.say('je cherche du travail, je suis malade CANARYTEXT');
    await wa.post(waPayload(wa.phone, [{ type: 'text', text: { body: 'CANARYBADSIG' } }]), 'sha256=00');
    graph.failNext.push({ status: 429, body: { error: { message: '(#130429) Rate limit hit', code: 130429 } } });
    await wa.send({ type: 'audio', audio: { mime_type: 'audio/ogg; codecs=opus', id: '1003383421387256', voice: true } });
    await wa.say('je veux parler à un conseiller');
    await wa.say('supprimez mes données');
    await tg.say('/start');
    await tg.say('je suis malade CANARYTELEGRAM');
    await tg.say('supprimez mes données');
    const all = lines.join('');
    expect(all).to.match(/channel\.message/); // the turns were logged...
    expect(all).to.match(/channel\.send_retry/);
    expect(all).to.match(/channel\.bad_signature/);
    // ...without what was said, the phone number (in any form) or the Telegram chat id
    expect(all).to.not.match(/CANARY|malade|conseiller|32471234567|471 ?23 ?45 ?67|987654321/);
  });
});
