import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

/** Start-up: configuration → composition root → listen → warm language models → ready; graceful stop. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) { console.error(err.message); process.exit(2); }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  const app = await buildApp(config, { logger });
  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const address = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  logger.info({ event: 'listening', address, localMode: config.localMode, storage: config.databaseUrl ? 'postgres' : 'sqlite', agency: config.agency ?? 'all regions' },
    config.localMode ? `local mode: anonymous activities accepted on ${address} only (no MicrosoftAppId)` : `listening on ${address}`);
  void app.warm().then(() => {
    logger.info({ event: 'ready', ms: Date.now() - started }, `ready: POST ${address}/api/messages, or run "npm run chat"`);
  }, (err: Error) => {
    // A broken install (the language model missing from node_modules): never report ready.
    logger.error({ event: 'warm.failed', error: err.message }, `Cannot start: ${err.message}`);
    process.exit(1);
  });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'stopping', signal }, 'stopping: finishing turns in progress');
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: Error) => {
  // Start-up errors (invalid knowledge file, unreachable database) name their cause; no stack for operators.
  console.error(`Cannot start: ${err.message}`);
  process.exit(1);
});
