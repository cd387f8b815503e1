import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { createStore } from '../../bot/adapters/storage/createStore';
import { conversationPrefix } from '../../bot/domain/conversation/conversationRepository';
import { MemoryStore } from '../../bot/adapters/storage/memoryStore';
import { ConversationFullError, ConversationLog, remember } from '../../bot/webchat/conversationLog';

const say = (text: string) => ({ type: 'message', text });

describe('ConversationLog', () => {
  it('when activities are appended, then each gets the next watermark, an id, a timestamp and the conversation', async () => {
    const log = new ConversationLog(new MemoryStore());
    const meta = log.fresh('dl_u', 'fr-FR');
    const first = await log.append('c1', meta, [say('a'), say('b')]);
    const second = await log.append('c1', (await log.meta('c1'))!, [say('c')]);
    expect([...first, ...second].map((a) => a.id)).to.deep.equal(['c1|0000001', 'c1|0000002', 'c1|0000003']);
    expect(second[0]).to.include({ channelId: 'webchat', text: 'c' });
    expect(second[0].conversation).to.deep.equal({ id: 'c1' });
    expect((await log.meta('c1'))).to.include({ last: 3, userId: 'dl_u', locale: 'fr-FR' });
  });

  it('when read since a watermark, then exactly the later activities come back, in pages', async () => {
    const log = new ConversationLog(new MemoryStore());
    await log.append('c1', log.fresh('u'), ['1', '2', '3', '4', '5'].map(say));
    expect((await log.since('c1', 2, 100))!.activities.map((a) => a.text)).to.deep.equal(['3', '4', '5']);
    expect(await log.since('c1', 0, 2)).to.deep.include({ watermark: 2 });
    expect(await log.since('c1', 5, 100)).to.deep.equal({ activities: [], watermark: 5 });
    expect(await log.since('nope', 0, 100)).to.equal(undefined);
  });

  it('when the process restarts on the same database, then the history and its watermarks are all there', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webchat-log-'));
    try {
      const before = await createStore({ dataDir });
      const log = new ConversationLog(before);
      await log.append('c1', log.fresh('u'), [say('a'), say('b')]);
      await before.close();
      const after = await createStore({ dataDir });
      const again = new ConversationLog(after);
      expect((await again.since('c1', 1, 100))!.activities.map((a) => a.text)).to.deep.equal(['b']);
      await again.append('c1', (await again.meta('c1'))!, [say('c')]);
      expect((await again.since('c1', 0, 100))!.activities.map((a) => a.id)).to.deep.equal(['c1|0000001', 'c1|0000002', 'c1|0000003']);
      await after.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('when another writer appended since the meta was read, then the append fails instead of reusing watermarks', async () => {
    const log = new ConversationLog(new MemoryStore());
    await log.append('c1', log.fresh('u'), [say('a')]);
    const stale = (await log.meta('c1'))!;
    await log.append('c1', (await log.meta('c1'))!, [say('b')]);
    let error: unknown;
    try { await log.append('c1', stale, [say('c')]); } catch (err) { error = err; }
    expect((error as Error)?.name).to.equal('EtagConflictError');
  });

  it('when the conversation is erased, then its history is gone and the counter of the caller goes on', async () => {
    const store = new MemoryStore();
    const log = new ConversationLog(store);
    const meta = log.fresh('u');
    await log.append('c1', meta, [say('private'), say('reply')]);
    await store.deletePrefix(conversationPrefix({ channelId: 'webchat', conversationId: 'c1' }));
    expect(await log.meta('c1')).to.equal(undefined);
    await log.append('c1', meta, [say('erased')]);
    expect((await log.since('c1', 0, 100))!.activities.map((a) => `${a.id} ${a.text}`)).to.deep.equal(['c1|0000003 erased']);
  });

  it('when a conversation reaches its size limit, then appending is refused', async () => {
    const log = new ConversationLog(new MemoryStore(), 3);
    const meta = log.fresh('u');
    await log.append('c1', meta, [say('1'), say('2')]);
    let error: unknown;
    try { await log.append('c1', (await log.meta('c1'))!, [say('3'), say('4')]); } catch (err) { error = err; }
    expect(error).to.be.instanceOf(ConversationFullError);
  });

  it('remembers client activity ids, bounded, and marks their turn done', () => {
    const meta = new ConversationLog(new MemoryStore()).fresh('u');
    for (let i = 0; i < 100; i++) remember(meta, `c-${i}`, `id-${i}`, false);
    remember(meta, 'c-99', 'id-99', true);
    expect(meta.recent).to.have.length(64);
    expect(meta.recent.at(-1)).to.deep.equal(['c-99', 'id-99', true]);
  });
});
