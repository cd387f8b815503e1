import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import restify from 'restify';
import { loadConfig, type Config } from '../../bot/config';
import { mountConsole, type MountedConsole } from '../../bot/console';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import type { KeyValueStore } from '../../bot/domain/storage/keyValueStore';
import { SqliteStore } from '../../bot/adapters/storage/sqliteStore';
import { FakeConsoleBackend } from './fakeConsoleBackend';

/** A clock tests move by hand. */
export class ManualClock {
  constructor(public ms = Date.now()) {}
  now = (): Date => new Date(this.ms);
  advance(minutes: number): void { this.ms += minutes * 60_000; }
}

export interface ConsoleServer {
  url: string; backend: FakeConsoleBackend; store: KeyValueStore; clock: ManualClock; config: Config;
  accounts: AdvisorAccounts; console: MountedConsole; dataDir: string;
  /** Creates an advisor account (password `${name}-password-1`). */
  addAdvisor(name: string): Promise<{ name: string; password: string }>;
  stop(): Promise<void>;
}

export interface ConsoleServerOptions {
  env?: Record<string, string>;
  /** Keep an existing data directory (a "restart"); default a new temp dir. */
  dataDir?: string;
  backend?: FakeConsoleBackend;
  clock?: ManualClock;
  /** Parse bodies with a server-wide restify bodyParser (as an app might); default true. */
  bodyParser?: boolean;
  timings?: { heartbeatMs?: number; sweepMs?: number };
  /** Where the console logs; default silent. */
  logger?: Logger;
}

/**
 * The console mounted on a bare restify server (port 0) over a {@link FakeConsoleBackend} and a real SQLite
 * store in a temp dir, with a manual clock: everything of the console is real, only the handoff side is faked.
 */
export async function startConsoleServer(options: ConsoleServerOptions = {}): Promise<ConsoleServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'console-test-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PORT: '0', ...options.env }, path.resolve(__dirname, '../..'));
  const clock = options.clock ?? new ManualClock();
  const backend = options.backend ?? new FakeConsoleBackend(clock.now);
  const store = new SqliteStore({ dataDir });
  const server = restify.createServer({ handleUncaughtExceptions: false });
  if (options.bodyParser !== false) server.use(restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false, mapFiles: false }));
  const mounted = mountConsole(server, { backend, store, config, logger: options.logger ?? pino({ level: 'silent' }), now: clock.now, timings: options.timings });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const accounts = new AdvisorAccounts(store, clock.now);
  return {
    url: `http://127.0.0.1:${port}`, backend, store, clock, config, accounts, console: mounted, dataDir,
    async addAdvisor(name) {
      const password = `${name}-password-1`;
      await accounts.add(name, password);
      return { name, password };
    },
    async stop() {
      await mounted.close();
      server.close();
      await store.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
