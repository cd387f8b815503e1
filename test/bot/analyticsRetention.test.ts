import path from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../bot/config';
import { startTestApp, type RunningApp } from '../helpers/testApp';

const ROOT = path.resolve(__dirname, '../..');
const MONTH = 30 * 86_400_000;

describe('Analytics retention (ANALYTICS_RETENTION_MONTHS)', function () {
  this.timeout(60_000);

  it('when nothing is set, then events are kept 13 months; 1 to 120 are accepted, anything else stops start-up', () => {
    expect(loadConfig({ NODE_ENV: 'test' }, ROOT).analyticsRetentionMonths).to.equal(13);
    expect(loadConfig({ NODE_ENV: 'test', ANALYTICS_RETENTION_MONTHS: '24' }, ROOT).analyticsRetentionMonths).to.equal(24);
    for (const bad of ['0', '121', 'a year']) {
      expect(() => loadConfig({ NODE_ENV: 'test', ANALYTICS_RETENTION_MONTHS: bad }, ROOT), bad).to.throw(/ANALYTICS_RETENTION_MONTHS/);
    }
  });

  describe('in the housekeeping of the real app', () => {
    let running: RunningApp;
    before(async () => { running = await startTestApp({ ANALYTICS_RETENTION_MONTHS: '13' }); });
    after(async () => { await running?.stop(); });

    it('when events are older than the retention period, then the housekeeping deletes them and keeps the others', async () => {
      const now = Date.now();
      const event = (at: number, conversation: string) => ({ kind: 'conversation.started' as const, at, conversation, channel: 'webchat', language: 'fr' });
      await running.app.analytics.log.insert([event(now - 14 * MONTH, 'old'), event(now - 13 * MONTH - 5 * 86_400_000, 'old2'), event(now - 12 * MONTH, 'kept'), event(now - 1000, 'recent')]);
      const all = { from: new Date(0), to: new Date(now + 1000) };
      expect((await running.app.analytics.log.figures(all)).conversations).to.equal(4);
      await running.app.housekeeping();
      expect((await running.app.analytics.log.figures(all)).conversations).to.equal(2);
    });
  });
});
