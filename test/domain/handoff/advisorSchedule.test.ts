import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpeningHoursSchedule } from '../../../bot/domain/handoff/advisorSchedule';
import { parseCallbackNumber } from '../../../bot/domain/handoff/phoneNumber';
import { parseCallbackTime } from '../../../bot/domain/handoff/callbackTime';

describe('Advisor hours (opening_hours, time zone, holidays)', () => {
  const brussels = new OpeningHoursSchedule('Mo-Fr 08:30-16:30', 'Europe/Brussels', 'BE');

  it('when it is 09:00 in Brussels on a Monday (08:00 UTC), then advisors are on duty', () => {
    expect(brussels.isOpen(new Date('2026-11-23T08:00:00Z'))).to.equal(true);
  });
  it('when it is 08:00 in Brussels (07:00 UTC), then they are not, and the next opening is 08:30 Brussels time', () => {
    expect(brussels.isOpen(new Date('2026-11-23T07:00:00Z'))).to.equal(false);
    expect(brussels.nextOpening(new Date('2026-11-23T07:00:00Z'))?.toISOString()).to.equal('2026-11-23T07:30:00.000Z');
  });
  it('when it is Christmas Day, a Friday, then the Belgian public holiday closes the desk', () => {
    expect(brussels.isOpen(new Date('2026-12-25T10:00:00Z'))).to.equal(false);
    expect(brussels.isOpen(new Date('2026-12-24T10:00:00Z'))).to.equal(true);
  });
  it('when it is 11 July (the Flemish Community holiday, a Friday in 2025), then the shipped VDAB hours are closed, and open the day before', () => {
    const agencies = JSON.parse(readFileSync(join(__dirname, '../../../knowledge/agencies.json'), 'utf8')) as { agencies: Array<{ id: string; advisorHours: { openingHours: string; timeZone: string; holidays: string } }> };
    const vdab = agencies.agencies.find((agency) => agency.id === 'vdab')!.advisorHours;
    const schedule = new OpeningHoursSchedule(vdab.openingHours, vdab.timeZone, vdab.holidays);
    expect(schedule.isOpen(new Date('2025-07-11T08:00:00Z'))).to.equal(false);
    expect(schedule.isOpen(new Date('2025-07-10T08:00:00Z'))).to.equal(true);
  });
  it('when the hours are 24/7, then it is always open; when unknown, never', () => {
    expect(new OpeningHoursSchedule('24/7', 'Europe/Paris', 'FR').isOpen(new Date('2026-12-25T03:00:00Z'))).to.equal(true);
    expect(new OpeningHoursSchedule(null, 'Europe/Paris', 'FR').isOpen(new Date())).to.equal(false);
  });
  it('when the expression is not valid opening_hours, then construction fails', () => {
    expect(() => new OpeningHoursSchedule('Mon to Fri 9-5 please', 'Europe/Paris', 'FR')).to.throw();
  });
});

describe('Callback number and time', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['0470 12 34 56', 'BE-BRU', '+32470123456'],
    ['+352 621 123 456', undefined, '+352621123456'],
    ['0033 6 12 34 56 78', 'BE-BRU', '+33612345678'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['mon numéro: 02/555.12.12', 'BE-BRU', '+3225551212'],
    ['+44 20 7946 0958', undefined, undefined], // only Belgium, Luxembourg and France
    ['12 34', 'FR', undefined],
    ['0470 12 34 5', 'BE-WAL', undefined], // a Belgian mobile number has ten digits: one is missing
    ['621 123 45', 'LU', undefined],
    // a number within a sentence with other figures (found chatting: the number of "rappelez-moi demain à 14h au …" was asked again)
    ['appelez-moi demain à 14h au 0470 12 34 56', 'BE-WAL', '+32470123456'],
    ['call me back on 0612345678 after 5pm', 'FR', '+33612345678'],
    ['I have 2 kids, you can ring 621 123 456', 'LU', '+352621123456'],
    ['j\'ai 3 enfants et 45 ans', 'BE-BRU', undefined],
  ];
  for (const [text, region, expected] of cases) {
    it(`when the person writes "${text}", then the number is ${expected ?? 'refused'}`, () => {
      expect(parseCallbackNumber(text, region)).to.equal(expected);
    });
  }
  it('when a time is given in French, English or Spanish, then it is normalised to a date and hours', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(parseCallbackTime('demain matin', 'fr', now)).to.equal('2026-11-24 08:00:00–2026-11-24 12:00:00');
    expect(parseCallbackTime('tomorrow afternoon', 'en', now)).to.match(/^2026-11-24 12:00/);
    expect(parseCallbackTime('mañana por la tarde', 'es', now)).to.match(/^2026-11-24 16:00/);
  });
});
