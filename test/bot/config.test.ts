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

  describe('messaging apps', () => {
    const WA = { WHATSAPP_VERIFY_TOKEN: 'v', WHATSAPP_APP_SECRET: '0123456789abcdef0123456789abcdef', WHATSAPP_ACCESS_TOKEN: 'EAAG', WHATSAPP_PHONE_NUMBER_ID: '106540352242922' };
    const TGV = { TELEGRAM_BOT_TOKEN: '123456:ABC-def_1', TELEGRAM_WEBHOOK_SECRET: 'a-secret-token-of-length-24' };

    it('when none of their variables are set, then neither channel is enabled', () => {
      const config = loadConfig({}, '/srv/bot');
      expect(config.whatsapp).to.equal(undefined);
      expect(config.telegram).to.equal(undefined);
    });

    it('when all required variables are set, then both are enabled with the public API bases by default', () => {
      const config = loadConfig({ ...WA, ...TGV }, '/srv/bot');
      expect(config.whatsapp).to.include({ phoneNumberId: '106540352242922', apiUrl: 'https://graph.facebook.com/v23.0' });
      expect(config.whatsapp!.template).to.equal(undefined);
      expect(config.telegram).to.include({ apiUrl: 'https://api.telegram.org' });
    });

    it('when only some are set, or values are malformed, then start-up names each problem', () => {
      const problems = problemsOf({ WHATSAPP_VERIFY_TOKEN: 'v', TELEGRAM_BOT_TOKEN: 'nocolon', TELEGRAM_WEBHOOK_SECRET: 'short' }).join('\n');
      expect(problems).to.match(/WhatsApp needs all of .*missing: WHATSAPP_APP_SECRET/).and.match(/TELEGRAM_WEBHOOK_SECRET must be 16 to 256/).and.match(/TELEGRAM_BOT_TOKEN/);
      expect(problemsOf({ ...WA, WHATSAPP_PHONE_NUMBER_ID: '+32 470 00 00 00' }).join()).to.match(/numeric id/);
      expect(problemsOf({ ...WA, WHATSAPP_TEMPLATE_NAME: 'advisor_reply' }).join()).to.match(/go together/);
      expect(problemsOf({ ...WA, WHATSAPP_API_URL: 'ftp://x' }).join()).to.match(/WHATSAPP_API_URL/);
    });
  });
});
