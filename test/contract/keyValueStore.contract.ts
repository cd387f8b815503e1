import { expect } from 'chai';
import type { KeyValueStore } from '../../bot/domain/storage/keyValueStore';
import { describeErasureContract } from './erasure.contract';
import { describeEtagContract } from './etag.contract';
import { AWKWARD_KEYS, rejectionOf, type CurrentStore } from './storeTestKit';

/**
 * The behaviour every {@link KeyValueStore} adapter must have, written once and run against each adapter.
 *
 * @remarks
 * `create` must return an open, empty store; the suite closes it after each test. The cases know nothing about
 * the adapter under test (no `instanceof`): adapter-specific behaviour such as surviving a restart is tested next
 * to the adapter in `stores.test.ts`.
 */
export function describeKeyValueStore(name: string, create: () => Promise<KeyValueStore>): void {
  describe(`${name} satisfies KeyValueStore`, () => {
    let store: KeyValueStore | undefined;
    const current: CurrentStore = () => {
      if (!store) throw new Error('no store: create() failed');
      return store;
    };
    beforeEach(async () => {
      store = await create();
    });
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    describeReadWriteContract(current);
    describeEtagContract(current);
    describeErasureContract(current);
  });
}

function describeReadWriteContract(current: CurrentStore): void {
  describe('read and write', () => {
    it('returns an empty object for unknown keys and for no keys', async () => {
      expect(await current().read(['nope', 'neither'])).to.deep.equal({});
      expect(await current().read([])).to.deep.equal({});
    });

    it('when keys or changes are null, then the call rejects with botbuilder\'s own message (its storage suite), and an empty write is fine', async () => {
      const store = current() as unknown as { read(k: unknown): Promise<unknown>; write(c: unknown): Promise<unknown>; delete(k: unknown): Promise<unknown> };
      expect(((await rejectionOf(store.read(null))) as Error).message).to.equal('Please provide at least one key to read from storage.');
      expect(((await rejectionOf(store.write(null))) as Error).message).to.equal('Please provide a StoreItems with changes to persist.');
      expect(((await rejectionOf(store.delete(null))) as Error).message).to.equal('Please provide at least one key to delete from storage.');
      expect(((await rejectionOf(store.read([null]))) as Error).message).to.match(/every key to read must be a string/);
      await current().write({});
      expect(await current().read([])).to.deep.equal({});
    });

    it('when some keys are missing, then returns only the found ones', async () => {
      await current().write({ a: { n: 1 } });
      const items = await current().read(['a', 'missing']);
      expect(Object.keys(items)).to.deep.equal(['a']);
    });

    it('when a value is written, then reading it returns the value with a store-made eTag', async () => {
      await current().write({ profile: { name: 'Ana', age: 23, eTag: '*' } });
      const { profile } = await current().read(['profile']);
      expect(profile).to.include({ name: 'Ana', age: 23 });
      expect(profile.eTag).to.be.a('string').and.not.be.oneOf(['', '*']);
    });

    it('round-trips values through JSON: Dates become strings, undefined disappears, nesting is kept', async () => {
      const when = new Date('2026-01-15T14:00:00.000Z');
      await current().write({ k: { when, gone: undefined, nested: { list: [1, 'two', null, { x: true }] }, s: 'é🙂' } });
      const { eTag, ...value } = (await current().read(['k'])).k;
      expect(eTag).to.be.a('string');
      expect(value).to.deep.equal({ when: when.toISOString(), nested: { list: [1, 'two', null, { x: true }] }, s: 'é🙂' });
    });

    it('does not mutate the written object, nor add an eTag to it', async () => {
      const item = { eTag: '*', profile: { sectors: ['it'] }, at: new Date(0) };
      const snapshot = { eTag: '*', profile: { sectors: ['it'] }, at: new Date(0) };
      await current().write({ k: item });
      expect(item).to.deep.equal(snapshot);
    });

    it('when a read result or a written object is changed afterwards, then the stored value is not', async () => {
      const item = { list: [1] };
      await current().write({ k: item });
      item.list.push(2);
      const first = (await current().read(['k'])).k as { list: number[] };
      first.list.push(3);
      expect(((await current().read(['k'])).k as { list: number[] }).list).to.deep.equal([1]);
    });

    it('round-trips keys with special characters, quotes, unicode and 500 characters', async () => {
      const changes = Object.fromEntries(AWKWARD_KEYS.map((key, i) => [key, { i }]));
      await current().write(changes);
      const items = await current().read([...AWKWARD_KEYS]);
      expect(Object.keys(items)).to.have.members([...AWKWARD_KEYS]);
      AWKWARD_KEYS.forEach((key, i) => expect(items[key]).to.include({ i }));
      expect(await current().read(['x'.repeat(499), 'X'.repeat(500)])).to.deep.equal({});
    });

    it('when one item of a write is not an object, then rejects with TypeError and writes nothing', async () => {
      const error = await rejectionOf(current().write({ good: { n: 1 }, bad: 'text' as never }));
      expect(error).to.be.instanceOf(TypeError);
      expect(await current().read(['good', 'bad'])).to.deep.equal({});
    });
  });
}
