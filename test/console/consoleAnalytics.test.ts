import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { SqliteStore } from '../../bot/adapters/storage/sqliteStore';
import { AdvisorAccounts } from '../../bot/console/advisorAccounts';
import { ConsoleClient } from '../helpers/consoleClient';
import { Conversation, startTestApp, type RunningApp } from '../helpers/testApp';

const ROOT = path.resolve(__dirname, '../..');
const EN = { goal: 'find a job', interest: 'programming', qualification: 'a bachelor degree', digitalSkills: "I'm ok with computers", equipment: 'a laptop and internet at home', availability: '10 hours', region: 'Brussels' };
const today = (): string => new Date().toISOString().slice(0, 10);

describe('npm run advisor -- add NAME --role manager', function () {
  this.timeout(60_000);
  let dataDir: string;
  beforeEach(() => { dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-role-')); });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const advisor = (args: string[], input = '') => spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bot/cli/advisor.ts', ...args], {
    cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test', DATABASE_URL: '' },
  });

  it('when --role manager is given, then the account is a manager; without it an advisor; another role is a usage error', async () => {
    expect(advisor(['add', 'paul', '--role', 'manager'], 'a long enough password\n').status).to.equal(0);
    expect(advisor(['add', 'marie'], 'a long enough password\n').status).to.equal(0);
    expect(advisor(['add', 'zoe', '--role', 'admin'], 'a long enough password\n').status).to.equal(2);
    expect(advisor(['passwd', 'marie', '--role', 'manager'], 'a long enough password\n').status).to.equal(2);
    const store = new SqliteStore({ dataDir });
    try {
      const accounts = new AdvisorAccounts(store);
      expect(await accounts.roleOf('paul')).to.equal('manager');
      expect(await accounts.roleOf('marie')).to.equal('advisor');
      expect(await accounts.roleOf('zoe')).to.equal(undefined);
    } finally {
      await store.close();
    }
  });
});

/**
 * GET /console/api/analytics (and .csv) on the real app, after conversations driven through POST /api/messages in
 * this test: the figures are checked against what those conversations did.
 */
