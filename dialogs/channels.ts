/**
 * What a channel can show. Cards and buttons where the channel renders them; elsewhere short numbered text
 * (SMS, the terminal chat), which every question also accepts as an answer. WhatsApp and Telegram take the
 * buttons (their connectors turn them into reply buttons, lists or keyboards, by count and length) but not
 * cards: a recommendation there is short text with its link. Their welcome says what is kept about the person.
 */
const RICH_CHANNELS = new Set(['emulator', 'webchat', 'directline', 'msteams', 'skype', 'facebook', 'slack']);
const MESSAGING_APPS = new Set(['whatsapp', 'telegram']);

export interface ChannelCapabilities {
  cards: boolean;
  buttons: boolean;
  traces: boolean;
  /** A locale key said right after the welcome: what this channel keeps (a phone number, a chat id) and for how long. */
  keptNotice?: string;
}

export function capabilitiesOf(channelId: string | undefined): ChannelCapabilities {
  const rich = RICH_CHANNELS.has(channelId ?? '');
  const app = MESSAGING_APPS.has(channelId ?? '');
  return { cards: rich, buttons: rich || app, traces: channelId === 'emulator', ...(app ? { keptNotice: `channels:kept.${channelId}` } : {}) };
}
