import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** One real server process (`bot/index.ts`), as deployed: its own port and data directory, a shared database. */
export interface BotInstance {
  port: number;
  url: string;
  child: ChildProcess;
  /** Every JSON log line it wrote so far. */
  logs: Array<Record<string, unknown>>;
  /** Waits for the process to end after SIGTERM (graceful) or SIGKILL. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts the real server in a child process with `env` on top of a minimal environment, and resolves once
 * `/readyz` says 200 (knowledge loaded, language models warm).
 */
export async function startInstance(env: Record<string, string>, readyMs = 150_000): Promise<BotInstance> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-instance-'));
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bot/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) { try { logs.push(JSON.parse(line)); } catch { /* not JSON */ } }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const instance: BotInstance = {
    port, url, child, logs,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  for (const deadline = Date.now() + readyMs; ;) {
    if (child.exitCode !== null) throw new Error(`the instance stopped at start-up: ${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return instance;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { await instance.stop('SIGKILL'); throw new Error(`not ready in ${readyMs} ms: ${stderr.slice(-2000)}`); }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
