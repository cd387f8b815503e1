import path from 'node:path';

/**
 * The deployment's configuration, read once from the environment, validated and frozen.
 *
 * @remarks This is the only module that reads `process.env`. It fails fast and lists every problem at once,
 * so an operator fixes a broken `.env` in one go. Authentication fails closed: without a Bot Framework
 * identity the bot only runs in local mode (loopback, anonymous allowed), never in production.
 */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly dataDir: string;
  readonly databaseUrl?: string;
  readonly agency?: string;
  readonly officeHours?: string;
  readonly defaultLanguage: string;
  readonly knowledgeDir: string;
  readonly localesDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Anonymous activities accepted: only when no app id is set, outside production, on loopback. */
  readonly localMode: boolean;
  readonly botAuth: {
    readonly MicrosoftAppId: string;
    readonly MicrosoftAppPassword: string;
    readonly MicrosoftAppType: string;
    readonly MicrosoftAppTenantId: string;
  };
  /** Hosts replies may be sent to; loopback ones in local mode (as the Emulator uses). */
  readonly serviceUrlAllowList: readonly string[];
  readonly maxBodyBytes: number;
  readonly maxTextLength: number;
  /** How many recent turns' replies are kept for re-delivered activities (oldest evicted first). */
  readonly replyCacheSize: number;
  /** Messages one conversation may send on /api/messages: a burst, then so many per second. */
  readonly messagesPerConversation: { burst: number; perSecond: number };
  readonly retentionDays: number;
  /** Analytics events (no personal data) older than this many months are purged. */
  readonly analyticsRetentionMonths: number;
  /** Public base URL of this server (https://chat.agency.example) when behind a proxy; else built from HOST:PORT. */
  readonly publicUrl?: string;
  /** Secret that signs the self-hosted web chat's Direct Line tokens; required in production. */
  readonly webChatTokenSecret?: string;
  /** Origins (scheme://host[:port]) of agency pages allowed to embed the web chat. */
  readonly webChatAllowedOrigins: readonly string[];
  /** Where escalations go: the built-in console, or also an agency's contact centre (handoff.initiate events). */
  readonly handoffTarget: 'console' | 'contact-centre';
  /** The contact-centre platform's channel and sender id: only its `handoff.status` events are honoured. */
  readonly contactCentre?: { channelId: string; fromId: string };
  /** Minutes a queued request waits for an advisor before the person is offered a callback instead. */
  readonly queueTimeoutMinutes: number;
  /** IANA time zone of the advisor hours when no agency is configured. */
  readonly timeZone: string;
  /** Minutes a web chat token stays valid (refreshable). */
  readonly webChatTokenMinutes: number;
  /** Advisors' console: a session unused for this many minutes is signed out (server-side). */
  readonly consoleIdleMinutes: number;
  /** Advisors' console: an advisor stops counting as present this many seconds after their last console page closed. */
  readonly consolePresenceGraceSeconds: number;
  /** Advisors' console: a session ends this many hours after sign-in, however active. */
  readonly consoleSessionHours: number;
  /** Advisors' console: always mark the session cookie `Secure` (it is anyway on a TLS request); default on in production. */
  readonly consoleSecureCookie: boolean;
  /** Advisors' console: believe X-Forwarded-For/-Proto/-Host from a reverse proxy (client IP for rate limits, TLS, origin). */
  readonly consoleTrustProxy: boolean;
  /** Advisors' console: failed sign-ins allowed per user name per 15 minutes (four times as many per IP address). */
  readonly consoleLoginAttempts: number;
  /** Seconds between housekeeping runs (queue expiry, retention), once for all instances; tests shorten it. */
  readonly housekeepingSeconds: number;
  /** PostgreSQL only: connections for turn locks and events (one per turn in progress on this instance). */
  readonly databaseLockConnections: number;
  /** The WhatsApp channel (Cloud API), when its four required variables are set. */
  readonly whatsapp?: {
    readonly verifyToken: string;
    readonly appSecret: string;
    readonly accessToken: string;
    readonly phoneNumberId: string;
    /** Graph API base with its version; tests point it at a local fake. */
    readonly apiUrl: string;
    /** The agency's approved template sent when an advisor writes after the 24-hour window (name and language). */
    readonly template?: { readonly name: string; readonly language: string };
  };
  /** The Telegram channel (Bot API webhook), when its two required variables are set. */
  readonly telegram?: {
    readonly botToken: string;
    readonly webhookSecret: string;
    /** Bot API base; tests point it at a local fake. */
    readonly apiUrl: string;
  };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n - ${problems.join('\n - ')}`);
    this.name = 'ConfigError';
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
/** Microsoft's channel endpoints: exact hosts, never suffixes (`*.trafficmanager.net` is customer-registrable). */
const DEFAULT_CHANNEL_HOSTS = ['smba.trafficmanager.net', 'directline.botframework.com', 'webchat.botframework.com',
  'europe.directline.botframework.com', 'europe.webchat.botframework.com'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'];
const APP_TYPES = ['', 'MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

/** Reads and validates the configuration; `env` defaults to `process.env` (tests pass their own). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const problems: string[] = [];
  const str = (name: string, fallback = ''): string => (env[name] ?? fallback).trim();
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name);
    if (raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = str(name).toLowerCase();
    if (raw === '') return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const nodeEnvRaw = str('NODE_ENV', 'development');
  // A misspelt value ("Production", "prod") must not quietly run in local mode, where anonymous activities pass.
  const nodeEnv = (NODE_ENVS.includes(nodeEnvRaw) ? nodeEnvRaw : 'production') as Config['nodeEnv'];
  if (!NODE_ENVS.includes(nodeEnvRaw)) problems.push(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (got "${nodeEnvRaw}")`);
  const port = int('PORT', 3978, 0, 65535);
  const host = str('HOST', '127.0.0.1');
  const databaseUrl = str('DATABASE_URL') || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must be a postgres:// URL');

  const botAuth = {
    MicrosoftAppId: str('MicrosoftAppId'),
    MicrosoftAppPassword: str('MicrosoftAppPassword'),
    MicrosoftAppType: str('MicrosoftAppType'),
    MicrosoftAppTenantId: str('MicrosoftAppTenantId'),
  };
  if (!APP_TYPES.includes(botAuth.MicrosoftAppType)) {
    problems.push(`MicrosoftAppType must be one of SingleTenant, UserAssignedMSI, MultiTenant (got "${botAuth.MicrosoftAppType}")`);
  }
  const hasIdentity = botAuth.MicrosoftAppId !== '';
  if (hasIdentity) {
    if (nodeEnv === 'production' && !['SingleTenant', 'UserAssignedMSI'].includes(botAuth.MicrosoftAppType)) {
      problems.push('in production MicrosoftAppType must be SingleTenant or UserAssignedMSI (multi-tenant bots are retired)');
    }
    if (['SingleTenant', 'UserAssignedMSI'].includes(botAuth.MicrosoftAppType) && !botAuth.MicrosoftAppTenantId) {
      problems.push(`MicrosoftAppTenantId is required when MicrosoftAppType is ${botAuth.MicrosoftAppType}`);
    }
    if (botAuth.MicrosoftAppType === 'SingleTenant' && !botAuth.MicrosoftAppPassword) {
      problems.push('MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant');
    }
  } else {
    if (botAuth.MicrosoftAppPassword || botAuth.MicrosoftAppTenantId) {
      problems.push('MicrosoftAppPassword/MicrosoftAppTenantId are set but MicrosoftAppId is empty');
    }
    if (nodeEnv !== 'production' && !LOOPBACK_HOSTS.has(host)) {
      problems.push(`without MicrosoftAppId the bot runs in local mode and must listen on loopback (HOST=127.0.0.1), not "${host}"`);
    }
  }
  const localMode = !hasIdentity && nodeEnv !== 'production';

  const extraHosts = str('SERVICE_URL_ALLOW_LIST').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  const serviceUrlAllowList = [...(localMode ? [...LOOPBACK_HOSTS] : []), ...DEFAULT_CHANNEL_HOSTS, ...extraHosts];

  const logLevel = str('LOG_LEVEL', nodeEnv === 'test' ? 'silent' : 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const agency = str('AGENCY') || undefined;
  if (agency && !/^[a-z0-9-]+$/.test(agency)) problems.push(`AGENCY must be an agency id such as "actiris" (got "${agency}")`);

  const config: Config = {
    port, host, nodeEnv, databaseUrl, agency, logLevel, localMode, botAuth, serviceUrlAllowList,
    dataDir: path.resolve(root, str('DATA_DIR', './data')),
    officeHours: str('OFFICE_HOURS') || undefined,
    defaultLanguage: str('DEFAULT_LANGUAGE', 'fr'),
    knowledgeDir: path.resolve(root, str('KNOWLEDGE_DIR', './knowledge')),
    localesDir: path.resolve(root, str('LOCALES_DIR', './locales')),
    maxBodyBytes: int('MAX_BODY_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
    maxTextLength: int('MAX_TEXT_LENGTH', 2000, 100, 100000),
    replyCacheSize: int('REPLY_CACHE_SIZE', 20000, 1, 1000000),
    messagesPerConversation: { burst: int('MESSAGES_BURST', 15, 1, 10000), perSecond: int('MESSAGES_PER_MINUTE', 60, 1, 60000) / 60 },
    retentionDays: int('RETENTION_DAYS', 30, 1, 3650),
    analyticsRetentionMonths: int('ANALYTICS_RETENTION_MONTHS', 13, 1, 120),
    publicUrl: str('PUBLIC_URL').replace(/\/$/, '') || undefined,
    webChatTokenSecret: str('WEBCHAT_TOKEN_SECRET') || undefined,
    webChatAllowedOrigins: str('WEBCHAT_ALLOWED_ORIGINS').split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean),
    webChatTokenMinutes: int('WEBCHAT_TOKEN_MINUTES', 30, 20, 24 * 60), // Web Chat refreshes every 15 min
    consoleIdleMinutes: int('CONSOLE_IDLE_MINUTES', 15, 1, 24 * 60),
    consolePresenceGraceSeconds: int('CONSOLE_PRESENCE_GRACE_SECONDS', 60, 1, 3600),
    consoleSessionHours: int('CONSOLE_SESSION_HOURS', 8, 1, 7 * 24),
    consoleSecureCookie: bool('CONSOLE_SECURE_COOKIE', nodeEnv === 'production'),
    consoleTrustProxy: bool('CONSOLE_TRUST_PROXY', false),
    consoleLoginAttempts: int('CONSOLE_LOGIN_ATTEMPTS', 5, 1, 1000),
    handoffTarget: str('HANDOFF_TARGET', 'console') === 'contact-centre' ? 'contact-centre' : 'console',
    contactCentre: str('CONTACT_CENTRE_CHANNEL') && str('CONTACT_CENTRE_FROM_ID')
      ? { channelId: str('CONTACT_CENTRE_CHANNEL'), fromId: str('CONTACT_CENTRE_FROM_ID') } : undefined,
    queueTimeoutMinutes: int('QUEUE_TIMEOUT_MINUTES', 15, 1, 24 * 60),
    timeZone: str('TIME_ZONE', 'Europe/Brussels'),
    housekeepingSeconds: int('HOUSEKEEPING_INTERVAL_SECONDS', 60, 1, 24 * 3600),
    databaseLockConnections: int('DATABASE_LOCK_CONNECTIONS', 20, 2, 500),
  };
  if (!['console', 'contact-centre'].includes(str('HANDOFF_TARGET', 'console'))) problems.push('HANDOFF_TARGET must be "console" or "contact-centre"');
  if (config.handoffTarget === 'contact-centre' && !config.contactCentre) {
    problems.push('HANDOFF_TARGET=contact-centre needs CONTACT_CENTRE_CHANNEL and CONTACT_CENTRE_FROM_ID (whose handoff.status events are honoured)');
  }
  try { new Intl.DateTimeFormat('en', { timeZone: config.timeZone }); } catch { problems.push(`TIME_ZONE "${config.timeZone}" is not an IANA time zone (e.g. Europe/Brussels)`); }
  if (config.publicUrl && !/^https?:\/\/[^/]+$/.test(config.publicUrl)) problems.push('PUBLIC_URL must be like https://chat.example.org (no path)');
  for (const origin of config.webChatAllowedOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`WEBCHAT_ALLOWED_ORIGINS: "${origin}" must be like https://www.agency.example`);
  }
  if (nodeEnv === 'production' && (config.webChatTokenSecret ?? '').length < 32) {
    problems.push('WEBCHAT_TOKEN_SECRET must be set (at least 32 characters) in production');
  }
  Object.assign(config, messagingChannels(str, nodeEnv, problems));
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

