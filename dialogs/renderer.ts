import { ActivityTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { T } from '../bot/adapters/i18n';
import type { Option, Output } from '../bot/domain/orientation/outputs';
import { areaOf, type Profile } from '../bot/domain/profile/profile';
import type { RecommendationItem } from '../bot/domain/recommend/reasons';
import { whyReasons } from '../bot/domain/recommend/reasonStrength';
import { itemView, type ItemLookup } from './cards/itemView';
import { capabilitiesOf } from './channels';
import { whyLine, type TopicLabel } from './reasonText';

export interface RenderContext {
  t: T;
  lang: string;
  channelId: string;
  profile: Profile;
  topicLabel: TopicLabel;
  /** How long conversations are kept (RETENTION_DAYS), for the channels whose welcome says so. */
  retentionDays?: number;
}

/** The answer to "how long do you keep my data?": it says the configured retention (`{{days}}`). */
const RETENTION_ANSWER = 'common:answers.retention';

/**
 * Turns the engine's channel-neutral outputs into activities: text, buttons or a numbered list, hero cards or
 * numbered text, and the contract's trace activities on the emulator channel only.
 */
export class Renderer {
  constructor(private readonly lookup: ItemLookup) {}

  render(outputs: Output[], ctx: RenderContext): Partial<Activity>[] {
    const caps = capabilitiesOf(ctx.channelId);
    const activities: Partial<Activity>[] = [];
    for (const output of outputs) {
      switch (output.type) {
        case 'say':
          // (how long answers are kept is the deployment's own figure: RETENTION_DAYS)
          activities.push(MessageFactory.text(ctx.t(output.key, output.key === RETENTION_ANSWER ? { days: ctx.retentionDays ?? 30, ...output.params } : output.params)));
          if (output.key === 'common:welcome' && caps.keptNotice) activities.push(MessageFactory.text(ctx.t(caps.keptNotice, { days: ctx.retentionDays ?? 30 })));
          break;
        case 'ask':
          if (caps.traces) activities.push(trace('orientation.ask', { slot: output.slot }));
          activities.push(this.question(ctx.t(output.key, output.params), output.options, caps.buttons, ctx.t));
          break;
        case 'profile':
          if (caps.traces) activities.push(trace('orientation.profile', contractProfile(output.profile)));
          break;
        case 'understood':
          if (caps.traces) activities.push(trace('orientation.understood', { intent: output.intent, slots: contractProfile(output.slots) }));
          break;
        case 'summary':
          activities.push(MessageFactory.text(ctx.t('recommend:summary', { summary: profileSummary(output.profile, ctx) })));
          break;
        case 'text':
          activities.push(MessageFactory.text(output.text));
          break;
        case 'why':
          activities.push(MessageFactory.text(ctx.t('common:answers.whyItem', {
            number: output.number, why: whyLine(output.reasons, ctx.t, ctx.topicLabel, ctx.lang, output.kind, output.languages),
          })));
          break;
        case 'recommend':
          if (caps.traces) activities.push(trace('orientation.recommendations', { match: output.match, items: output.items.map(traceItem) }));
          activities.push(...this.items(output.items, ctx, caps.cards));
          break;
        case 'handoffState':
          if (caps.traces) activities.push(trace('handoff.state', { state: output.state }));
          break;
        case 'handoffInitiate':
          // Bot Framework handoff protocol: the contact-centre platform takes it from here.
          activities.push({
            type: ActivityTypes.Event, name: 'handoff.initiate',
            value: { ticketId: output.ticketId, language: ctx.lang, ...output.summary },
            attachments: [{ contentType: 'application/json', name: 'Transcript', content: { activities: output.transcript } }],
          });
          break;
        case 'contacts': {
          const text = output.brief ? this.briefContacts(output.agencyIds, ctx) : this.contacts(output.agencyIds, ctx);
          if (text) activities.push(MessageFactory.text(text));
          break;
        }
        default:
          break; // side effects (handoff, erase, language) are the bot's, not the renderer's
      }
    }
    return activities;
  }

  question(text: string, options: Option[], buttons: boolean, t: T): Partial<Activity> {
    if (options.length === 0) return MessageFactory.text(text);
    if (buttons) {
      const actions: CardAction[] = options.map((o) => ({ type: 'imBack', title: o.label, value: o.label }));
      return MessageFactory.suggestedActions(actions, text);
    }
    const list = options.map((o, i) => `${i + 1}. ${o.label}`).join('\n');
    return MessageFactory.text(`${text}\n${list}\n${t('common:numberedHint')}`);
  }

  /**
   * Each agency with its contacts: the first one "you can contact", the others "you can also contact" (the list began
   * with "also" before any other contact); a place two agencies share is given once (Bruxelles Formation and Actiris
   * both name the Cité des métiers).
   */
  private contacts(agencyIds: string[], ctx: RenderContext): string {
    const given = new Set<string>();
    const blocks = agencyIds.map((id) => this.lookup.agency(id)).filter((a) => a !== undefined).map((agency, i) => {
      const fresh = agency.contacts.filter((c) => !given.has(`${c.kind} ${c.value}`));
      fresh.forEach((c) => given.add(`${c.kind} ${c.value}`));
      const lines = fresh.map((c) => `• ${c.label[ctx.lang] ?? c.kind}: ${c.value}`);
      return [ctx.t(i === 0 ? 'handoff:contacts' : 'handoff:contactsAlso', { agency: agency.name }), ...lines].join('\n');
    });
    return blocks.length > 0 ? blocks.join('\n\n') : ctx.t('handoff:noContacts');
  }

  /** Every agency on one line, its short name, region and website: "• Actiris (Brussels): https://www.actiris.brussels". */
  private briefContacts(agencyIds: string[], ctx: RenderContext): string {
    const lines = agencyIds.map((id) => this.lookup.agency(id)).filter((a) => a !== undefined)
      .map((a) => `• ${a.name.split(/\s[–-]\s|\s\(/)[0]} (${ctx.t(`profile:options.region.${a.region}`)}): ${a.website}`);
    return lines.length > 0 ? [ctx.t('handoff:contactsAll'), ...lines].join('\n') : ctx.t('handoff:noContacts');
  }

  private items(items: RecommendationItem[], ctx: RenderContext, cards: boolean): Partial<Activity>[] {
    // (a reason is said once in the list, each item then gives its own: "for sales jobs" was on every line, issue 8)
    const said = whyReasons(items);
    const views = items.map((i, k) => itemView(i, this.lookup, ctx.t, ctx.lang, ctx.topicLabel, ctx.profile.region, said[k])).filter((v) => v !== undefined);
    if (cards) {
      const attachments = views.map((v) => CardFactory.heroCard(v.title, `${v.text}\n\n${v.why}`, undefined,
        CardFactory.actions([{ type: 'openUrl', title: v.linkLabel, value: v.url }, ...(v.map ? [{ type: 'openUrl', title: v.map.label, value: v.map.url }] : [])]),
        { subtitle: v.subtitle }));
      const message = MessageFactory.carousel(attachments);
      message.attachmentLayout = 'list';
      return [message];
    }
    const lines = views.map((v, i) => `${i + 1}. ${v.title} (${v.subtitle})\n${v.text ? `${v.text}\n` : ''}${v.why}\n${v.url}${v.map ? `\n${v.map.label}: ${v.map.url}` : ''}`);
    return [MessageFactory.text(lines.join('\n\n'))];
  }
}

/**
 * The profile as the contract's traces show it (CONTRACT.md §2): the trade within the field, the field and trade of a job held,
 * the languages of the topic and where the person lives outside the served regions are the bot's own details of
 * `field`, `interest` and `region`; the languages the person speaks poorly or wrote in, whether reading is hard for
 * them and a diploma from abroad in their words, its own notes.
 */
function contractProfile<P extends Partial<Profile>>(profile: P): Omit<P, 'trade' | 'learnLanguages' | 'livesIn' | 'area' | 'heldField' | 'heldTrade' | 'weakLanguages' | 'readsPoorly' | 'wroteIn' | 'diploma'> {
  const { trade: _trade, learnLanguages: _languages, livesIn: _livesIn, area: _area, heldField: _held, heldTrade: _heldTrade, weakLanguages: _weak, readsPoorly: _reads, wroteIn: _wrote, diploma: _diploma, ...shown } = profile;
  return shown;
}

/** The profile in plain words, one short part per known answer: "job in sales · CAP · only a phone · Brussels". */
export function profileSummary(profile: Profile, ctx: RenderContext): string {
  const { t } = ctx;
  // a missing key comes back as itself, without its namespace ("options.qualification.1"): no label then
  const label = (key: string): string | undefined => { const text = t(key); return text === key || key.endsWith(`:${text}`) ? undefined : text; };
  const named = (slot: 'digitalSkills' | 'equipment', value: string | undefined): string | undefined =>
    profile[slot] && value ? t(`profile:summary.${slot}`, { value: lower(value, ctx.lang) }) : undefined;
  // "job in sales" says the goal of looking for work; another goal is said too ("start a business · job in construction")
  const goalToo = profile.goal !== undefined && (!profile.field || (profile.goal !== 'find-job' && profile.goal !== 'unsure'));
  const parts = [
    goalToo ? label(`profile:options.goal.${profile.goal}`) : undefined,
    // (their own trade when one was read: "job in cleaning", not the whole of services to people)
    profile.field ? t('profile:summary.field', { field: t(`profile:fields.${profile.trade ?? profile.field}`) }) : undefined,
    profile.interest ? t('profile:summary.topic', { topic: learntNames(profile, label) ?? ctx.topicLabel(profile.interest) }) : undefined,
    // a diploma from another country in the person's words, with its level when known ("“diplôme du Maroc” (Bachelier)"),
    // not the name of the region's diploma of that level (qa24 q13)
    profile.diploma ? t(profile.eqfLevel !== undefined ? 'profile:summary.diplomaAt' : 'profile:summary.diploma',
      { diploma: profile.diploma, level: profile.eqfLevel !== undefined ? qualificationLabel({ ...profile, region: undefined }, label) : '' })
      : profile.eqfLevel !== undefined ? qualificationLabel(profile, label) : undefined,
    // named with what they answer: "computer: not at all · equipment: nothing", not a bare "Rien"
    named('digitalSkills', label(`profile:options.digitalSkills.${profile.digitalSkills}`)),
    named('equipment', label(`profile:options.equipment.${profile.equipment}`)),
    profile.hoursPerWeek !== undefined ? t('profile:summary.hours', { count: profile.hoursPerWeek }) : undefined,
    // (a place of the German-speaking Community is named as such, not "Wallonia": found by a tester, qa24 q19)
    profile.region ? (areaOf(profile) ? label(`profile:summary.area.${areaOf(profile)}`) : undefined) ?? label(`profile:options.region.${profile.region}`) : undefined,
  ];
  return parts.filter((p): p is string => !!p).join(' · ');
}

/**
 * Countries whose diplomas the summary names in their own words (`profile:summary.qualificationIn.<country>.<level>`): the
 * answer options name Belgium's and France's side by side, and the summary fell back on them (found by the lead, rec17:
 * a French user read the Belgian "Certificat d'études de base (CEB)", one in Luxembourg France's CAP for their DAP).
 * The levels come from knowledge-facts §2.5 (national names stay untranslated). Flanders' come from
 * `knowledge/qualifications.json` (the Flemish entries, VKS, unverified): a French speaker in Ghent read the French
 * Community's "CESS" and "CEB" (issue 8). Brussels and Wallonia keep the options' words.
 */
const OWN_DIPLOMA_WORDS: Readonly<Partial<Record<string, string>>> = { FR: 'FR', LU: 'LU', 'BE-VLG': 'VLG' };

/** The person's level of qualification in words: their country's (see `OWN_DIPLOMA_WORDS`), else the summary's or the option's. */
function qualificationLabel(profile: Pick<Profile, 'eqfLevel' | 'region'>, label: (key: string) => string | undefined): string {
  const level = profile.eqfLevel!;
  const country = profile.region ? OWN_DIPLOMA_WORDS[profile.region] : undefined;
  return (country ? label(`profile:summary.qualificationIn.${country}.${level}`) : undefined)
    ?? label(`profile:summary.qualification.${level}`) ?? label(`profile:options.qualification.${level}`) ?? `EQF ${level}`;
}

/** The languages the person wants to learn, named ("apprendre : néerlandais"); undefined when one has no name here. */
function learntNames(profile: Profile, label: (key: string) => string | undefined): string | undefined {
  const names = (profile.learnLanguages ?? []).map((code) => label(`recommend:languageName.${code}`));
  return names.length > 0 && names.every((n) => n !== undefined) ? names.join(', ') : undefined;
}

/** A label inside a sentence: first letter in lower case, except in German and Luxembourgish (nouns keep theirs). */
function lower(text: string, lang: string): string {
  return lang === 'de' || lang === 'lb' ? text : text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
}

function trace(name: string, value: unknown): Partial<Activity> {
  return { type: ActivityTypes.Trace, name, valueType: name, label: name, value };
}

function traceItem(item: RecommendationItem): unknown {
  return {
    id: item.id, kind: item.kind, topics: item.topics, fields: item.fields, languages: item.languages, score: item.score,
    reasons: item.reasons.map((r) => r.code),
  };
}
