import { expect } from 'chai';
import { ConsoleClient } from '../helpers/consoleClient';
import { startConsoleServer, type ConsoleServer } from '../helpers/consoleServer';
import { SseReader, type SseEvent } from '../helpers/sseReader';

const data = (e: SseEvent): any => (e.data ? JSON.parse(e.data) : undefined);

describe('console API: live events (server-sent events)', () => {
  let s: ConsoleServer;
  let alice: ConsoleClient;
  const readers: SseReader[] = [];
  const open = async (client: ConsoleClient): Promise<SseReader> => {
    const reader = await SseReader.open(`${s.url}/console/api/events`, client.cookie ? { cookie: client.cookie } : {});
    readers.push(reader);
    return reader;
  };
  beforeEach(async () => {
    s = await startConsoleServer({ timings: { heartbeatMs: 100, sweepMs: 50 } });
    await s.addAdvisor('alice');
    alice = new ConsoleClient(s.url);
    await alice.signIn('alice', 'alice-password-1');
  });
  afterEach(async () => {
    for (const r of readers.splice(0)) r.close();
    await s.stop();
  });

  it('when there is no valid session, then the stream is refused with 401', async () => {
    expect((await open(new ConsoleClient(s.url))).status).to.equal(401);
    const forged = new ConsoleClient(s.url);
    forged.cookie = `console_session=${'x'.repeat(43)}`;
    expect((await open(forged)).status).to.equal(401);
  });

  it('when a user asks for a person and writes, then the signed-in advisor gets the ticket and the message live', async () => {
    const stream = await open(alice);
    expect(stream.status).to.equal(200);
    await stream.next((e) => e.event === 'ready');
    const t = s.backend.request({ language: 'de' });
    const ticket = data(await stream.next((e) => data(e)?.type === 'ticket'));
    expect(ticket.ticket).to.include({ id: t.id, state: 'queued', language: 'de' });
    s.backend.userSays(t.id, 'Hallo?');
    const message = data(await stream.next((e) => data(e)?.type === 'message'));
    expect(message).to.deep.include({ ticketId: t.id });
    expect(message.entry).to.include({ from: 'user', text: 'Hallo?' });
  });

  it('when a stream opens, then it starts with the number of advisors signed in', async () => {
    const stream = await open(alice);
    const first = data(await stream.next((e) => data(e)?.type === 'advisors'));
    expect(first.online).to.equal(1);
  });

  it('when nothing happens, then heartbeats keep the connection alive', async () => {
    const stream = await open(alice);
    expect((await stream.next((e) => e.comment === 'ping', 2000)).comment).to.equal('ping');
  });

  it('when the advisor signs out, then their stream is told and closed, and another advisor\'s stays open', async () => {
    await s.addAdvisor('bob');
    const bob = new ConsoleClient(s.url);
    await bob.signIn('bob', 'bob-password-1');
    const aliceStream = await open(alice);
    const bobStream = await open(bob);
    await aliceStream.next((e) => e.event === 'ready');
    await alice.del('/console/api/session');
    expect(data(await aliceStream.next((e) => e.event === 'session-ended'))).to.deep.equal({ reason: 'signed-out' });
    await aliceStream.closedByServer();
    s.backend.request();
    expect(data(await bobStream.next((e) => data(e)?.type === 'ticket')).type).to.equal('ticket');
  });

  it('when the session idles out, then the stream is closed by the server without any request from the page', async () => {
    const stream = await open(alice);
    await stream.next((e) => e.event === 'ready');
    s.clock.advance(16);
    expect(data(await stream.next((e) => e.event === 'session-ended'))).to.deep.equal({ reason: 'expired' });
    await stream.closedByServer();
    expect([...s.backend.online]).to.deep.equal([]);
  });

  it('when the stream stays open, then it does not count as activity (an unattended tab still idles out)', async () => {
    const stream = await open(alice);
    await stream.next((e) => e.comment === 'ping');
    s.clock.advance(10);
    await new Promise((resolve) => setTimeout(resolve, 150));
    s.clock.advance(6);
    await stream.closedByServer();
  });

  it('when the console is closed, then its streams end', async () => {
    const stream = await open(alice);
    await stream.next((e) => e.event === 'ready');
    await s.console.close();
    await stream.closedByServer();
  });
});
