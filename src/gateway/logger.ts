/**
 * Structured JSON logs (pino). Credentials, secrets and tokens are redacted by key wherever they
 * appear in a logged object, and nothing here ever interpolates them into a message.
 */
import pino, { type Logger, type DestinationStream } from 'pino';

export type { Logger };

/** Keys whose values never reach a log line, at any depth we log. */
const SECRET_KEYS = ['authorization', 'x-viam-api-key', 'apiKey', 'api_key', 'key', 'secret', 'secrets', 'token', 'access_token', 'accessToken', 'payload', 'password'];

export const REDACT_PATHS = [
  ...SECRET_KEYS.map((k) => (k.includes('-') ? `["${k}"]` : k)),
  ...SECRET_KEYS.map((k) => (k.includes('-') ? `*["${k}"]` : `*.${k}`)),
  ...SECRET_KEYS.map((k) => (k.includes('-') ? `*.*["${k}"]` : `*.*.${k}`)),
];

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.FLEETGRAPH_LOG_LEVEL ?? 'info',
      base: { service: 'fleetgraph' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
