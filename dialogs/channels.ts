/**
 * What a channel can show. Cards and buttons where the channel renders them; elsewhere short numbered text
 * (SMS, WhatsApp through a text gateway, the terminal chat), which every question also accepts as an answer.
 */
const RICH_CHANNELS = new Set(['emulator', 'webchat', 'directline', 'msteams', 'skype', 'facebook', 'telegram', 'slack']);

export interface ChannelCapabilities { cards: boolean; buttons: boolean; traces: boolean }

export function capabilitiesOf(channelId: string | undefined): ChannelCapabilities {
  const rich = RICH_CHANNELS.has(channelId ?? '');
  return { cards: rich, buttons: rich, traces: channelId === 'emulator' };
}
