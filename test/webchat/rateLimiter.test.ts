import { expect } from 'chai';
import { RateLimiter } from '../../bot/webchat/rateLimiter';

describe('RateLimiter', () => {
  it('when a key uses its burst, then it waits for the refill while other keys are unaffected', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 1, 100, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).to.deep.equal([0, 0, 0]);
    expect(limiter.take('a')).to.equal(1);
    expect(limiter.take('b')).to.equal(0);
    now += 1000;
    expect(limiter.take('a')).to.equal(0);
  });

  it('when more keys than allowed are seen, then memory stays bounded and old keys start afresh', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 0.001, 10, () => now);
    for (let i = 0; i < 1000; i++) { limiter.take(`k${i}`); now += 1; }
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).to.be.at.most(10);
    expect(limiter.take('k0')).to.equal(0);
  });
});
