import readline from 'node:readline';
import { randomUUID } from 'node:crypto';

/**
 * `npm run chat`: a terminal chat with the running bot over its real HTTP endpoint (POST /api/messages with
 * deliveryMode "expectReplies"). Buttons are shown as numbered options; type a number or your own words.
 *
 * Options: --url http://127.0.0.1:3978  --locale fr-FR  --traces (use the emulator channel and print traces); --help
 * prints them and exits 0, an unknown option exits 2 (found by a tester: --help tried to connect).
 */
interface Activity {
  type: string; text?: string; name?: string; value?: unknown;
  suggestedActions?: { actions: Array<{ title?: string; value?: unknown }> };
  attachments?: Array<{ contentType: string; content?: { title?: string; subtitle?: string; text?: string; buttons?: Array<{ title?: string; value?: unknown }> } }>;
}

const USAGE = `Usage: npm run chat -- [options]   (or: node dist/bot/cli/chat.js [options])

Chat with the running bot in the terminal. Buttons are shown as numbered options: type a number or your own words;
"/quit" or Ctrl+C leaves.

Options:
  --url URL        the bot's address (default: $BOT_URL, else http://127.0.0.1:$PORT, PORT 3978)
  --locale LOCALE  the locale the chat starts in, e.g. fr-BE, en-GB, es-ES (default: from $LANG, else fr-FR)
  --traces         use the emulator channel and print the trace activities (what the bot understood)
  -h, --help       print this help

Example:
  npm run chat -- --url http://127.0.0.1:3978 --locale es-ES --traces
`;

const args = process.argv.slice(2);
const VALUED = new Set(['--url', '--locale']);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--help' || args[i] === '-h') { process.stdout.write(USAGE); process.exit(0); }
  if (VALUED.has(args[i]) && (args[i + 1] === undefined || args[i + 1].startsWith('--'))) {
    process.stderr.write(`${args[i]} needs a value.\n\n${USAGE}`);
    process.exit(2);
  }
  if (VALUED.has(args[i])) { i++; continue; }
  if (args[i] !== '--traces') {
    process.stderr.write(`Unknown option: ${args[i]}\n\n${USAGE}`);
    process.exit(2);
  }
}
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const url = option('url', process.env.BOT_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3978}`).replace(/\/$/, '');
const locale = option('locale', process.env.LANG?.split('.')[0]?.replace('_', '-') || 'fr-FR');
const traces = args.includes('--traces');
const channelId = traces ? 'emulator' : 'cli';
const conversation = { id: `cli-${randomUUID()}` };
const user = { id: `user-${randomUUID()}`, name: 'You' };
const bot = { id: 'orientation-bot', name: 'Bot' };
let counter = 0;

async function send(activity: Record<string, unknown>): Promise<Activity[]> {
  const body = {
    ...activity, id: `${conversation.id}-${++counter}`, channelId, serviceUrl: url, conversation, from: user, recipient: bot,
    locale, timestamp: new Date().toISOString(), deliveryMode: 'expectReplies',
  };
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as { activities?: Activity[]; error?: string; message?: string };
  if (!res.ok) throw new Error(`${res.status} ${json.error ?? ''} ${json.message ?? ''}`.trim());
  return json.activities ?? [];
}

function show(activities: Activity[]): void {
  for (const a of activities) {
    if (a.type === 'trace') { if (traces) console.log(`  \x1b[2m[trace ${a.name}] ${JSON.stringify(a.value)}\x1b[0m`); continue; }
    if (a.type !== 'message') continue;
    if (a.text) console.log(`\x1b[36mBot:\x1b[0m ${a.text}`);
    for (const att of a.attachments ?? []) {
      const c = att.content ?? {};
      console.log(`  ┌ ${c.title ?? ''}${c.subtitle ? `\n  │ ${c.subtitle}` : ''}`);
      for (const line of (c.text ?? '').split('\n')) if (line) console.log(`  │ ${line}`);
      for (const b of c.buttons ?? []) console.log(`  └ ${b.title}: ${String(b.value)}`);
    }
    (a.suggestedActions?.actions ?? []).forEach((action, i) => console.log(`   ${i + 1}. ${action.title ?? String(action.value)}`));
  }
}

async function main(): Promise<void> {
  try {
    const ready = await fetch(`${url}/readyz`);
    if (!ready.ok) console.log('(the bot is still starting; answers may take a few seconds)');
  } catch {
    console.error(`Cannot reach the bot at ${url}. Start it first with "npm start" (or set --url).`);
    process.exit(1);
  }
  console.log(`Connected to ${url} — conversation ${conversation.id}. Type your answers; Ctrl+C or "/quit" to leave.\n`);
  show(await send({ type: 'conversationUpdate', membersAdded: [bot, user] }));
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '\x1b[33mYou:\x1b[0m ' });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit') break;
    if (text) {
      try { show(await send({ type: 'message', text })); } catch (err) { console.error(`(error: ${(err as Error).message})`); }
    }
    rl.prompt();
  }
  rl.close();
}

void main();
