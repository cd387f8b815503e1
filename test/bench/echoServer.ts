import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino from 'pino';
import { KeyedSerialQueue } from '../../bot/domain/storage/keyedSerialQueue';
import { createServer } from '../../bot/http/server';

/**
 * The benchmark's baseline: a bare echo bot on the same restify server, route, validation, per-conversation
 * queue and CloudAdapter as the real bot, so the ratio measures what the orientation itself costs.
 */
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = createServer({
  adapter, queue: new KeyedSerialQueue(), logger: pino({ level: 'silent' }), isReady: () => true, acceptsActivities: true,
  serviceUrlAllowList: ['127.0.0.1', 'localhost'], maxBodyBytes: 64 * 1024,
  logic: async (context) => { if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text}`); },
});
server.listen(Number(process.env.PORT ?? 3991), '127.0.0.1', () => process.send?.('ready'));