const WHATSAPP_REQUIRED = ['WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID'];
const TELEGRAM_REQUIRED = ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET'];

/**
 * The messaging apps (CONTRACT.md §5): each is enabled when all its required variables are set; some but not all
 * is a mistake worth stopping for (a channel that half works would answer Meta's handshake and drop messages).
 */
function messagingChannels(str: (name: string, fallback?: string) => string, nodeEnv: string, problems: string[]): Pick<Config, 'whatsapp' | 'telegram'> {
  const apiUrl = (name: string, fallback: string): string => {
    const url = str(name, fallback).replace(/\/$/, '');
    if (!/^https?:\/\/[^/]+/.test(url)) problems.push(`${name} must be an http(s) URL (got "${url}")`);
    else if (nodeEnv === 'production' && !url.startsWith('https://')) problems.push(`${name} must be https:// in production`);
    return url;
  };
  const enabled = (names: string[], channel: string): boolean => {
    const missing = names.filter((n) => !str(n));
    if (missing.length > 0 && missing.length < names.length) problems.push(`${channel} needs all of ${names.join(', ')} (missing: ${missing.join(', ')})`);
    return missing.length === 0;
  };
  const result: { -readonly [K in 'whatsapp' | 'telegram']?: Config[K] } = {};
  if (enabled(WHATSAPP_REQUIRED, 'WhatsApp')) {
    if (!/^\d{5,20}$/.test(str('WHATSAPP_PHONE_NUMBER_ID'))) problems.push('WHATSAPP_PHONE_NUMBER_ID must be the numeric id Meta shows (not the phone number itself)');
    if (str('WHATSAPP_APP_SECRET').length < 16) problems.push('WHATSAPP_APP_SECRET looks too short (the Meta app secret, 32 hex characters)');
    const templateName = str('WHATSAPP_TEMPLATE_NAME');
    const templateLanguage = str('WHATSAPP_TEMPLATE_LANGUAGE');
    if (Boolean(templateName) !== Boolean(templateLanguage)) problems.push('WHATSAPP_TEMPLATE_NAME and WHATSAPP_TEMPLATE_LANGUAGE go together (e.g. advisor_reply and fr)');
    result.whatsapp = {
      verifyToken: str('WHATSAPP_VERIFY_TOKEN'), appSecret: str('WHATSAPP_APP_SECRET'), accessToken: str('WHATSAPP_ACCESS_TOKEN'),
      phoneNumberId: str('WHATSAPP_PHONE_NUMBER_ID'), apiUrl: apiUrl('WHATSAPP_API_URL', 'https://graph.facebook.com/v23.0'),
      template: templateName && templateLanguage ? { name: templateName, language: templateLanguage } : undefined,
    };
  }
  if (enabled(TELEGRAM_REQUIRED, 'Telegram')) {
    // what setWebhook accepts as secret_token, so the header can match at all
    if (!/^[A-Za-z0-9_-]{16,256}$/.test(str('TELEGRAM_WEBHOOK_SECRET'))) problems.push('TELEGRAM_WEBHOOK_SECRET must be 16 to 256 characters of A-Z, a-z, 0-9, _ and -');
    if (!/^\d+:[A-Za-z0-9_-]+$/.test(str('TELEGRAM_BOT_TOKEN'))) problems.push('TELEGRAM_BOT_TOKEN must look like 123456:ABC-... (from BotFather)');
    result.telegram = { botToken: str('TELEGRAM_BOT_TOKEN'), webhookSecret: str('TELEGRAM_WEBHOOK_SECRET'), apiUrl: apiUrl('TELEGRAM_API_URL', 'https://api.telegram.org') };
  }
  return result;
}
