import { createStore } from '../adapters/storage/createStore';
import { loadConfig } from '../config';
import { AccountError, AdvisorAccounts, MIN_PASSWORD_LENGTH, normaliseName, ROLES, type AccountRole } from '../console/advisorAccounts';

/**
 * Manages the advisors' console accounts in the bot's own store (SQLite in DATA_DIR, or DATABASE_URL), so
 * the running bot sees a new account at once and nothing else has to be deployed.
 *
 * @remarks The password is read from standard input and never from the command line (where `ps` and shell
 * history would keep it): typed without echo on a terminal, and asked twice; or the first line of piped input,
 * for provisioning scripts. `passwd` and `remove` end the advisor's open sessions at their next request.
 * Exit codes: 0 done; 1 refused (unknown or existing name, weak password); 2 usage.
 * @example
 * npm run advisor -- add marie.dupont          # asks for the password
 * npm run advisor -- add paul.martin --role manager   # also sees the agency's analytics
 * printf '%s\n' "$PASSWORD" | npm run advisor -- add marie.dupont
 * npm run advisor -- list
 */
const USAGE = `usage: npm run advisor -- add NAME [--role advisor|manager] | passwd NAME | remove NAME | list
  add and passwd read the password (at least ${MIN_PASSWORD_LENGTH} characters) from standard input.
  --role manager: the account also sees the agency's analytics (default: advisor).`;

export async function main(args: readonly string[]): Promise<number> {
  const argv = [...args];
  let role: AccountRole = 'advisor';
  const flag = argv.indexOf('--role');
  if (flag >= 0) {
    const value = argv[flag + 1];
    if (argv[0] !== 'add' || !ROLES.includes(value as AccountRole)) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    role = value as AccountRole;
    argv.splice(flag, 2);
  }
  const [command, rawName, ...extra] = argv;
  const needsName = ['add', 'passwd', 'remove'].includes(command ?? '');
  if (extra.length > 0 || !(needsName ? rawName : command === 'list' && rawName === undefined)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const store = await createStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const accounts = new AdvisorAccounts(store);
    if (command === 'list') {
      const names = await accounts.list();
      process.stdout.write(names.length > 0 ? `${names.join('\n')}\n` : '');
      return 0;
    }
    const name = normaliseName(rawName);
    if (command === 'remove') {
      const removed = await accounts.remove(name);
      process.stderr.write(removed ? `Removed advisor "${name}".\n` : `There is no advisor named "${name}".\n`);
      return removed ? 0 : 1;
    }
    if (command === 'add' && (await accounts.get(name))) throw new AccountError('exists', `An advisor named "${name}" already exists (use passwd to change the password).`);
    if (command === 'passwd' && !(await accounts.get(name))) throw new AccountError('unknown', `There is no advisor named "${name}".`);
    const password = await readPassword(`Password for ${name} (at least ${MIN_PASSWORD_LENGTH} characters): `);
    if (command === 'add') await accounts.add(name, password, role);
    else await accounts.setPassword(name, password);
    process.stderr.write(command === 'add' ? `Added ${role} "${name}".\n` : `New password set for "${name}"; their sessions are ended.\n`);
    return 0;
  } catch (err) {
    if (err instanceof AccountError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await store.close();
  }
}

/** On a terminal: typed twice without echo. Piped: the first line of standard input. */
async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += String(chunk);
    return input.split(/\r?\n/)[0];
  }
  const first = await readHidden(prompt);
  const second = await readHidden('Repeat the password: ');
  if (first !== second) throw new AccountError('weak-password', 'The two passwords differ.');
  return first;
}

function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    stdin.setRawMode(true); // before the prompt, so nothing typed after it is ever echoed
    process.stderr.write(prompt);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: Error) => {
    process.stderr.write(`advisor: ${err.message}\n`);
    process.exitCode = 2;
  });
}
