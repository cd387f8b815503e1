import { expect } from 'chai';
import { HandoffFlow } from '../../bot/handoff/handoffFlow';
import type { AdvisorDesk } from '../../bot/handoff/advisorDesk';
import type { HandoffService } from '../../bot/domain/handoff/handoffService';
import type { ConversationRecord } from '../../bot/domain/conversation/conversationRecord';
import type { ConversationAddress } from '../../bot/domain/conversation/conversationRepository';
import type { Output } from '../../bot/domain/orientation/outputs';
import type { Session } from '../../bot/domain/orientation/session';
import { converse, engineFixture } from '../helpers/engineFixture';
import { realCatalogue } from '../helpers/realCatalogue';

const says = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'say' ? [o.key] : []));
const contacts = (out: Output[]): string[] => out.flatMap((o) => (o.type === 'contacts' ? o.agencyIds : []));

/** The handoff flow out of advisor hours (nobody on duty, hours known), over the real engine and agencies. */
function offHours(): HandoffFlow {
  return new HandoffFlow({
    handoff: {} as HandoffService,
    desk: { onlineCount: () => 0 } as unknown as AdvisorDesk,
    schedule: { hasHours: true, isOpen: () => false, nextOpening: () => undefined },
    engine: engineFixture(),
    agencies: realCatalogue().kb.agencies,
    timeZone: 'Europe/Luxembourg',
    contactCentre: false,
    minutesPerPerson: 5,
    recommendationTitle: (id) => id,
    now: () => new Date('2026-12-06T22:00:00Z'),
    normaliseTime: async (text) => text,
  });
}

const record = (session: Session, said: string[]): ConversationRecord => ({
  session, seen: [], createdAt: '2026-12-06T21:50:00Z', updatedAt: '2026-12-06T22:00:00Z', transcript: said.map((text) => ({ from: 'user', text, at: '2026-12-06T22:00:00Z' })) as ConversationRecord['transcript'],
});

/**
 * qa24 q22 (issue 8): beside ADEM's contacts, "do you live in another country? you can also register there" was asked of
 * one who had just said they live in Luxembourg. It is for those whose home is not known to be there.
 */
describe('Cross-border sentence beside ADEM only when where the person lives is not Luxembourg (qa24 q22)', function () {
  this.timeout(120000);

  it('when the person asked for someone out of hours answers "where do you live?" with a town of Luxembourg, then ADEM is given and they are not asked whether they live in another country', async () => {
    for (const [locale, hello, place] of [['fr-BE', 'bonjour', 'à Esch-sur-Alzette'], ['de-DE', 'hallo', 'in Ettelbrück'], ['en-GB', 'hi', 'Luxembourg City']] as const) {
      const { engine, session } = converse(locale, [hello]);
      engine.regionForContacts(session);
      engine.handle(session, { text: place });
      expect(session.profile.region, locale).to.equal('LU');
      const out = await offHours().request(record(session, [place]), {} as ConversationAddress, 'user', true);
      expect(contacts(out), locale).to.include('adem');
      expect(says(out), locale).to.not.include('common:answers.crossBorder');
    }
  });

  it('when they said in their own words that they live in Luxembourg ("j\'habite à Differdange"), then neither', async () => {
    const { session } = converse('fr-BE', ['bonjour', "j'habite à Differdange et je cherche un emploi dans la vente"]);
    const out = await offHours().request(record(session, ['je voudrais parler à quelqu\'un']), {} as ConversationAddress, 'user');
    expect(contacts(out)).to.include('adem');
    expect(says(out)).to.not.include('common:answers.crossBorder');
  });

  it('when they only said they look for work in Luxembourg, then they are still told that the service of their country may register them too', async () => {
    const { session } = converse('fr-BE', ['bonjour', 'je cherche un emploi dans la vente au Luxembourg']);
    expect(session.profile.region).to.equal('LU');
    const out = await offHours().request(record(session, ['je voudrais parler à quelqu\'un']), {} as ConversationAddress, 'user');
    expect(says(out)).to.include('common:answers.crossBorder');
  });

  it('when one who lives in Luxembourg asks about ADEM, then its contacts come without the question', () => {
    const { engine, session } = converse('fr-BE', ['bonjour', "j'habite à Differdange"]);
    const out = engine.handle(session, { text: "est-ce que je peux m'inscrire à l'ADEM ?" });
    expect(contacts(out)).to.include('adem');
    expect(says(out)).to.not.include('common:answers.crossBorder');
  });
});
