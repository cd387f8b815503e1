import { expect } from 'chai';
import { ConversationState, type Storage, TestAdapter, TurnContext } from 'botbuilder';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryStore } from '../../bot/adapters/storage/memoryStore';
import { SqliteStore } from '../../bot/adapters/storage/sqliteStore';
import type { KeyValueStore } from '../../bot/domain/storage/keyValueStore';

// Compile-time proof that the port fits where botbuilder expects a Storage.
const asStorage: (store: KeyValueStore) => Storage = (store) => store;

function turn(conversationId: string): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, name: '', conversationType: 'personal' },
    from: { id: 'user', name: 'user' },
    recipient: { id: 'bot', name: 'bot' },
  });
}

describe('KeyValueStore as botbuilder Storage', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kv-botstate-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('ConversationState saves through the store and loads again after a restart', async () => {
    const first = new SqliteStore({ dataDir: root });
    const state = new ConversationState(asStorage(first));
    const step = state.createProperty<string>('step');
    const context = turn('conv/1@x');
    await step.set(context, 'askAge');
    await state.saveChanges(context);
    await first.close();

    const second = new SqliteStore({ dataDir: root });
    const reloaded = new ConversationState(asStorage(second));
    expect(await reloaded.createProperty<string>('step').get(turn('conv/1@x'))).to.equal('askAge');
    expect(await second.deletePrefix('test/conversations/conv/1@x/')).to.equal(1);
    await second.close();
  });

  it('stores the state under the botbuilder key, so erasure by conversation prefix finds it', async () => {
    const store = new MemoryStore();
    const state = new ConversationState(asStorage(store));
    const context = turn('c2');
    await state.createProperty<number>('n').set(context, 1);
    await state.saveChanges(context);
    expect(Object.keys(await store.read(['test/conversations/c2/']))).to.deep.equal(['test/conversations/c2/']);
  });
});
