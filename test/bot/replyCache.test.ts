import { expect } from 'chai';
import { ReplyCache } from '../../bot/replyCache';

describe('ReplyCache: a bounded store of recent replies that never makes a turn fail', () => {
  it('when it is full, then a new entry evicts the oldest instead of throwing (node-cache maxKeys threw ECACHEFULL)', () => {
    const errors: Error[] = [];
    const cache = new ReplyCache<string>({ maxKeys: 3, ttlSeconds: 600, onError: (err) => errors.push(err) });
    for (let i = 1; i <= 10; i++) cache.set(`k${i}`, `v${i}`);
    expect(errors).to.deep.equal([]);
    expect(cache.size).to.equal(3);
    expect([1, 2, 7].map((i) => cache.get(`k${i}`))).to.deep.equal([undefined, undefined, undefined]);
    expect([8, 9, 10].map((i) => cache.get(`k${i}`))).to.deep.equal(['v8', 'v9', 'v10']);
    cache.close();
  });

  it('when a key is set again, then it becomes the newest and is not counted twice', () => {
    const cache = new ReplyCache<string>({ maxKeys: 2, ttlSeconds: 600 });
    cache.set('a', '1');
    cache.set('b', '2');
    cache.set('a', '3');
    cache.set('c', '4');
    expect(cache.get('a')).to.equal('3');
    expect(cache.get('b')).to.equal(undefined);
    expect(cache.size).to.equal(2);
    cache.close();
  });

  it('when 100,000 entries go through a cache of 1,000, then it holds 1,000 and the newest are there', () => {
    const cache = new ReplyCache<number>({ maxKeys: 1000, ttlSeconds: 600 });
    for (let i = 0; i < 100_000; i++) cache.set(`k${i}`, i);
    expect(cache.size).to.equal(1000);
    expect(cache.get('k99999')).to.equal(99999);
    expect(cache.get('k98999')).to.equal(undefined);
    cache.close();
  });
});
