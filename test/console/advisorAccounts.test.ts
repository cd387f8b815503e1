import { expect } from 'chai';
import { MemoryStore } from '../../bot/adapters/storage/memoryStore';
import { AccountError, AdvisorAccounts, accountKey } from '../../bot/console/advisorAccounts';
import { hashPassword, verifyPassword } from '../../bot/console/passwords';

describe('advisor accounts and passwords', () => {
  it('when a password is hashed, then it is scrypt with its own salt, verifies, and a wrong one does not', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).to.match(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).to.not.equal(b); // random salt
    expect(await verifyPassword('correct horse battery', a)).to.equal(true);
    expect(await verifyPassword('correct horse batterx', a)).to.equal(false);
    expect(await verifyPassword('correct horse battery', 'plain-text')).to.equal(false);
    expect(await verifyPassword('x', 'scrypt$99999999$8$1$AAAA$AAAA')).to.equal(false);
  });

  it('when an advisor is added, then only the hash is stored, under console/advisors/<name>', async () => {
    const store = new MemoryStore();
    await new AdvisorAccounts(store).add('Marie.Dupont', 'un mot de passe long');
    const stored = (await store.read([accountKey('marie.dupont')]))[accountKey('marie.dupont')];
    expect(stored).to.include({ name: 'marie.dupont' });
    expect(JSON.stringify(stored)).to.not.contain('un mot de passe long');
  });

  it('when names or passwords are not acceptable, then a typed error says why', async () => {
    const accounts = new AdvisorAccounts(new MemoryStore());
    for (const name of ['', 'a', '-x', 'with space', 'x'.repeat(41), '../etc', 'é']) {
      const err = await accounts.add(name, 'long enough password').catch((e: unknown) => e);
      expect(err, name).to.be.instanceOf(AccountError).with.property('code', 'invalid-name');
    }
    const weak = await accounts.add('bob', 'short').catch((e: unknown) => e);
    expect(weak).to.be.instanceOf(AccountError).with.property('code', 'weak-password');
    await accounts.add('bob', 'long enough password');
    const twice = await accounts.add('BOB', 'another long password').catch((e: unknown) => e);
    expect(twice).to.be.instanceOf(AccountError).with.property('code', 'exists');
  });

  it('when accounts are added and removed, then the list follows, sorted', async () => {
    const accounts = new AdvisorAccounts(new MemoryStore());
    await Promise.all(['zoe', 'adam', 'marc'].map((n) => accounts.add(n, 'long enough password')));
    expect(await accounts.list()).to.deep.equal(['adam', 'marc', 'zoe']);
    expect(await accounts.remove('marc')).to.equal(true);
    expect(await accounts.remove('marc')).to.equal(false);
    expect(await accounts.list()).to.deep.equal(['adam', 'zoe']);
    expect(await accounts.verify('marc', 'long enough password')).to.equal(undefined);
  });

  it('when verifying, then the right password gives the account and anything else gives nothing', async () => {
    const accounts = new AdvisorAccounts(new MemoryStore());
    await accounts.add('lea', 'long enough password');
    expect((await accounts.verify('LEA', 'long enough password'))?.name).to.equal('lea');
    expect(await accounts.verify('lea', 'long enough passwore')).to.equal(undefined);
    expect(await accounts.verify('nobody', 'long enough password')).to.equal(undefined);
    expect(await accounts.verify('lea', 'x'.repeat(5000))).to.equal(undefined);
    await accounts.setPassword('lea', 'a different long password');
    expect(await accounts.verify('lea', 'long enough password')).to.equal(undefined);
    expect((await accounts.verify('lea', 'a different long password'))?.name).to.equal('lea');
  });
});
