import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../bot/config';

const problemsOf = (env: Record<string, string>): string[] => {
  try { loadConfig(env, '/srv/bot'); return []; } catch (err) { expect(err).to.be.instanceOf(ConfigError); return (err as ConfigError).problems; }
};

describe('Configuration', () => {
  it('when nothing is set, then the bot runs in local mode on 127.0.0.1:3978 with SQLite in ./data', () => {
    const config = loadConfig({}, '/srv/bot');
    expect(config).to.include({ port: 3978, host: '127.0.0.1', localMode: true, dataDir: '/srv/bot/data', defaultLanguage: 'fr' });
    expect(config.serviceUrlAllowList).to.include('127.0.0.1');
    expect(Object.isFrozen(config)).to.equal(true);
  });

  it('when several variables are wrong, then start-up fails listing every problem at once', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', AGENCY: 'Not An Id', TIME_ZONE: 'Mars/Olympus' });
    expect(problems.join('\n')).to.match(/PORT/).and.match(/DATABASE_URL/).and.match(/LOG_LEVEL/).and.match(/AGENCY/).and.match(/TIME_ZONE/);
    expect(problems).to.have.length.of.at.least(5);
  });

  it('when there is no Bot Framework identity and the host is public outside production, then it refuses to start', () => {
    expect(problemsOf({ HOST: '0.0.0.0' }).join()).to.match(/loopback/);
  });

  it('when NODE_ENV=production without identity, then local mode is off (anonymous activities refused)', () => {
    const config = loadConfig({ NODE_ENV: 'production', HOST: '0.0.0.0', WEBCHAT_TOKEN_SECRET: 'x'.repeat(40) }, '/srv/bot');
    expect(config.localMode).to.equal(false);
    expect(config.serviceUrlAllowList).to.not.include('127.0.0.1');
  });

  for (const misspelt of ['Production', 'prod', 'PRODUCTION', 'staging', 'dev']) {
    it(`when NODE_ENV is misspelt ("${misspelt}"), then start-up stops naming it (never local mode with anonymous activities)`, () => {
      const problems = problemsOf({ NODE_ENV: misspelt, HOST: '0.0.0.0' });
      expect(problems.join('\n')).to.include(`NODE_ENV must be one of development, production, test (got "${misspelt}")`);
    });
  }

  it('when production uses an identity, then it must be SingleTenant or UserAssignedMSI with a tenant', () => {
    const problems = problemsOf({ NODE_ENV: 'production', MicrosoftAppId: 'abc', MicrosoftAppType: 'MultiTenant', WEBCHAT_TOKEN_SECRET: 'x'.repeat(40) });
    expect(problems.join()).to.match(/SingleTenant or UserAssignedMSI/);
    expect(problemsOf({ MicrosoftAppId: 'abc', MicrosoftAppType: 'SingleTenant' }).join()).to.match(/MicrosoftAppTenantId/);
  });

  it('when production has no web chat token secret, then it refuses to start', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).join()).to.match(/WEBCHAT_TOKEN_SECRET/);
  });
});
