import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import { hashedId, sameSecret, validHubSignature } from '../../bot/channels/secrets';
import { parseWhatsApp } from '../../bot/channels/whatsapp/inbound';
import { parseTelegram } from '../../bot/channels/telegram/inbound';
import { parseRegionOutlines, regionAt } from '../../bot/domain/profile/regionAt';
import fs from 'node:fs';
import path from 'node:path';

const regionsJson: unknown = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../knowledge/geo/regions.json'), 'utf8'));

const PHONE_ID = '106540352242922';
const id = (waId: string) => `h-${waId}`;

describe('Messaging apps: signatures and payloads (pure)', () => {
  it('when the body is signed as Meta documents it, then the signature is valid; any change makes it invalid', () => {
    // the documented vector: HMAC-SHA256("secret", "test")
    expect(createHmac('sha256', 'secret').update('test').digest('hex')).to.equal('0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914');
    const raw = Buffer.from('test');
    expect(validHubSignature(raw, 'sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914', 'secret')).to.equal(true);
    expect(validHubSignature(raw, 'sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0915', 'secret')).to.equal(false);
    expect(validHubSignature(Buffer.from('test '), 'sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914', 'secret')).to.equal(false);
    for (const bad of [undefined, '', 'sha1=abc', '0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914', 'sha256=zz']) expect(validHubSignature(raw, bad, 'secret')).to.equal(false);
  });

  it('when secrets are compared, then only the exact one passes', () => {
    expect(sameSecret('abc_DEF-123', 'abc_DEF-123')).to.equal(true);
    for (const other of [undefined, '', 'abc_DEF-12', 'abc_DEF-1234', 'ABC_DEF-123']) expect(sameSecret(other, 'abc_DEF-123')).to.equal(false);
  });

  it('when a phone number becomes an id, then the id is stable, keyed, and holds no digits of the number', () => {
    const a = hashedId('wa-', '32470998877', 'key-one');
    expect(a).to.equal(hashedId('wa-', '32470998877', 'key-one'));
    expect(a).to.not.equal(hashedId('wa-', '32470998877', 'key-two'));
    expect(a).to.not.include('998877');
  });

  it("when Meta's payload holds messages, statuses and another number's changes, then only this number's messages come out", () => {
    const payload = {
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [
        { field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_ID }, contacts: [{ profile: { name: 'A' }, wa_id: '16505551234' }],
          messages: [
            { from: '16505551234', id: 'wamid.1', timestamp: '1749416383', type: 'text', text: { body: 'Hello' } },
            { from: '16505551234', id: 'wamid.2', timestamp: '1749416384', type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'Bac', title: 'Bac' } } },
            { from: '16505551234', id: 'wamid.3', timestamp: '1749416385', type: 'audio', audio: { mime_type: 'audio/ogg; codecs=opus', id: '1003', voice: true } },
            { from: '16505551234', id: 'wamid.4', timestamp: '1749416386', type: 'reaction', reaction: { message_id: 'wamid.x', emoji: '👍' } },
            { from: '16505551234', id: 'wamid.5', timestamp: '1749416387', type: 'contacts', contacts: [{ name: { formatted_name: 'B' } }] },
          ] } },
        { field: 'messages', value: { metadata: { phone_number_id: PHONE_ID }, statuses: [
          { id: 'wamid.1', status: 'read', timestamp: '1', recipient_id: '16505551234' },
          { id: 'wamid.7', status: 'failed', timestamp: '2', recipient_id: '16505551234', errors: [{ code: 131047, title: 'Re-engagement message' }] },
        ] } },
        { field: 'messages', value: { metadata: { phone_number_id: '999' }, messages: [{ from: '1', id: 'wamid.9', timestamp: '1', type: 'text', text: { body: 'other' } }] } },
        { field: 'account_update', value: {} },
      ] }],
    };
    const parsed = parseWhatsApp(payload, PHONE_ID, id);
    expect(parsed.statuses).to.equal(2);
    expect(parsed.failedCodes).to.deep.equal([131047]);
    expect(parsed.messages.map((m) => [m.platformId, m.text ?? m.nonText])).to.deep.equal([['wamid.1', 'Hello'], ['wamid.2', 'Bac'], ['wamid.3', 'voice'], ['wamid.5', 'contact']]);
    expect(parsed.messages[0]).to.include({ conversationId: 'h-16505551234', replyTo: '16505551234' });
    expect(parsed.messages[0].sentAt.toISOString()).to.equal(new Date(1749416383000).toISOString());
    expect(parseWhatsApp({ object: 'page', entry: [] }, PHONE_ID, id).messages).to.deep.equal([]);
    expect(parseWhatsApp('nonsense', PHONE_ID, id).messages).to.deep.equal([]);
  });

  it('when Telegram sends updates, then private messages come out; groups, edits and bots do not', () => {
    const base = { message_id: 1, date: 1441645532, from: { id: 11, is_bot: false, first_name: 'T', language_code: 'de' }, chat: { id: 11, type: 'private' } };
    expect(parseTelegram({ update_id: 1, message: { ...base, text: 'Hallo' } })).to.include({ platformId: '1', conversationId: '11', text: 'Hallo', locale: 'de' });
    expect(parseTelegram({ update_id: 2, message: { ...base, text: '/start campaign42' } })).to.include({ start: true });
    expect(parseTelegram({ update_id: 3, message: { ...base, voice: { file_id: 'f', file_unique_id: 'u', duration: 2 } } })).to.include({ nonText: 'voice' });
    expect(parseTelegram({ update_id: 4, message: { ...base, chat: { id: -5, type: 'group' }, text: 'hi' } })).to.equal(undefined);
    expect(parseTelegram({ update_id: 5, edited_message: { ...base, text: 'edit' } })).to.equal(undefined);
    expect(parseTelegram({ update_id: 6, message: { ...base, from: { id: 12, is_bot: true }, text: 'bot' } })).to.equal(undefined);
    expect(parseTelegram({ message: { ...base, text: 'no id' } })).to.equal(undefined);
  });

  it('when a point is looked up, then the served region whose outline contains it (Brussels before Flanders), else none', () => {
    const outlines = parseRegionOutlines(regionsJson);
    const cases: Array<[string, number, number, string | undefined]> = [
      ['Brussels Grand-Place', 50.8466, 4.3528, 'BE-BRU'], ['Antwerp', 51.2194, 4.4025, 'BE-VLG'], ['Ghent', 51.0543, 3.7174, 'BE-VLG'],
      ['Liège', 50.6326, 5.5797, 'BE-WAL'], ['Namur', 50.4674, 4.8720, 'BE-WAL'], ['Luxembourg city', 49.6116, 6.1319, 'LU'],
      ['Esch-sur-Alzette', 49.4958, 5.9806, 'LU'], ['Paris', 48.8566, 2.3522, 'FR'], ['Lille', 50.6292, 3.0573, 'FR'], ['Marseille', 43.2965, 5.3698, 'FR'],
      ['Madrid', 40.4168, -3.7038, undefined], ['Amsterdam', 52.3676, 4.9041, undefined], ['Cologne', 50.9375, 6.9603, undefined],
    ];
    for (const [name, lat, lon, region] of cases) expect(regionAt(outlines, lat, lon), name).to.equal(region);
  });
});
