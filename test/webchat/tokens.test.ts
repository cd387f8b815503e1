import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { expect } from 'chai';
import pino from 'pino';
import { DirectLineTokens, RESUME_SECONDS, bearer } from '../../bot/webchat/tokens';
import { SECRET_FILE, resolveTokenSecret } from '../../bot/webchat/tokenSecret';

const SECRET = 'a-secret-of-at-least-thirty-two-characters!';
const b64 = (x: unknown): string => Buffer.from(JSON.stringify(x)).toString('base64url');

describe('DirectLineTokens', () => {
  let now = Date.parse('2026-11-01T10:00:00Z');
  const tokens = new DirectLineTokens(SECRET, 1800, () => now);

  it('when a token is issued, then it is a JWT whose user claim Web Chat can read, valid for its conversation', () => {
    const token = tokens.issue('conv-1', 'dl_user');
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(payload).to.include({ conv: 'conv-1', user: 'dl_user', scope: 'conversation' });
    const check = tokens.check(token);
    expect(check.ok && check.claims.user).to.equal('dl_user');
  });

  it('when the token has expired, then it is refused as expired', () => {
    const token = tokens.issue('conv-1', 'dl_user');
    now += 1801 * 1000;
    expect(tokens.check(token)).to.deep.equal({ ok: false, reason: 'expired' });
    now -= 1801 * 1000;
  });

  it('when the payload is changed (another conversation or user), then the signature no longer matches', () => {
    const [h, , s] = tokens.issue('conv-1', 'dl_user').split('.');
    const forged = `${h}.${b64({ conv: 'conv-2', user: 'dl_other', scope: 'conversation', iat: 0, exp: 9e9 })}.${s}`;
    expect(tokens.check(forged)).to.deep.equal({ ok: false, reason: 'signature' });
  });

  it('when a token is signed with another secret, with alg none or another header, then it is refused', () => {
    const other = new DirectLineTokens('another-secret-of-at-least-thirty-two-chars', 1800, () => now);
    expect(tokens.check(other.issue('conv-1', 'u')).ok).to.equal(false);
    const payload = b64({ conv: 'c', user: 'u', scope: 'conversation', iat: 0, exp: 9e9 });
    expect(tokens.check(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`).ok).to.equal(false);
    const hs512 = b64({ alg: 'HS512', typ: 'JWT' });
    const sig = createHmac('sha512', SECRET).update(`${hs512}.${payload}`).digest('base64url');
    expect(tokens.check(`${hs512}.${payload}.${sig}`).ok).to.equal(false);
  });

  it('when a stream token is used for the REST routes (or the reverse), then the scope is refused', () => {
    expect(tokens.check(tokens.issue('c', 'u', 'stream'))).to.deep.equal({ ok: false, reason: 'scope' });
    expect(tokens.check(tokens.issue('c', 'u'), 'stream')).to.deep.equal({ ok: false, reason: 'scope' });
  });

  it('when a resume token is issued, then it lasts RESUME_SECONDS and opens nothing but the token endpoint', () => {
    const resume = tokens.issue('c', 'u', 'resume');
    const payload = JSON.parse(Buffer.from(resume.split('.')[1], 'base64url').toString());
    expect(payload.exp - payload.iat).to.equal(RESUME_SECONDS);
    expect(tokens.check(resume, 'resume').ok).to.equal(true);
    expect(tokens.check(resume)).to.deep.equal({ ok: false, reason: 'scope' });
    expect(tokens.check(resume, 'stream')).to.deep.equal({ ok: false, reason: 'scope' });
  });

  it('when the input is garbage, then check says malformed and never throws', () => {
    for (const junk of [undefined, '', 'abc', 'a.b', 'a.b.c.d', 'x'.repeat(5000)]) expect(tokens.check(junk as string).ok).to.equal(false);
  });

  it('when the secret is short, then the service refuses to start', () => {
    expect(() => new DirectLineTokens('short', 60)).to.throw(/32/);
  });

  it('reads the bearer token of an Authorization header', () => {
    expect(bearer('Bearer abc.def.ghi')).to.equal('abc.def.ghi');
    expect(bearer('Basic abc')).to.equal(undefined);
    expect(bearer(undefined)).to.equal(undefined);
  });
});

describe('resolveTokenSecret', () => {
  const logger = pino({ level: 'silent' });

  it('when WEBCHAT_TOKEN_SECRET is set, then it is used as is', () => {
    expect(resolveTokenSecret({ webChatTokenSecret: SECRET, dataDir: '/nonexistent' }, logger)).to.equal(SECRET);
  });

  it('when it is not set, then one is generated once in DATA_DIR (mode 0600) and kept across restarts', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-secret-'));
    try {
      const first = resolveTokenSecret({ dataDir }, logger);
      const second = resolveTokenSecret({ dataDir }, logger);
      expect(first).to.have.length.of.at.least(32);
      expect(second).to.equal(first);
      expect(fs.statSync(path.join(dataDir, SECRET_FILE)).mode & 0o777).to.equal(0o600);
      expect(fs.readdirSync(dataDir)).to.deep.equal([SECRET_FILE]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
