import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's nginx (scripts/ensure-nginx.sh installs it before `npm test`); `NGINX_PATH` overrides it. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Debian's `nobody`: nginx runs as it when the tests run as root, so the test proves it needs no privilege. */
const NOBODY = 65534;

/** One line of the test's access log: which instance(s) nginx tried for a request, and what each answered. */
export interface Routed { method: string; uri: string; status: number; upstreams: string[]; upstreamStatuses: string[] }

export interface NginxProcess {
  url: string;
  child: ChildProcess;
  /** The access log so far, one entry a request (written when the request ends). */
  routed(): Routed[];
  /** The end of nginx's error log, for failure messages. */
  errors(): string;
  /** Stops nginx (master and workers) and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Runs `siteFile` (a server block and its upstream, as Debian's sites-enabled/ holds) in a real nginx of its
 * own: a temporary prefix for its configuration, logs, pid and temporary files, in the foreground, as a
 * non-root process. Only `listen 80;` and the upstream's `server <address>:<port>` lines are changed: to
 * `listenPort` and to the ports of `upstreamPorts`, one for one (the file must have as many as given).
 */
export async function startNginx(siteFile: string, listenPort: number, upstreamPorts: number[], readyMs = 15_000): Promise<NginxProcess> {
  const site = fs.readFileSync(siteFile, 'utf8');
  const listens = site.match(/^\s*listen 80;$/gm) ?? [];
  const servers = site.match(/^(\s*server )[\w.-]+:\d+( [^;]*)?;$/gm) ?? [];
  if (listens.length !== 1 || servers.length !== upstreamPorts.length) {
    throw new Error(`${siteFile}: expected one "listen 80;" and ${upstreamPorts.length} upstream "server" lines, found ${listens.length} and ${servers.length}`);
  }
  let next = 0;
  const templated = site
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${listenPort};`)
    .replace(/^(\s*server )[\w.-]+:\d+(( [^;]*)?;)$/gm, (_line, start: string, rest: string) => `${start}127.0.0.1:${upstreamPorts[next++]}${rest}`);

  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-test-'));
  fs.mkdirSync(path.join(prefix, 'temp'));
  fs.writeFileSync(path.join(prefix, 'site.conf'), templated);
  // Relative paths are the prefix's: nothing is written under /var/lib/nginx or /var/log/nginx.
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), [
    'worker_processes 1;',
    'events { worker_connections 512; }',
    'http {',
    '  client_body_temp_path temp/body; proxy_temp_path temp/proxy;',
    '  fastcgi_temp_path temp/fastcgi; uwsgi_temp_path temp/uwsgi; scgi_temp_path temp/scgi;',
    '  log_format routed \'$request_method $uri $status "$upstream_addr" "$upstream_status"\';',
    '  access_log access.log routed;',
    '  include site.conf;',
    '}',
    '',
  ].join('\n'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) for (const entry of ['', 'temp', 'site.conf', 'nginx.conf']) fs.chownSync(path.join(prefix, entry), NOBODY, NOBODY);

  const child = spawn(NGINX_PATH, ['-p', `${prefix}/`, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off; pid nginx.pid; error_log error.log;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // its own process group, so stopping it reaches the workers too
    detached: true,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const read = (file: string): string => { try { return fs.readFileSync(path.resolve(prefix, file), 'utf8'); } catch { return ''; } };
  const url = `http://127.0.0.1:${listenPort}`;
  const nginx: NginxProcess = {
    url, child,
    routed: () => read('access.log').split('\n').filter(Boolean).map((line) => {
      const [, method, uri, status, upstreams, statuses] = /^(\S+) (\S+) (\d+) "([^"]*)" "([^"]*)"$/.exec(line) ?? [];
      const list = (s = ''): string[] => (s === '-' || s === '' ? [] : s.split(/, | : /));
      return { method, uri, status: Number(status), upstreams: list(upstreams), upstreamStatuses: list(statuses) };
    }),
    errors: () => `${stderr}${read('error.log')}`.slice(-3000),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* gone */ }
        const late = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5000);
        await exited;
        clearTimeout(late);
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
  for (const deadline = Date.now() + readyMs; ;) {
    if (child.exitCode !== null) { const why = nginx.errors(); await nginx.stop(); throw new Error(`nginx stopped at start-up: ${why}`); }
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) {
        const uid = /^Uid:\s+(\d+)/m.exec(read(`/proc/${child.pid}/status`));
        if (uid?.[1] === '0') { await nginx.stop(); throw new Error('nginx runs as root: the test must show it needs no privilege'); }
        return nginx;
      }
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { const why = nginx.errors(); await nginx.stop(); throw new Error(`nginx not ready in ${readyMs} ms: ${why}`); }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
