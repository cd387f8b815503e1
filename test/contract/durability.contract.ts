import { expect } from 'chai';
import { EtagConflictError, type KeyValueStore } from '../../bot/domain/storage/keyValueStore';

/**
 * What a durable store adds to {@link describeKeyValueStore}: state survives a restart, and several instances
 * (processes, hosts) opened on the same storage share it safely.
 *
 * @remarks
 * `open` must open a new instance on the same underlying storage on every call, which must start empty for each
 * test (`reset` runs before each). The suite closes every instance it opens.
 */
export function describeDurableKeyValueStore(
  name: string,
  open: () => Promise<KeyValueStore>,
  reset: () => Promise<void>,
): void {
  describe(`${name} is durable and shareable`, () => {
    const opened: KeyValueStore[] = [];
    const openTracked = async (): Promise<KeyValueStore> => {
      const store = await open();
      opened.push(store);
      return store;
    };
    beforeEach(reset);
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    it('when the store is closed and reopened (a restart), then values and eTags are still there', async () => {
      const before = await openTracked();
      await before.write({ 'web/conversations/c1/state': { step: 'age', answers: { name: 'Ana' } } });
      const read = (await before.read(['web/conversations/c1/state']))['web/conversations/c1/state'];
      await before.close();

      const after = await openTracked();
      const reread = (await after.read(['web/conversations/c1/state']))['web/conversations/c1/state'];
      expect(reread).to.deep.equal(read);
      await after.write({ 'web/conversations/c1/state': { ...reread, step: 'sector' } });
      expect((await after.read(['web/conversations/c1/state']))['web/conversations/c1/state']).to.include({
        step: 'sector',
      });
    });

    it('when two instances share the storage, then each sees the other\'s writes and eTags', async () => {
      const [one, two] = [await openTracked(), await openTracked()];
      await one.write({ k: { by: 'one' } });
      const seenByTwo = (await two.read(['k'])).k;
      expect(seenByTwo).to.deep.equal((await one.read(['k'])).k);
      await two.write({ k: { ...seenByTwo, by: 'two' } });
      expect(await one.deletePrefix('k')).to.equal(1);
      expect(await two.read(['k'])).to.deep.equal({});
    });

    it('when two instances write with the same eTag concurrently, then exactly one wins', async () => {
      const [one, two] = [await openTracked(), await openTracked()];
      await one.write({ counter: { n: 0 } });
      const read = (await one.read(['counter'])).counter;
      const outcomes = await Promise.allSettled([
        one.write({ counter: { ...read, n: 1 } }),
        two.write({ counter: { ...read, n: 2 } }),
      ]);
      const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
      const rejected = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(fulfilled).to.have.length(1);
      expect(rejected).to.have.length(1);
      expect(rejected[0]).to.be.instanceOf(EtagConflictError);
      const winner = outcomes[0].status === 'fulfilled' ? 1 : 2;
      expect((await two.read(['counter'])).counter).to.include({ n: winner });
    });
  });
}
