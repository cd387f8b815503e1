import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { expect } from 'chai';
import { buildApp, type App, type AppOptions } from '../../bot/app';
import { loadConfig, type Config } from '../../bot/config';

export interface RunningApp { app: App; url: string; config: Config; dataDir: string; stop(): Promise<void> }

/** Builds the real app (real SQLite in a temp dir, real knowledge and locales), listening on port 0. */
export async function startTestApp(env: Record<string, string> = {}, options: Partial<AppOptions> = {}): Promise<RunningApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orientation-test-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PORT: '0', ...env }, path.resolve(__dirname, '../..'));
  const app = await buildApp(config, { logger: pino({ level: 'silent' }), ...options });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  await app.warm();
  return {
    app, config, dataDir, url: `http://127.0.0.1:${port}`,
    async stop() { await app.close(); fs.rmSync(dataDir, { recursive: true, force: true }); },
  };
}

export interface BotActivity {
  type: string; text?: string; name?: string; value?: any; attachments?: any[];
  suggestedActions?: { actions: Array<{ title: string; value: string }> };
}

export interface TurnResult {
  status: number;
  activities: BotActivity[];
  texts: string[];
  asks: string[];
  profile?: Record<string, unknown>;
  /** The `orientation.understood` trace of this turn: what the bot read in the message. */
  understood?: { intent: string; slots: Record<string, unknown> };
  recommendations?: { match: 'good' | 'partial' | 'none'; items: Array<{ id: string; kind: string; topics: string[]; fields: string[]; languages: string[]; score: number; reasons: string[] }> };
  handoff?: string;
}

let counter = 0;

/** A user talking to the bot through POST /api/messages with expectReplies, on the emulator channel. */
export class Conversation {
  readonly id = `test-conv-${process.pid}-${++counter}-${Date.now()}`;
  private seq = 0;
  lastProfile: Record<string, unknown> = {};

  constructor(private readonly url: string, private readonly locale?: string, private readonly channelId = 'emulator', readonly userId = `user-${counter}`) {}

  join(): Promise<TurnResult> {
    return this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.userId }, { id: 'bot' }] });
  }

  /**
   * Answers each question the bot asks with `answers[slot]` until recommendations come (at most `maxTurns`),
   * asserting that a question is asked, that an answer exists for it and that each turn is a 200.
   */
  async answerUntilRecommendations(last: TurnResult, answers: Record<string, string>, maxTurns: number, onTurn?: (turn: TurnResult) => void): Promise<TurnResult> {
    for (let turn = 0; turn < maxTurns && !last.recommendations; turn++) {
      const slot = last.asks.at(-1);
      expect(slot, `a question is asked (turn ${turn}): ${last.texts.join(' / ')}`).to.be.a('string');
      expect(answers, `an answer for "${slot}"`).to.have.property(slot!);
      last = await this.say(answers[slot!]);
      expect(last.status).to.equal(200);
      onTurn?.(last);
    }
    return last;
  }

  say(text: string, extra: Record<string, unknown> = {}): Promise<TurnResult> {
    return this.post({ type: 'message', text, ...extra });
  }

  async post(activity: Record<string, unknown>, id = `${this.id}-a${++this.seq}`): Promise<TurnResult> {
    const body = {
      id, channelId: this.channelId, serviceUrl: this.url, conversation: { id: this.id }, from: { id: this.userId, role: 'user' },
      recipient: { id: 'bot', role: 'bot' }, locale: this.locale, deliveryMode: 'expectReplies', timestamp: new Date().toISOString(), ...activity,
    };
    const res = await fetch(`${this.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json().catch(() => ({}))) as { activities?: BotActivity[] };
    const activities = json.activities ?? [];
    const traces = activities.filter((a) => a.type === 'trace');
    const profiles = traces.filter((a) => a.name === 'orientation.profile');
    if (profiles.length > 0) this.lastProfile = profiles[profiles.length - 1].value;
    return {
      status: res.status,
      activities,
      texts: activities.filter((a) => a.type === 'message').map((a) => a.text ?? ''),
      asks: traces.filter((a) => a.name === 'orientation.ask').map((a) => a.value.slot),
      profile: profiles.length > 0 ? profiles[profiles.length - 1].value : undefined,
      understood: traces.find((a) => a.name === 'orientation.understood')?.value,
      recommendations: traces.find((a) => a.name === 'orientation.recommendations')?.value,
      handoff: traces.filter((a) => a.name === 'handoff.state').map((a) => a.value.state).pop(),
    };
  }
}
