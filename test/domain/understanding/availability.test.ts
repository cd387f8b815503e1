import { expect } from 'chai';
import { table, useUnderstanding } from './fixture';

/** [what the jobseeker types, hours per week expected] per language. */
const ROWS: Record<string, Array<[string, number]>> = {
  fr: [
    // a clock range that ends before it starts ends in the afternoon, on weekdays: "de 9 à 4" is 7 hours a day
    ['de 9 à 4', 35],
    ['vingt heures', 20], ['20h', 20], ['20', 20], ['10 h par semaine', 10], ['10h/semaine', 10],
    ['2h par jour du lundi au vendredi', 10], ['le week-end, 3h chaque jour', 6], ['quelques heures', 3],
    ['à mi-temps', 19], ['mi temps', 19], ['temps plein', 38], ['une heure par jour', 7], ['environ 15', 15],
    ['2 ou 3 heures par jour', 17.5], ['1h30 par jour', 10.5], ['30 minutes par jour', 3.5],
    ['une demi-heure par jour', 3.5], ['entre 10 et 15h', 12.5], ['3 jours par semaine, 4 heures par jour', 12],
    ['le mardi et le jeudi 2h', 4], ['4h le week-end', 4], ['de 9h à 12h le lundi', 3], ['un peu', 3],
    ['je peux faire 20 heures', 20], ['pas le temps', 0], ['quinze heures par mois', 3.5], ['douze', 12],
    ['jpeux 5h par semaine max', 5], ['tous les soirs une heure', 7], ['2h le soir après 18h', 14],
    ['2 jours par semaine', 14], ['1 jour par semaine', 7], ['à partir de 14h, 3 heures', 3], ['10h du lundi au vendredi', 10],
    ['quuinze heures', 15], ['3 jours par semaine, 4 heres par jour', 12],
    ["une dizaine d'heures", 10], ['une vingtaine d\'heures par semaine', 20], ['septante heures', 70],
    ['avant je faisais 40h, maintenant 20h', 20], ['temps partiel', 19], ['beaucoup', 38], ['le matin', 19],
    // a self-correction keeps the period said before it unless it says its own
    ['2h par jour, non plutôt 3h', 21], ['5h par semaine, non plutôt 10h', 10], ['2h par jour non plutôt 10h par semaine', 10],
    // a share of full time written as a fraction (Belgium's usual part time): 4/5 of 38 hours
    ['un 4/5', 30.4], ['4/5ème', 30.4], ['3/4 temps', 28.5],
    // two clock times are a span of the day, on weekdays: the unit on the second only is enough for a working hour,
    // not for two round amounts
    ['de 9 à 12h', 15], ['de 9 a 13h', 20], ['10 à 15 heures', 12.5], ['de 2 à 3 heures', 2.5], ['de 10 à 12 heures par semaine', 11],
    // a day said to be left out is taken off the weekdays; "trois enfants, j'habite" is no three days ("j'" before a verb)
    ['de 9h à 15h sauf le mercredi', 24], ['2h par jour sauf le dimanche', 12], ["j'ai trois enfants, j'habite à Namur, 8h30-15h pas le mercredi", 26],
    // "6h 14h" is a shift (the 14 has its own unit: no 6h14); a correction keeps the number said after it; the weekend alone is two days
    ['poste du matin 6h 14h du lundi au vendredi', 40], ['30h... non plutot 25 avec les gosses', 25], ['uniquement les week-ends', 14],
    // more hours than an evening holds are the week's; a counted part of the day is a number of times, and that number no hours
        ['sais pas, 10h par semaine', 10], ['le soir, douze heures', 12], ['3 soirs par semaine 2h', 6], ['les soirs, 2h', 14], ['2 soirs par semaine, 3h', 6],
  ],
  en: [
    ['school hours only, 9 to 3', 30], ['two hours a day', 14], ['a few hours', 3], ['half time', 19], ['full time', 38], ['10 hours a week', 10],
    ['20', 20], ['an hour a day', 7], ['about 15 hours', 15], ['3 days a week, 4 hours each', 12],
    ['2-3 hours daily', 17.5], ['twenty hours', 20], ['part-time', 19], ['2 hours every day monday to friday', 10],
    ['maybe 5 hrs per week', 5], ['half an hour a day', 3.5], ['weekends, 4 hours', 4],
    ['not much, maybe 2 hours', 2], ['around 10hrs', 10], ['10-15 hrs a week', 12.5], ['after 6pm, 2 hours', 2],
    ['twentty hours', 20],
    ['in the evenings, ten hours', 10], ['3 evenings a week, 2 hours each', 6], ['evenings 2 hours', 14],
    ['evenings only ~6h/wk', 6], ['a dozen hours', 12], ['mornings', 19], ['I used to do 40, now 10 hours a week', 10],
    ['2 hours a day, no actually 3', 21],
    // clock times with am/pm, or "from … to": a span of the day; one that ends before it starts ends in the afternoon
    ['from 9am to 1pm', 20], ['9am-1pm', 20], ['from 9 to 5', 40], ['from 1 to 5pm', 20], ['from 2 to 3 hours', 2.5],
    ['from 9am to 3pm except wednesdays', 24],
    // "8:30" is a clock time, not two clauses; an amount with its unit wins over a span without units
    ['school hours, 8:30 to 3:30', 35], ["my course runs 9 to 12 in the mornings, so afternoons, about 20 hours", 20],
  ],
  es: [
    ['dos horas al día', 14], ['unas 10 horas a la semana', 10], ['media jornada', 19], ['veinte', 20],
    ['de lunes a viernes 3 horas', 15], ['tiempo completo', 38], ['unas horas', 3], ['15 horas', 15],
    ['una hora al día', 7], ['media hora diaria', 3.5], ['unas dos horitas al día', 14], ['nada, no tengo tiempo', 0],
    ['viente', 20], ['media hora diaira', 3.5],
    ['una decena de horas', 10], ['jornada completa', 38], ['por las tardes', 19],
    ['2 horas al día, no, mejor 3', 21],
    ['desde las 9 hasta las 2', 25], ['de 9 a 2 de la tarde', 25],
    ['de 9 a 14h menos los miércoles', 20],
    // no unit: a span that ends in the afternoon is two hours of the day; "entre 8 y 12" alone stays an amount
    ['de lunes a viernes de 8 a 14', 30], ['20 h... bueno mejor 15, por los niños', 15], ['entre 8 y 12', 10],
  ],
  de: [
    ['zwei Stunden am Tag', 14], ['Vollzeit', 38], ['einundzwanzig Stunden', 21], ['ein paar Stunden', 3],
    ['zehn', 10], ['20 Std pro Woche', 20], ['eine halbe Stunde täglich', 3.5], ['fünfundzwanzig', 25],
    ['Teilzeit', 19], ['etwa 8 Stunden in der Woche', 8], ['drei Stunden am Wochenende', 3],
    ['jeden Tag eine Stunde', 7], ['zwei bis drei Stunden täglich', 17.5], ['2 Stunden ab 18 Uhr', 2], ['keine Zeit', 0],
    ['einundzwanzg Stunden', 21], ['fünfundzwannzig', 25],
    ['ganztags', 38], ['Teilzeitstelle', 19], ['früher 40 Stunden, jetzt 10 Stunden pro Woche', 10],
    ['2 Stunden am Tag, nein eher 3', 21],
    // "von", "bis" and "Uhr" are clock words: the two times are a span, not two times of day to drop
    ['von 8 bis 12 Uhr', 20], ['8-12 Uhr', 20], ['zwischen 8 und 12 Uhr', 20], ['von 9 bis 13 Uhr, 3 Tage', 12], ['10 bis 15 Stunden', 12.5],
    ['von 8 bis 12 Uhr, außer mittwochs', 16],
  ],
};