describe('console analytics API on the real app (figures, access, small counts, CSV)', function () {
  this.timeout(120_000);
  let running: RunningApp;
  let manager: ConsoleClient;
  let advisor: ConsoleClient;
  const asked = new Map<string, number>();
  let shownFirst: string;

  before(async () => {
    running = await startTestApp();
    const accounts = new AdvisorAccounts(running.app.store);
    await accounts.add('mia', 'mia-password-12', 'manager');
    await accounts.add('alice', 'alice-password-1');
    manager = new ConsoleClient(running.url);
    advisor = new ConsoleClient(running.url);
    expect((await manager.signIn('mia', 'mia-password-12')).body.role).to.equal('manager');
    expect((await advisor.signIn('alice', 'alice-password-1')).body.role).to.equal('advisor');
    const count = (slots: string[]) => { for (const s of new Set(slots)) if (!['followUp', 'change', 'confirm'].includes(s)) asked.set(s, (asked.get(s) ?? 0) + 1); };
    for (let i = 0; i < 5; i++) {
      const c = new Conversation(running.url, 'en-GB');
      const slots: string[] = [];
      let last = await c.join();
      slots.push(...last.asks);
      last = await c.answerUntilRecommendations(last, EN, 12, (t) => slots.push(...t.asks));
      count(slots);
      shownFirst = last.recommendations!.items[0].id;
    }
    const gardener = new Conversation(running.url, 'en-GB');
    const slots: string[] = [];
    let last = await gardener.join();
    slots.push(...last.asks);
    last = await gardener.answerUntilRecommendations(last, { ...EN, interest: 'gardener' }, 12, (t) => slots.push(...t.asks));
    expect(last.recommendations!.match).to.equal('none');
    count(slots);
    for (let i = 0; i < 5; i++) await fetch(`${running.url}/r/${shownFirst}`, { redirect: 'manual' });
    await running.app.analytics.flush();
  });
  after(async () => { await running?.stop(); });

  it('when a manager asks for today, then the figures are those of the conversations driven here', async () => {
    const res = await manager.get(`/console/api/analytics?from=${today()}&to=${today()}`);
    expect(res.status).to.equal(200);
    const f = res.body;
    expect(f.period).to.deep.equal({ from: today(), to: today() });
    expect(f).to.include({ conversations: 6, profileComplete: 6, recommended: 6, linksOpened: 5 });
    expect(f.languages).to.deep.equal({ en: 6 });
    expect(f.channels).to.deep.equal({ emulator: 6 });
    for (const q of f.questions) {
      expect(q.asked, q.slot).to.equal((asked.get(q.slot) ?? 0) >= 5 ? asked.get(q.slot) : null);
      expect(q.misunderstood, q.slot).to.equal(null); // none: 0 is hidden like 1 to 4
    }
    expect(f.questions.map((q: { slot: string }) => q.slot)).to.have.members([...asked.keys()]);
    expect(f.items.find((i: { id: string }) => i.id === shownFirst)).to.deep.equal({ id: shownFirst, shown: 5, opened: 5 });
    expect(f.handoffs).to.include({ requested: null, queued: null, claimed: null, callbacks: null });
  });

  it('when a count is under 5, then it is null: one unmet field, handoffs, waits', async () => {
    const f = (await manager.get('/console/api/analytics')).body;
    expect(f.unmetFields).to.deep.equal([{ field: 'A', count: null }]);
    expect(f.waits.claimed).to.deep.equal({ count: null, averageSeconds: null, maxSeconds: null });
    expect(JSON.stringify(f)).to.not.match(/:\s*[1-4][,}\]]/); // no published count between 1 and 4
  });

  it('when the period holds no event, then every count is hidden', async () => {
    const f = (await manager.get('/console/api/analytics?from=2020-01-01&to=2020-01-31')).body;
    expect(f).to.include({ conversations: null, profileComplete: null, recommended: null, linksOpened: null });
    expect(f.questions).to.deep.equal([]);
  });

  it('when an advisor (not a manager) or nobody asks, then 403 or 401, JSON and CSV alike', async () => {
    for (const p of ['/console/api/analytics', '/console/api/analytics.csv']) {
      const res = await advisor.get(p);
      expect(res.status, p).to.equal(403);
      expect(res.body).to.include({ error: 'forbidden' });
      expect((await new ConsoleClient(running.url).get(p)).status, p).to.equal(401);
    }
  });

  it('when the dates are not dates or the period is upside down, then 400', async () => {
    for (const q of ['from=2026-13-01', 'to=yesterday', 'from=2026-02-30', `from=${today()}&to=2020-01-01`, 'from=2000-01-01&to=2026-01-01']) {
      const res = await manager.get(`/console/api/analytics?${q}`);
      expect(res.status, q).to.equal(400);
      expect(res.body.error, q).to.match(/^bad_/);
    }
  });

  it('when the CSV is asked, then it holds the same figures, one per line, hidden ones empty', async () => {
    const res = await fetch(`${running.url}/console/api/analytics.csv?from=${today()}&to=${today()}`, { headers: { cookie: manager.cookie! } });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/csv/);
    expect(res.headers.get('content-disposition')).to.equal(`attachment; filename="analytics-${today()}-${today()}.csv"`);
    expect(res.headers.get('content-security-policy')).to.match(/default-src 'self'/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).to.equal('section,key,group,metric,value');
    expect(lines).to.include.members(['total,conversations,,count,6', 'total,linksOpened,,count,5', 'unmetField,A,,count,', 'language,en,,conversations,6',
      'channel,emulator,,conversations,6', `item,${shownFirst},,shown,5`, `item,${shownFirst},,opened,5`, 'handoffs,requested,,count,']);
  });
});
