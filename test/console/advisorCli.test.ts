import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { SqliteStore } from '../../bot/adapters/storage/sqliteStore';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';

const ROOT = path.resolve(__dirname, '../..');

/** `npm run advisor -- ...` as an operator or a provisioning script runs it (password piped on stdin). */
function advisor(dataDir: string, args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bot/cli/advisor.ts', ...args], {
    cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test', DATABASE_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run advisor (command line)', function () {
  this.timeout(90_000); // child processes, a real browser or the whole app: slower than unit tests
  let dataDir: string;
  beforeEach(() => { dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-cli-')); });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('when a password is piped to "add", then the account is in the bot\'s store and signs in with it', async () => {
    const added = advisor(dataDir, ['add', 'Marie.Dupont'], 'un mot de passe assez long\n');
    expect(added.status, added.stderr).to.equal(0);
    expect(added.stdout + added.stderr).to.not.contain('un mot de passe assez long');
    expect(advisor(dataDir, ['list']).stdout).to.equal('marie.dupont\n');
    const store = new SqliteStore({ dataDir });
    try {
      expect((await new AdvisorAccounts(store).verify('marie.dupont', 'un mot de passe assez long'))?.name).to.equal('marie.dupont');
    } finally {
      await store.close();
    }
  });

  it('when the password is too short, the name exists or is invalid, then exit 1 with a reason and nothing changes', () => {
    expect(advisor(dataDir, ['add', 'bob'], 'short\n')).to.include({ status: 1 });
    expect(advisor(dataDir, ['add', 'bob'], 'a long enough password\n').status).to.equal(0);
    const again = advisor(dataDir, ['add', 'bob'], 'another long password\n');
    expect(again.status).to.equal(1);
    expect(again.stderr).to.contain('already exists');
    expect(advisor(dataDir, ['add', '../bob'], 'a long enough password\n').status).to.equal(1);
    expect(advisor(dataDir, ['list']).stdout).to.equal('bob\n');
  });

  it('when "passwd" and "remove" are used, then the password changes and the account goes', async () => {
    advisor(dataDir, ['add', 'bob'], 'a long enough password\n');
    expect(advisor(dataDir, ['passwd', 'bob'], 'a new long password\n').status).to.equal(0);
    expect(advisor(dataDir, ['passwd', 'nobody'], 'a new long password\n').status).to.equal(1);
    expect(advisor(dataDir, ['remove', 'bob']).status).to.equal(0);
    expect(advisor(dataDir, ['remove', 'bob']).status).to.equal(1);
    expect(advisor(dataDir, ['list']).stdout).to.equal('');
  });

  it('when the command line is wrong, then exit 2 with the usage', () => {
    for (const args of [[], ['add'], ['list', 'x'], ['delete', 'bob'], ['add', 'a', 'b']]) {
      const result = advisor(dataDir, args);
      expect(result.status, args.join(' ')).to.equal(2);
      expect(result.stderr).to.contain('usage: npm run advisor');
    }
  });
});
