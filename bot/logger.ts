import pino, { type Logger } from 'pino';

/**
 * JSON logs without personal data: callers log events, ids of channels and counts, never message text or
 * phone numbers. As a second line of defence, fields that could hold them are redacted wherever they appear.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['text', '*.text', 'phone', '*.phone', 'value', '*.value', 'activity', '*.activity', 'req.headers.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
  });
}
