import { expect } from 'chai';
import { AWKWARD_KEYS, rejectionOf, sleep, type CurrentStore } from './storeTestKit';

/** Deletion, erasure by prefix, retention and closing: part of {@link describeKeyValueStore}. */
export function describeErasureContract(current: CurrentStore): void {
  const keysOf = async (keys: string[]): Promise<string[]> => Object.keys(await current().read(keys)).sort();

  describe('delete and erasure', () => {
    it('deletes the given keys and ignores missing ones, twice over', async () => {
      await current().write({ a: {}, b: {}, c: {} });
      await current().delete(['a', 'b', 'missing']);
      await current().delete(['a', 'b', 'missing']);
      await current().delete([]);
      expect(await keysOf(['a', 'b', 'c'])).to.deep.equal(['c']);
    });

    it('deletePrefix erases only the keys under the prefix and returns their number', async () => {
      const keys = ['web/users/1/profile', 'web/users/1/prefs', 'web/users/10/profile', 'web/users/2/profile', 'web/users/1'];
      await current().write(Object.fromEntries(keys.map((k) => [k, { k }])));
      expect(await current().deletePrefix('web/users/1/')).to.equal(2);
      expect(await keysOf(keys)).to.deep.equal(['web/users/1', 'web/users/10/profile', 'web/users/2/profile']);
      expect(await current().deletePrefix('web/users/1/')).to.equal(0);
    });

    it('deletePrefix treats %, _, * and \\ literally, not as wildcards', async () => {
      const keys = ['a%b/1', 'a%bc', 'aXXb/1', 'a_b/1', 'aXb/1', 'a*b/1', 'a\\b/1', 'aZb/1'];
      await current().write(Object.fromEntries(keys.map((k) => [k, {}])));
      expect(await current().deletePrefix('a%b')).to.equal(2);
      expect(await current().deletePrefix('a_b')).to.equal(1);
      expect(await current().deletePrefix('a*b')).to.equal(1);
      expect(await current().deletePrefix('a\\b')).to.equal(1);
      expect(await keysOf(keys)).to.deep.equal(['aXXb/1', 'aXb/1', 'aZb/1']);
    });

    it('scrub (where the store has one) runs after an erasure and keeps the data that was not erased', async () => {
      await current().write({ 'emulator/conversations/a/x': { t: 'secret' }, 'emulator/conversations/b/x': { t: 'kept' } });
      await current().deletePrefix('emulator/conversations/a/');
      await current().scrub?.();
      expect(await current().read(['emulator/conversations/a/x', 'emulator/conversations/b/x'])).to.have.all.keys('emulator/conversations/b/x');
    });

    it('deletePrefix is case-sensitive', async () => {
      await current().write({ 'User/1': {}, 'user/1': {} });
      expect(await current().deletePrefix('user/')).to.equal(1);
      expect(await keysOf(['User/1', 'user/1'])).to.deep.equal(['User/1']);
    });

    it('deletePrefix works with unicode and special-character prefixes', async () => {
      await current().write(Object.fromEntries(AWKWARD_KEYS.map((k) => [k, {}])));
      for (const key of AWKWARD_KEYS) expect(await current().deletePrefix(key), key).to.be.at.least(1);
      expect(await current().read([...AWKWARD_KEYS])).to.deep.equal({});
    });

    it('when the prefix is empty, then deletePrefix rejects with RangeError and erases nothing', async () => {
      await current().write({ a: {} });
      expect(await rejectionOf(current().deletePrefix(''))).to.be.instanceOf(RangeError);
      expect(await keysOf(['a'])).to.deep.equal(['a']);
    });

    it('purgeOlderThan erases the keys under the prefix last written before the cutoff', async () => {
      await current().write({ 'c/1/state': {}, 'c/2/state': {}, 'c/3/state': {}, 'u/1/profile': {} });
      await sleep(25);
      const cutoff = new Date();
      await sleep(25);
      await current().write({ 'c/2/state': { touched: true }, 'c/4/state': {} });
      expect(await current().purgeOlderThan('c/', cutoff)).to.equal(2);
      const remaining = await keysOf(['c/1/state', 'c/2/state', 'c/3/state', 'c/4/state', 'u/1/profile']);
      expect(remaining).to.deep.equal(['c/2/state', 'c/4/state', 'u/1/profile']);
      expect(await current().purgeOlderThan('', cutoff)).to.equal(1);
      expect(await current().purgeOlderThan('', new Date(0))).to.equal(0);
    });
  });

  describe('close', () => {
    it('is idempotent, and any later call rejects', async () => {
      await current().write({ a: {} });
      await current().close();
      await current().close();
      expect(await rejectionOf(current().read(['a']))).to.be.instanceOf(Error);
      expect(await rejectionOf(current().write({ a: {} }))).to.be.instanceOf(Error);
    });
  });
}
