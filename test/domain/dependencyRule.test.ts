import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const DOMAIN = path.resolve(__dirname, '../../bot/domain');
const FORBIDDEN = /from ['"](botbuilder[^'"]*|restify[^'"]*|i18next[^'"]*)['"]|require\(['"](botbuilder|restify|i18next)/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('Dependency rule', () => {
  it('when a file lives in bot/domain, then it imports neither botbuilder, restify nor i18next', () => {
    const offenders = files(DOMAIN).filter((f) => FORBIDDEN.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(DOMAIN, f));
    expect(offenders, 'domain files importing the transport').to.deep.equal([]);
  });

  it('when every domain module is loaded in a fresh process, then neither the SDK, restify nor i18next is loaded', function () {
    this.timeout(60000);
    const script = `const fs=require('fs');const list=${JSON.stringify(files(DOMAIN))};for(const f of list)require(f);` +
      "console.log(JSON.stringify(Object.keys(require.cache).filter(k=>/node_modules[\\\\/](botbuilder|restify|i18next)/.test(k))))";
    const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).to.deep.equal([]);
  });
});
