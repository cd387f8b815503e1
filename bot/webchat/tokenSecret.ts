import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config';

export const SECRET_FILE = 'webchat-token-secret';

/**
 * The secret that signs web chat tokens: `WEBCHAT_TOKEN_SECRET` when set (required in production, checked by
 * the config), otherwise one generated once and kept in `DATA_DIR`, so that tokens held by open pages stay
 * valid across a restart of a local or test deployment.
 *
 * @remarks The file is created with mode 0600 and atomically (written aside, then hard-linked), so two processes
 * starting together agree on one secret. Several instances without a shared `DATA_DIR` must set the variable.
 */
export function resolveTokenSecret(config: Pick<Config, 'webChatTokenSecret' | 'dataDir'>, logger: Logger): string {
  if (config.webChatTokenSecret) return config.webChatTokenSecret;
  const file = path.join(config.dataDir, SECRET_FILE);
  fs.mkdirSync(config.dataDir, { recursive: true });
  if (!fs.existsSync(file)) createOnce(file, logger);
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file}: the web chat token secret is too short; delete the file to generate a new one`);
  return secret;
}

function createOnce(file: string, logger: Logger): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, randomBytes(48).toString('base64url'), { mode: 0o600 });
    fs.linkSync(temp, file); // atomic: fails with EEXIST if another process won the race
    logger.warn({ event: 'webchat.secret.generated' }, 'WEBCHAT_TOKEN_SECRET is not set: generated one in DATA_DIR (set it for several instances)');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
