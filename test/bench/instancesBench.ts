import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createCluster } from '../../bot/adapters/cluster/createCluster';
import { KeyedSerialQueue } from '../../bot/domain/storage/keyedSerialQueue';
import { agent, fmt, percentile, ROOT, saturate, start, type Stats } from './bench';

/**
 * `npm run bench -- --instances N`: the same closed-loop orientation load on one instance on SQLite, one on
 * PostgreSQL and N on PostgreSQL behind a round-robin proxy (in this process), in one run; then what the
 * PostgreSQL turn lock and a live event cost per turn. On a small machine the point is the overhead and that
 * nothing fails, not scaling: N processes share the same cores.
 */
export async function instancesBench(n: number): Promise<void> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${process.pid}`;
  await sql(base, `CREATE SCHEMA "${schema}"`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const databaseUrl = url.toString();
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const bot = async (port: number, env: Record<string, string>): Promise<ChildProcess> => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orientation-bench-'));
    dirs.push(dataDir);
    const { child } = await start(path.join(ROOT, 'dist/bot/index.js'), port, { DATA_DIR: dataDir, HOST: '127.0.0.1', ...env });
    children.push(child);
    return child;
  };
  console.log(`Several instances: ${os.cpus().length} cores, Node ${process.version}; the standard saturation load (20 connections) per setup.`);
  const results: Array<[string, Stats]> = [];
  try {
    const sqlite = await bot(3990, {});
    await saturate(3990, sqlite, 'warmup-sqlite');
    results.push(['1 instance, SQLite', await saturate(3990, sqlite, 'sqlite')]);
    sqlite.kill('SIGTERM');

    const env = { DATABASE_URL: databaseUrl, WEBCHAT_TOKEN_SECRET: 'bench-shared-secret-of-at-least-32-characters' };
    const ports = Array.from({ length: n }, (_, i) => 3993 + i);
    const pg: ChildProcess[] = [await bot(ports[0], env)];
    await saturate(ports[0], pg[0], 'warmup-pg');
    results.push(['1 instance, PostgreSQL', await saturate(ports[0], pg[0], 'pg1')]);
    for (const port of ports.slice(1)) pg.push(await bot(port, env));
    // the balancer runs in a process of its own, as a real one would; the same through it to one instance first
    const proxyPort = 3989;
    const single = fork(path.join(ROOT, 'dist/test/bench/proxyServer.js'), [], { env: { ...process.env, PORT: String(proxyPort - 1), BACKENDS: String(ports[0]) }, stdio: 'inherit' });
    const proxy = fork(path.join(ROOT, 'dist/test/bench/proxyServer.js'), [], { env: { ...process.env, PORT: String(proxyPort), BACKENDS: ports.join(',') }, stdio: 'inherit' });
    children.push(single, proxy);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    results.push(['1 instance, PostgreSQL, via the proxy', await saturate(proxyPort - 1, pg[0], 'pg1p')]);
    await saturate(proxyPort, pg[0], 'warmup-pgN');
    results.push([`${n} instances, PostgreSQL, via the proxy`, await saturate(proxyPort, pg[0], 'pgN')]);

    console.log('\nSaturation (closed loop, 1,800 turns each; peak RSS is the first instance\'s)');
    for (const [label, stats] of results) console.log(`  ${label.padEnd(38)} ${fmt(stats)}`);
    console.log('\nPer-turn cost of the PostgreSQL parts, in this process (sequential, 2,000 each)');
    const costs = await clusterCosts(databaseUrl);
    for (const [label, c] of costs) console.log(`  ${label.padEnd(44)} p50 ${c.p50.toFixed(3).padStart(7)} ms  p99 ${c.p99.toFixed(3).padStart(7)} ms`);
  } finally {
    children.forEach((c) => c.kill('SIGTERM'));
    agent.destroy();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
    await sql(base, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
}

async function clusterCosts(databaseUrl: string): Promise<Array<[string, { p50: number; p99: number }]>> {
  const onError = (e: Error): void => { console.error(`cluster: ${e.message}`); };
  const a = await createCluster({ databaseUrl, onError });
  const b = await createCluster({ databaseUrl, onError });
  const local = new KeyedSerialQueue();
  const time = async (runs: number, once: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      await once(i);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((x, y) => x - y);
    return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
  };
  try {
    const queue = await time(2000, (i) => local.run(`k${i % 50}`, async () => undefined));
    const lock = await time(2000, (i) => a.turnLock.run(`k${i % 50}`, async () => undefined));
    const nested = await time(2000, (i) => a.turnLock.run(`k${i % 50}`, () => a.turnLock.run(`log${i % 50}`, async () => undefined)));
    let heard: (() => void) | undefined;
    b.events.subscribe('bench', () => heard?.());
    const event = await time(2000, () => new Promise<void>((resolve) => { heard = resolve; a.events.publish('bench', { at: Date.now() }); }));
    return [
      ['in-process queue (one instance), a turn', queue],
      ['PostgreSQL turn lock, a turn', lock],
      ['PostgreSQL turn lock, a web chat turn (2 locks)', nested],
      ['live event, published on A until heard on B', event],
    ];
  } finally {
    await a.close();
    await b.close();
  }
}

async function sql(connectionString: string, statement: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try { await client.query(statement); } finally { await client.end(); }
}
