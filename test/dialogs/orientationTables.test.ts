import { expect } from 'chai';
import path from 'node:path';
import pino from 'pino';
import { TestAdapter, type Activity } from 'botbuilder';
import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { MemoryStore } from '../../bot/adapters/storage/memoryStore';

/**
 * Conversation tables run per locale through the SDK's TestAdapter (no HTTP): each step is what the user
 * says and the text keys the bot must answer with, rendered with that locale's `t`, so the wiring of texts
 * is tested here and their content by the locale parity test.
 */
interface Step { says: string; replies: string[] }
const TABLES: Record<string, { locale: string; steps: Step[] }> = {
  fr: { locale: 'fr-FR', steps: [
    { says: 'bonjour', replies: ['common:welcome', 'profile:ask.goal'] },
    { says: 'je veux trouver un travail', replies: ['profile:ask.interest'] },
    { says: 'zzzz', replies: ['common:notUnderstood', 'profile:ask.interest_retry'] },
    { says: 'qqqq', replies: ['common:notUnderstoodOfferHuman', 'profile:ask.interest_retry'] },
    { says: 'aide', replies: ['common:help', 'profile:ask.interest_retry'] },
    { says: 'la bureautique', replies: ['profile:ask.qualification'] },
  ] },
  en: { locale: 'en-US', steps: [
    { says: 'hello', replies: ['common:welcome', 'profile:ask.goal'] },
    { says: 'I want to change career', replies: ['profile:ask.interest'] },
    { says: 'start again', replies: ['common:restarted', 'profile:ask.goal'] },
    { says: 'find a job', replies: ['profile:ask.interest'] },
  ] },
  es: { locale: 'es-ES', steps: [
    { says: 'hola', replies: ['common:welcome', 'profile:ask.goal'] },
    { says: 'quiero crear mi empresa', replies: ['profile:ask.interest'] },
    { says: 'ayuda', replies: ['common:help', 'profile:ask.interest'] },
  ] },
  de: { locale: 'de-DE', steps: [
    { says: 'hallo', replies: ['common:welcome', 'profile:ask.goal'] },
    { says: 'ich suche Arbeit', replies: ['profile:ask.interest'] },
    { says: 'Hilfe', replies: ['common:help', 'profile:ask.interest'] },
  ] },
};

describe('Orientation tables per locale (TestAdapter)', function () {
  this.timeout(60000);
  let app: App;
  before(async () => {
    const config = loadConfig({ NODE_ENV: 'test' }, path.resolve(__dirname, '../..'));
    app = await buildApp(config, { logger: pino({ level: 'silent' }), store: new MemoryStore() });
    await app.warm();
  });
  after(async () => { await app.close(); });

  for (const [lang, table] of Object.entries(TABLES)) {
    it(`when a ${lang} conversation follows its table, then each reply is the expected text in ${lang}`, async () => {
      const t = app.translations.getT(lang);
      const adapter = new TestAdapter((context) => app.bot.run(context), { channelId: 'test', locale: table.locale } as Partial<Activity>);
      adapter.locale = table.locale;
      adapter.conversation.conversation = { id: `tables-${lang}-${Date.now()}`, isGroup: false, name: 'tables', conversationType: 'personal' };
      for (const step of table.steps) {
        const replies: string[] = [];
        await adapter.send(step.says).then(() => undefined);
        while (adapter.activeQueue.length > 0) {
          const a = adapter.activeQueue.shift()!;
          if (a.type === 'message') replies.push(a.text ?? '');
        }
        const expected = step.replies.map((key) => t(key));
        expect(replies.map((r) => r.split('\n')[0]), `after "${step.says}"`).to.deep.equal(expected.map((e) => e.split('\n')[0]));
      }
    });
  }
});
