import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { HandoffState } from '../domain/handoff/handoffState';
import type { Ticket } from '../domain/handoff/ticket';
import type { ConsoleBackend } from '../handoff/consolePort';
import type { ConsoleAuth } from './consoleAuth';
import type { EventStreams } from './eventStream';
import { HttpError } from './httpErrors';
import { readJsonObject, textField } from './jsonBody';
import { sendJson } from './responses';
import { idParam, methodNotAllowed, route } from './routeKit';

export interface ConversationRouteDeps {
  backend: ConsoleBackend; auth: ConsoleAuth; streams: EventStreams; logger: Logger;
  /** Longest advisor message or note, in characters (the bot's own MAX_TEXT_LENGTH). */
  maxTextLength: number;
}

const BASE = '/console/api/conversations';
const LISTED: readonly HandoffState[] = ['queued', 'assigned', 'callback-requested', 'resolved'];
const MAX_BODY_BYTES = 16 * 1024;

/** What the console shows of a ticket: everything but the channel address (ids), which is the bot's business; its channel, yes. */
export function ticketView(ticket: Ticket): Omit<Ticket, 'address'> & { channel: string } {
  const { address, ...view } = ticket;
  return { ...view, channel: address.channelId };
}

/**
 * The console's conversation routes, thin on purpose: check the session (and for changes origin and CSRF
 * token), read and bound the input, call the {@link ConsoleBackend}, answer JSON. Who may do what (only the
 * advisor who claimed a conversation writes in it) is the backend's rule; its typed errors become 403/404/409.
 * Logs carry ids and advisor names, never message or note text.
 */
export function conversationRoutes(server: Server, d: ConversationRouteDeps): void {
  const act = (name: string, run: (id: string, advisor: string, body: Record<string, unknown>) => Promise<unknown>): void => {
    const path = `${BASE}/:id/${name}`;
    server.post(path, route(d.logger, async (req, res) => {
      const me = await d.auth.require(req, res, { changes: true });
      const body = await readJsonObject(req, MAX_BODY_BYTES);
      const id = idParam(req);
      if (!id) throw new HttpError(404, 'not_found', 'There is no such conversation.');
      const result = await run(id, me.advisor, body);
      d.logger.info({ event: `console.${name}`, ticket: id, advisor: me.advisor }, `advisor action: ${name}`);
      sendJson(res, 200, result);
    }));
    server.get(path, methodNotAllowed('POST'));
    server.head(path, methodNotAllowed('POST'));
  };

  server.get(BASE, route(d.logger, async (req, res) => {
    await d.auth.require(req, res, { changes: false });
    const state = new URL(req.url ?? '', 'http://console.invalid').searchParams.get('state') ?? undefined;
    if (state !== undefined && !LISTED.includes(state as HandoffState)) {
      throw new HttpError(400, 'bad_state', `"state" must be one of ${LISTED.join(', ')}.`);
    }
    const tickets = await d.backend.list(state as HandoffState | undefined);
    sendJson(res, 200, { conversations: tickets.filter((t) => LISTED.includes(t.state)) });
  }));

  server.get(`${BASE}/:id`, route(d.logger, async (req, res) => {
    await d.auth.require(req, res, { changes: false });
    const found = idParam(req) ? await d.backend.detail(idParam(req)) : undefined;
    if (!found) throw new HttpError(404, 'not_found', 'There is no such conversation.');
    sendJson(res, 200, { conversation: ticketView(found.ticket), transcript: found.transcript });
  }));

  act('claim', async (id, advisor) => ({ conversation: ticketView(await d.backend.claim(id, advisor)) }));
  act('messages', async (id, advisor, body) => {
    const outcome = await d.backend.sendMessage(id, advisor, textField(body, 'text', d.maxTextLength));
    // `sent`: taken and kept (never lost); `delivery` says whether it reached the person now, or waits for their next message
    return { sent: true, delivery: outcome ?? { status: 'delivered' } };
  });
  act('notes', async (id, advisor, body) => ({ conversation: ticketView(await d.backend.addNote(id, advisor, textField(body, 'text', d.maxTextLength))) }));
  act('resolve', async (id, advisor) => ({ conversation: ticketView(await d.backend.resolve(id, advisor)) }));

  server.get('/console/api/events', route(d.logger, async (req, res) => {
    const me = await d.auth.require(req, res, { changes: false, touch: false });
    d.streams.open(req, res, { advisor: me.advisor, hash: me.hash });
  }));
}