describe('Understanding.answer(availability)', () => {
  const u = useUnderstanding();
  for (const [lang, rows] of Object.entries(ROWS)) {
    describe(`in ${lang}`, () => {
      table(rows, (text, hours) => {
        expect(u().answer('availability', text, lang, [])?.profile.hoursPerWeek).to.equal(hours);
      }, (text, hours) => `when the user says "${text}", then it reads ${hours} hours a week`);
    });
  }

  table<string>([['je sais pas', 'fr'], ['no sé', 'es'], ["I don't know", 'en'], ['keine Ahnung', 'de'], ['ça dépend', 'fr']],
    (text, lang) => {
      const result = u().answer('availability', text, lang, []);
      expect(result?.dontKnow).to.equal(true);
      expect(result?.profile.hoursPerWeek).to.equal(undefined);
    }, (text) => `when the user says "${text}", then it is a don't-know`);

  table<string>([["j'ai 2 enfants", 'fr'], ['I have 3 kids', 'en'], ['1999', 'fr'], ['bonjour', 'fr'], ['le soir après 18h', 'fr'],
    ['ab 18 Uhr', 'de'], ['evenings only', 'en'], ['2 soirées par semaine', 'fr'], ['drei Abende pro Woche', 'de']], (text, lang) => {
    expect(u().answer('availability', text, lang, [])).to.equal(undefined);
  }, (text) => `when the user says "${text}", then no hours are read`);

  // found by a tester (qa19 B4): "je sais pas, beaucoup" was read as "pas beaucoup", 3 hours; amount words hold in one clause
  table<string>([["j'en sais rien, beaucoup", 'fr'], ['je ne sais pas, beaucoup', 'fr'], ['weiß ich nicht, viel', 'de'], ['weet ik niet, veel', 'nl']], (text, lang) => {
    expect(u().answer('availability', text, lang, [])?.profile.hoursPerWeek).to.not.equal(3);
  }, (text) => `when the user says "${text}", then a "not" of another clause makes no "not much"`);

  // found chatting as jobseekers: "4" typed under "4. 20 hours or more … Type a number" was read as 4 hours
  it('when options are shown and the user types the number of one, then it is that option; a number past them is hours', () => {
    const options = [{ value: '3', label: 'Moins de 5 heures' }, { value: '10', label: '5 à 15 heures' }];
    expect(u().answer('availability', '2', 'fr', options)?.profile.hoursPerWeek).to.equal(10);
    expect(u().answer('availability', '7', 'fr', options)?.profile.hoursPerWeek).to.equal(7);
    expect(u().answer('availability', '2 heures', 'fr', options)?.profile.hoursPerWeek).to.equal(2);
    expect(u().answer('availability', 'n°2', 'fr', options)?.profile.hoursPerWeek).to.equal(10);
    expect(u().answer('availability', 'la deuxième', 'fr', options)?.profile.hoursPerWeek).to.equal(10);
    // found chatting (second round): the first option's value is 2 ("Moins de 3 heures"), and "2" typed was read as it
    const shown = [{ value: '2', label: 'Moins de 3 heures' }, { value: '5', label: 'Environ 5 heures' }, { value: '10', label: 'Environ 10 heures' }, { value: '20', label: '20 heures ou plus' }];
    expect(u().answer('availability', '2', 'fr', shown)?.profile.hoursPerWeek).to.equal(5);
    expect(u().answer('availability', '1', 'fr', shown)?.profile.hoursPerWeek).to.equal(2);
    expect(u().answer('availability', '20', 'fr', shown)?.profile.hoursPerWeek).to.equal(20);
  });
});

