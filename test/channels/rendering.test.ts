import { expect } from 'chai';
import { splitText } from '../../bot/channels/splitText';
import { renderWhatsApp } from '../../bot/channels/whatsapp/outbound';
import { renderTelegram } from '../../bot/channels/telegram/outbound';
import { replyParts } from '../../bot/channels/replyParts';

const LABELS = { choose: 'Choisir', numberedHint: 'Tapez un numéro.' };

describe('Messaging apps: splitting and rendering by capability (pure)', () => {
  describe('splitText', () => {
    it('when a text fits, then it is one part', () => {
      expect(splitText('Bonjour !', 4096)).to.deep.equal(['Bonjour !']);
    });

    it('when a text is long, then parts stay under the limit, cut between words, and no word or link is cut', () => {
      const link = 'https://www.example.org/formations/une-tres-longue-adresse?avec=des&parametres=1';
      const words = Array.from({ length: 900 }, (_, i) => (i % 50 === 7 ? link : `mot${i}`)).join(' ');
      const parts = splitText(words, 4096);
      expect(parts.length).to.be.greaterThan(1);
      for (const part of parts) expect(part.length).to.be.at.most(4096);
      expect(parts.join(' ')).to.equal(words);
      const tokens = new Set(words.split(' '));
      for (const part of parts) for (const token of part.split(' ')) expect(tokens.has(token), token).to.equal(true);
    });

    it('when a paragraph break is near the limit, then the cut is there', () => {
      const first = 'a '.repeat(1500).trim();
      const parts = splitText(`${first}\n\n${'b '.repeat(1500).trim()}`, 4096);
      expect(parts[0]).to.equal(first);
    });

    it('when one unbreakable run is longer than the limit, then it is cut, never inside an emoji', () => {
      const parts = splitText(`${'x'.repeat(9)}😀${'y'.repeat(5)}`, 10);
      for (const part of parts) expect(part).to.not.match(/[\ud800-\udbff]$/);
      expect(parts.join('')).to.equal(`${'x'.repeat(9)}😀${'y'.repeat(5)}`);
    });
  });

  describe('renderWhatsApp', () => {
    it('when there are up to 3 short choices, then reply buttons (titles ≤ 20)', () => {
      const [m] = renderWhatsApp([{ text: 'Avez-vous un ordinateur ?', choices: ['Oui', 'Non', 'Seulement un téléphone'.slice(0, 20)] }], LABELS);
      expect(m.type).to.equal('interactive');
      expect((m.interactive as any).type).to.equal('button');
      expect((m.interactive as any).action.buttons.map((b: any) => b.reply.title)).to.deep.equal(['Oui', 'Non', 'Seulement un télépho']);
    });

    it('when there are 4 to 10 choices or a title over 20, then a list (rows ≤ 24, a longer label whole in the description)', () => {
      const long = 'Un certificat de fin de formation professionnelle';
      const [m] = renderWhatsApp([{ text: 'Quel diplôme ?', choices: ['Aucun', 'CAP', 'Bac', long] }], LABELS);
      const list = m.interactive as any;
      expect(list.type).to.equal('list');
      expect(list.action.button).to.equal('Choisir');
      const rows = list.action.sections[0].rows;
      expect(rows).to.have.length(4);
      for (const row of rows) expect([...row.title].length).to.be.at.most(24);
      expect(rows[3]).to.include({ id: long, description: long });
    });

    it('when there are more than 10 choices, then numbered text with the hint', () => {
      const choices = Array.from({ length: 12 }, (_, i) => `Option ${i + 1}`);
      const [m] = renderWhatsApp([{ text: 'Choisissez :', choices }], LABELS);
      expect(m.type).to.equal('text');
      expect((m.text as any).body).to.match(/^Choisissez :\n1\. Option 1\n[\s\S]*12\. Option 12\nTapez un numéro\.$/);
    });

    it('when a text with choices is longer than an interactive body, then the text goes first and the last piece carries the buttons', () => {
      const text = `${'Une phrase assez longue pour remplir. '.repeat(40)}Alors ?`;
      const messages = renderWhatsApp([{ text, choices: ['Oui', 'Non'] }], LABELS);
      expect(messages.map((m) => m.type)).to.deep.equal(['text', 'interactive']);
      expect(((messages[1].interactive as any).body.text as string).length).to.be.at.most(1024);
    });

    it('when a text has markdown bold, then it becomes WhatsApp bold, never raw **', () => {
      const [m] = renderWhatsApp([{ text: 'Un **conseil** utile', choices: [] }], LABELS);
      expect((m.text as any).body).to.equal('Un *conseil* utile');
    });
  });

  describe('renderTelegram', () => {
    it('when a question has choices, then a one-time reply keyboard on the last piece; plain text, no parse_mode', () => {
      const [m] = renderTelegram([{ text: 'Do you have a **computer**?', choices: ['Yes', 'No'] }], 'Type a number.');
      expect(m.text).to.equal('Do you have a computer?');
      expect(m).to.not.have.property('parse_mode');
      expect(m.reply_markup).to.deep.equal({ keyboard: [[{ text: 'Yes' }], [{ text: 'No' }]], resize_keyboard: true, one_time_keyboard: true });
    });

    it('when a message has no choices, then the previous keyboard is removed', () => {
      const [m] = renderTelegram([{ text: 'Thanks!', choices: [] }], 'Type a number.');
      expect(m.reply_markup).to.deep.equal({ remove_keyboard: true });
    });

    it('when a text is longer than 4,096, then it is split and only the last piece has the keyboard', () => {
      const messages = renderTelegram([{ text: 'word '.repeat(2000).trim(), choices: ['A', 'B'] }], 'Type a number.');
      expect(messages.length).to.equal(3);
      expect(messages.slice(0, -1).every((m) => (m.reply_markup as any).remove_keyboard === true)).to.equal(true);
      expect((messages.at(-1)!.reply_markup as any).keyboard).to.have.length(2);
    });
  });

  describe('replyParts', () => {
    it('when replies hold a hero card, traces and typing, then the card is short text with its link and the rest is dropped', () => {
      const parts = replyParts([
        { type: 'trace', name: 'orientation.ask' },
        { type: 'typing' },
        { type: 'message', text: 'Voici', suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Oui', value: 'Oui' }] } },
        { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.hero', content: { title: 'Excel', text: 'En ligne', buttons: [{ type: 'openUrl', title: 'Voir', value: 'https://x.example/r/1' }] } }] },
      ]);
      expect(parts).to.deep.equal([{ text: 'Voici', choices: ['Oui'] }, { text: 'Excel\nEn ligne\nVoir: https://x.example/r/1', choices: [] }]);
    });
  });
});
