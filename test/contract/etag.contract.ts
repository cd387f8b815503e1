import { expect } from 'chai';
import { EtagConflictError } from '../../bot/domain/storage/keyValueStore';
import { CREATE_ONLY_ETAG } from '../../bot/domain/storage/etag';
import { rejectionOf, type CurrentStore } from './storeTestKit';

/** eTags and optimistic concurrency: part of {@link describeKeyValueStore}. */
export function describeEtagContract(current: CurrentStore): void {
  describe('eTags and concurrency', () => {
    const eTagOf = async (key: string): Promise<string | undefined> => (await current().read([key]))[key]?.eTag;

    it('gives a new eTag on every write, even of the same value', async () => {
      const seen = new Set<string | undefined>();
      for (let i = 0; i < 3; i += 1) {
        await current().write({ k: { same: true } });
        seen.add(await eTagOf('k'));
      }
      expect(seen.size).to.equal(3);
    });

    it('when the supplied eTag is the stored one, then the write succeeds and gives a new eTag', async () => {
      await current().write({ k: { n: 1 } });
      const read = (await current().read(['k'])).k;
      await current().write({ k: { ...read, n: 2 } });
      const after = (await current().read(['k'])).k;
      expect(after).to.include({ n: 2 });
      expect(after.eTag).to.not.equal(read.eTag);
    });

    it('when the supplied eTag is stale, then rejects with EtagConflictError and writes nothing', async () => {
      await current().write({ 'conv/1': { n: 1 } });
      const stale = (await current().read(['conv/1']))['conv/1'];
      await current().write({ 'conv/1': { ...stale, n: 2 } });
      const error = await rejectionOf(current().write({ 'conv/1': { ...stale, n: 3 } }));
      expect(error).to.be.instanceOf(EtagConflictError);
      expect((error as EtagConflictError).key).to.equal('conv/1');
      expect((error as Error).message).to.equal('Storage: error writing "conv/1" due to eTag conflict.');
      expect((await current().read(['conv/1']))['conv/1']).to.include({ n: 2 });
    });

    for (const [label, eTag] of [['is "*"', '*'], ['is empty', ''], ['is absent', undefined]] as const) {
      it(`when the eTag ${label}, then the write overwrites unconditionally`, async () => {
        await current().write({ k: { n: 1 } });
        await current().write({ k: { n: 2 } });
        await current().write({ k: { n: 3, eTag } });
        expect((await current().read(['k'])).k).to.include({ n: 3 });
      });
    }

    it('when the key is absent, then a write with any eTag inserts it', async () => {
      await current().write({ fresh: { n: 1, eTag: 'some-etag-from-elsewhere' } });
      expect((await current().read(['fresh'])).fresh).to.include({ n: 1 });
    });

    it('when the eTag asks for create-only and the key is absent, then the write creates it', async () => {
      await current().write({ fresh: { n: 1, eTag: CREATE_ONLY_ETAG } });
      const { fresh } = await current().read(['fresh']);
      expect(fresh).to.include({ n: 1 });
      expect(fresh.eTag).to.be.a('string').and.not.equal(CREATE_ONLY_ETAG);
    });

    it('when the eTag asks for create-only and the key exists, then rejects with EtagConflictError and writes nothing of the call', async () => {
      await current().write({ taken: { n: 1 } });
      const error = await rejectionOf(current().write({ other: { n: 9 }, taken: { n: 2, eTag: CREATE_ONLY_ETAG } }));
      expect(error).to.be.instanceOf(EtagConflictError);
      expect((error as EtagConflictError).key).to.equal('taken');
      expect(await current().read(['taken', 'other'])).to.have.keys('taken');
      expect((await current().read(['taken'])).taken).to.include({ n: 1 });
    });

    it('when several writers create the same absent key concurrently, then exactly one wins', async () => {
      const outcomes = await Promise.allSettled(
        [1, 2, 3, 4, 5].map((n) => current().write({ first: { n, eTag: CREATE_ONLY_ETAG } })),
      );
      const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i + 1] : []));
      const losers = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(winners).to.have.length(1);
      losers.forEach((reason) => expect(reason).to.be.instanceOf(EtagConflictError));
      expect((await current().read(['first'])).first).to.include({ n: winners[0] });
    });

    it('when a key was deleted, then a write with its old eTag recreates it', async () => {
      await current().write({ k: { n: 1 } });
      const old = (await current().read(['k'])).k;
      await current().delete(['k']);
      await current().write({ k: { ...old, n: 2 } });
      expect((await current().read(['k'])).k).to.include({ n: 2 });
    });

    it('when several writers hold the same eTag concurrently, then exactly one wins', async () => {
      await current().write({ counter: { n: 0 } });
      const read = (await current().read(['counter'])).counter;
      const outcomes = await Promise.allSettled(
        [1, 2, 3, 4, 5].map((n) => current().write({ counter: { ...read, n } })),
      );
      const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i + 1] : []));
      const losers = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(winners).to.have.length(1);
      losers.forEach((reason) => expect(reason).to.be.instanceOf(EtagConflictError));
      expect((await current().read(['counter'])).counter).to.include({ n: winners[0] });
    });

    for (const position of ['first', 'last'] as const) {
      it(`when the conflicting key of a multi-key write comes ${position}, then no key is written`, async () => {
        await current().write({ a: { v: 'a0' }, m: { v: 'm0' }, z: { v: 'z0' } });
        const before = await current().read(['a', 'm', 'z']);
        const conflicting = position === 'first' ? 'a' : 'z';
        await current().write({ [conflicting]: { v: 'changed elsewhere' } });
        const after = await current().read(['a', 'm', 'z']);
        const changes = {
          a: { ...before.a, v: 'a1' },
          m: { ...before.m, v: 'm1' },
          z: { ...before.z, v: 'z1' },
          fresh: { v: 'new' },
        };
        const error = await rejectionOf(current().write(changes));
        expect(error).to.be.instanceOf(EtagConflictError);
        expect((error as EtagConflictError).key).to.equal(conflicting);
        expect(await current().read(['a', 'm', 'z', 'fresh'])).to.deep.equal(after);
      });
    }
  });
}