/** [a first message in free text, hours a week read from it (undefined: none)] per language. */
const FREE_TEXT: Record<string, Array<[string, number | undefined]>> = {
  fr: [
    ['je peux travailler 15h max, je cherche dans la vente', 15], ['formation en compta, une dizaine d\'heures par semaine', 10],
    ['je cherche un mi-temps dans le nettoyage', 19], ['avant je faisais septante heures, maintenant je cherche autre chose', undefined],
    ['je veux apprendre beaucoup de choses', undefined], ['je cherche un travail le matin', undefined],
    ['je cherche un 4/5 dans la vente', 30.4], ['disponible à partir du 4/5', undefined],
    // whole days said per week are days of 7 hours, in free text too
    ['je voudrais travailler au musée, 3 jours par semaine max', 21],
    // minutes with no period are how long something took, not time a week
    ['ça fait vingt minutes que je remplis ce truc', undefined], ['30 minutes par jour pour apprendre l\'anglais', 3.5],
  ],
  en: [
    ['I can do full time, I have a laptop', 38], ['evenings only, about 6h/wk', 6], ['looking for a part-time job in Namur', 19],
    ['I used to work 50 hours a week in a warehouse', undefined], ['I like afternoons', undefined],
    ['I want to work in a shop, free from 9am to 1pm', 20],
    ['back after leave, I want to keep doing reception, 4 days a week max', 28], ['I used to work 5 days a week', undefined],
  ],
  es: [
    ['quiero aprender Excel y puedo dedicarle 20h', 20], ['busco algo a media jornada', 19], ['tengo bachillerato, 25 horas', 25],
    ['antes trabajaba 40 horas en un bar', undefined], ['mucho interés en diseño', undefined],
    // "trabajo" is no typo of the past "trabajé"
    ['busco trabajo de cocinero a jornada completa', 38], ['necesito trabajo, puedo 20 horas', 20],
    ['quiero cuidar personas mayores, 3 días por semana', 21],
    ['llevo diez minutos esperando una respuesta', undefined],
  ],
  de: [
    ['suche Arbeit als Reinigungskraft, so 15 Stunden', 15], ['kann Vollzeit, habe ein Handy', 38],
    ['früher habe ich 45 Stunden gearbeitet', undefined], ['vormittags habe ich Deutschkurs', undefined],
    ['ich suche Putzstelle, kann von 8 bis 12 Uhr', 20],
  ],
};

describe('Understanding.extract(hoursPerWeek) from free text', () => {
  const u = useUnderstanding();
  for (const [lang, rows] of Object.entries(FREE_TEXT)) {
    describe(`in ${lang}`, () => {
      table(rows, (text, hours) => {
        expect(u().extract(text, lang).hoursPerWeek).to.equal(hours);
      }, (text, hours) => `when a first message says "${text}", then it reads ${hours ?? 'no'} hours a week`);
    });
  }
});

