import { expect } from 'chai';
import path from 'node:path';
import { agenciesFor } from '../../../bot/domain/handoff/agencyChoice';
import { loadKnowledge, languagesOf } from '../../../bot/adapters/knowledgeFiles';

const ROOT = path.resolve(__dirname, '../../..');
const { agencies } = loadKnowledge(path.join(ROOT, 'knowledge'), languagesOf(path.join(ROOT, 'locales')));
const ids = (region: Parameters<typeof agenciesFor>[1], lang: string) => agenciesFor(agencies, region, lang).map((a) => a.id);

describe('Agencies named to a person, by region and language (domain)', () => {
  it('when a French speaker lives in Wallonia, then the Forem is named, not the German-speaking Community\'s ADG', () => {
    expect(ids('BE-WAL', 'fr')).to.deep.equal(['forem']);
  });
  it('when a German speaker lives in Wallonia, then the ADG comes first, then the Forem', () => {
    expect(ids('BE-WAL', 'de')).to.deep.equal(['adg', 'forem']);
  });
  it('when a Dutch speaker lives in Brussels, then Actiris (which speaks Dutch) comes first', () => {
    expect(ids('BE-BRU', 'nl')[0]).to.equal('actiris');
    expect(ids('BE-BRU', 'fr')).to.have.members(['bruxelles-formation', 'actiris']);
  });
  it('when nobody there speaks the person\'s language, then every agency of the region is named', () => {
    expect(ids('BE-BRU', 'es')).to.have.members(['bruxelles-formation', 'actiris']);
    expect(ids(undefined, 'fr')).to.deep.equal([]);
  });
  // found chatting: a Spanish speaker in Liège was also given the ADG, whose offices are in Eupen, Kelmis and St. Vith
  it('when a person who does not chat in German lives in Wallonia, then the ADG (for Ostbelgien only) is not named', () => {
    for (const lang of ['es', 'en', 'nl', 'lb']) expect(ids('BE-WAL', lang), lang).to.deep.equal(['forem']);
  });
});
