import { understanding } from './fixture';
import { warmUp } from '../../../bot/domain/understanding';
const rows: Array<[string, string, string | undefined]> = JSON.parse(process.argv[2]);
void (async () => { const u = understanding(); await warmUp();
for (const [t, l, a] of rows) console.log(JSON.stringify(u.understand(t, l, { pending: a as any })), '<=', t); })();