// found by a tester: an evening's hours said once were multiplied by seven, and amounts said of a computer were hours
describe('Understanding.answer(availability): amounts that are no week of hours', () => {
  const u = useUnderstanding();
  table<[lang: string, hours: number | undefined]>([
    ['evenings only, maybe 8 hours', ['en', 8]], ['abends, zehn Stunden', ['de', 10]], ['le soir, 2 heures', ['fr', 14]],
    ['no se usar mucho el ordenador', ['es', undefined]], ['nada de ordenador', ['es', undefined]], ['mucho', ['es', 38]],
    // a bare "nothing" says no amount: asked again, not 0 hours (found by a tester, qa24 q02: "niks" gave 0 h and the list);
    // "no time" still is 0
    ['nada', ['es', undefined]], ['ninguna', ['es', 0]], ['no tengo tiempo', ['es', 0]],
    // the hours said after full or half time make it precise; days or times after it do not
    ['tiempo completo, cuarenta', ['es', 40]], ['half time, so 20', ['en', 20]], ['Teilzeit, zwanzig', ['de', 20]],
    ['temps plein, 5 jours', ['fr', 38]], ['voltijds, 3', ['nl', 38]],
  ], (text, [lang, hours]) => expect(u().answer('availability', text, lang, [])?.profile.hoursPerWeek).to.equal(hours),
  (text, [, hours]) => `when "${text}" answers the hours question, then it reads ${hours ?? 'no'} hours a week`);
});

// issue 7: availability said in free words (days or times a week and the hours of each, half days, a part of the day or
// the weekend said to be all one's time) was read as the hours of one day or time, or not at all
describe('Understanding: availability said in free words', () => {
  const u = useUnderstanding();
  // [text, language, the question pending (undefined: a first message), hours a week expected]
  table<[lang: string, asked: 'availability' | undefined, hours: number | undefined]>([
    // times a week and the hours of each: "each" makes the hours each time's however long
    ['two shifts a week, 9 hours each', ['en', 'availability', 18]],
    ['I could take on 3 night shifts per week of 10 hours each in a hospital', ['en', undefined, 30]],
    ['shifts: 4 a week, 6 hours each', ['en', 'availability', 24]],
    ['trois gardes par semaine, 7 heures chacune', ['fr', 'availability', 21]],
    ['cuatro turnos por semana, 6 horas cada uno', ['es', 'availability', 24]],
    ['zwei Schichten die Woche, je 7 Stunden', ['de', 'availability', 14]],
    ['3 diensten per week, telkens 8 uur', ['nl', 'availability', 24]],
    // Dutch says an approximate count unit first: "een dag of 4" is about four days
    ['een dag of 4 per week', ['nl', 'availability', 28]],
    ['ik zoek iets in de logistiek, een dag of 2 in de week', ['nl', undefined, 14]],
    ['ik wil boekhouden leren, een uur of 8 per week', ['nl', undefined, 8]], ['een uurtje of 3 per dag', ['nl', 'availability', 21]],
    // (after a clock word it is a time of day: "om een uur of 4" is about four o'clock)
    ['jullie mogen me bellen om een uur of 4', ['nl', undefined, undefined]],
    // half days counted are half a working day each, not half time; two mornings are no half-time job
    ['quatre demi-journées par semaine', ['fr', 'availability', 14]],
    ['2 half days a week', ['en', 'availability', 7]],
    ['vier halbe Tage pro Woche', ['de', 'availability', 14]],
    ['twee voormiddagen per week', ['nl', 'availability', 7]],
    ['deux matinées par semaine de 4h', ['fr', 'availability', 8]],
    // a part of the day or the weekend said to be all one's time: half time, or two whole days, in free text too
    ['I am looking for a job in a bakery, afternoons only', ['en', undefined, 19]],
    ['je cherche un poste de vendeuse, uniquement le matin', ['fr', undefined, 19]],
    ['busco algo en un hotel, solo los fines de semana', ['es', undefined, 14]],
    ['ich suche Arbeit im Supermarkt, nur nachmittags', ['de', undefined, 19]],
    ['ech sichen eng Plaz am Buttek, nëmmen moies', ['lb', undefined, 19]],
    ['weekend only please', ['en', 'availability', 14]],
    // a part of the day named without "only" still says no amount in free text; evenings alone say no amount at all
    ['I take my daughter to school in the mornings', ['en', undefined, undefined]],
    ['le soir uniquement', ['fr', 'availability', undefined]],
  ], (text, [lang, asked, hours]) => {
    const read = asked ? u().answer(asked, text, lang, [])?.profile.hoursPerWeek : u().extract(text, lang).hoursPerWeek;
    expect(read).to.equal(hours);
  }, (text, [, asked, hours]) => `when "${text}" is said${asked ? ' to the hours question' : ''}, then it reads ${hours ?? 'no'} hours a week`);
});
