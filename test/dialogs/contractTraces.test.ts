import path from 'node:path';
import { expect } from 'chai';
import { Translations } from '../../bot/adapters/i18n';
import { Renderer } from '../../dialogs/renderer';
import type { Profile } from '../../bot/domain/profile/profile';

/**
 * The contract's traces show the contract's profile (CONTRACT.md §2): the bot's own details of a slot (the trade of the
 * field, the languages of the topic, where the person lives outside the served regions) stay out of them.
 */
describe('Traces of the profile (emulator channel)', () => {
  const translations = new Translations(path.resolve(__dirname, '../..', 'locales'));
  const renderer = new Renderer({ course: () => undefined, support: () => undefined, agency: () => undefined, agencySearch: () => undefined });
  const profile: Profile = { goal: 'find-job', field: 'D', trade: 'sales', heldField: 'D', region: 'LU', livesIn: 'DE', interest: 'languages', learnLanguages: ['fr'] };

  it('when the profile holds the trade, a field of a job held, the languages to learn and a residence abroad, then neither the profile trace nor the understood trace shows them', () => {
    const activities = renderer.render([{ type: 'profile', profile }, { type: 'understood', intent: 'none', slots: profile }],
      { t: translations.getT('de'), lang: 'de', channelId: 'emulator', profile, topicLabel: (id) => id });
    const [shown, understood] = activities.map((a) => a.value as Record<string, unknown>);
    expect(shown).to.deep.equal({ goal: 'find-job', field: 'D', region: 'LU', interest: 'languages' });
    expect(understood.slots).to.deep.equal({ goal: 'find-job', field: 'D', region: 'LU', interest: 'languages' });
  });

  it('when the profile holds the bot\'s notes on the person\'s languages (spoken poorly, written in, reading hard), then the traces do not show them', () => {
    const noted: Profile = { goal: 'find-job', region: 'BE-BRU', weakLanguages: ['fr'], wroteIn: ['en'], readsPoorly: true };
    const activities = renderer.render([{ type: 'profile', profile: noted }, { type: 'understood', intent: 'none', slots: noted }],
      { t: translations.getT('en'), lang: 'en', channelId: 'emulator', profile: noted, topicLabel: (id) => id });
    for (const value of activities.map((a) => a.value as Record<string, unknown>)) {
      expect((value.slots ?? value) as Record<string, unknown>).to.deep.equal({ goal: 'find-job', region: 'BE-BRU' });
    }
  });
});
