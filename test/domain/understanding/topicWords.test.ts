import { expect } from 'chai';
import { useUnderstanding } from './fixture';

/**
 * What people name as what they want to learn, found chatting as jobseekers: "PowerBI" written as one word, BIM
 * (building information modelling), "la compta et les devis" for a small business were not read as anything. Power
 * BI is data; BIM and CAD are design (topics.json `specific`: a precise subject the topic's courses may not teach);
 * quotes and invoices are running a business (entrepreneurship); bookkeeping stays office work.
 */
describe('Understanding: topics named by a tool or a task (knowledge/topics.json)', () => {
  const u = useUnderstanding();
  const ROWS: Record<string, Array<[string, string]>> = {
    fr: [['je veux apprendre PowerBI', 'data'], ['je veux me former au BIM', 'design'], ['Revit', 'design'],
      ['je veux apprendre à faire des devis', 'entrepreneurship'], ['la compta', 'office']],
    en: [['I want to learn PowerBI', 'data'], ['I want to learn BIM', 'design'], ['building information modelling', 'design'],
      ['I need to learn quotes and invoices', 'entrepreneurship'], ['bookkeeping', 'office']],
    es: [['quiero aprender PowerBI', 'data'], ['quiero aprender BIM', 'design'], ['Revit', 'design'],
      ['quiero aprender a hacer presupuestos', 'entrepreneurship'], ['contabilidad', 'office']],
    de: [['ich möchte PowerBI lernen', 'data'], ['ich möchte BIM lernen', 'design'], ['Revit', 'design'],
      ['ich will Angebote schreiben lernen', 'entrepreneurship'], ['Buchhaltung', 'office']],
    nl: [['ik wil PowerBI leren', 'data'], ['ik wil BIM leren', 'design'], ['Revit', 'design'],
      ['ik wil leren offertes maken', 'entrepreneurship'], ['boekhouding', 'office']],
    lb: [['ech wëll PowerBI léieren', 'data'], ['ech wëll BIM léieren', 'design'], ['Revit', 'design'],
      ['Devisen', 'entrepreneurship'], ['Buchhaltung', 'office']],
  };
  for (const [lang, rows] of Object.entries(ROWS)) {
    for (const [text, topic] of rows) {
      it(`when a person says "${text}" (${lang}, free text or as the answer to what to learn), then the topic is ${topic}`, () => {
        const free = u().understand(text, lang).slots.interest;
        const answered = u().understand(text, lang, { pending: 'interest' }).slots.interest;
        expect(answered, `answer: ${text}`).to.equal(topic);
        // (in free text a topic counts after a learning word: "je veux apprendre…")
        if (/apprendre|former|learn|aprender|lernen|leren|léieren/i.test(text)) expect(free, `free text: ${text}`).to.equal(topic);
      });
    }
  }
});
