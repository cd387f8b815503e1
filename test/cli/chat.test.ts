import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** Runs the chat CLI from source with `args`, pointed at a port where nothing listens (it must not connect). */
function chat(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'bot/cli/chat.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 30000, input: '', env: { ...process.env, BOT_URL: 'http://127.0.0.1:9' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('chat CLI', function () {
  this.timeout(60000);

  // found by a tester: --help tried to connect to the bot
  it('when run with --help or -h, then it prints its usage (options, an example) and exits 0 without connecting', () => {
    for (const flag of ['--help', '-h']) {
      const run = chat(flag);
      expect(run.status, flag).to.equal(0);
      expect(run.stdout, flag).to.match(/^Usage: /);
      for (const option of ['--url', '--locale', '--traces', 'Example:']) expect(run.stdout, flag).to.include(option);
      expect(run.stdout + run.stderr, flag).to.not.match(/Cannot reach|Connected to/);
    }
  });

  it('when run with an unknown option or an option without its value, then it says so and exits 2 without connecting', () => {
    for (const args of [['--bogus'], ['--locale'], ['--url', '--traces']]) {
      const run = chat(...args);
      expect(run.status, args.join(' ')).to.equal(2);
      expect(run.stderr, args.join(' ')).to.match(/Unknown option: --bogus|needs a value/);
      expect(run.stdout + run.stderr, args.join(' ')).to.not.match(/Cannot reach|Connected to/);
    }
  });
});
