/**
 * Structured logs (pino): JSON lines, or the same lines made human-readable by pino-pretty on a
 * terminal (LogFormat). Credentials, secrets and tokens never reach a log line: values
 * under secret-looking keys are censored at any depth we log, and strings are scrubbed of bearer
 * tokens and JWTs wherever they appear (messages, error messages and stacks). One pass over each
 * logged object does both: pino's own `redact` with wildcard paths cost ~80 µs a line.
 */
import pino, { type Logger, type DestinationStream } from 'pino';
import { prettyFactory } from 'pino-pretty';
import type { YogaLogger } from 'graphql-yoga';

export type { Logger };

/** Keys (any case) whose values never reach a log line. */
const SECRET_KEYS = new Set([
  'authorization',
  'cookie',
  'x-viam-api-key',
  'x-viam-api-key-id',
  'apiKey',
  'api_key',
  'key',
  'secret',
  'secrets',
  'token',
  'access_token',
  'accessToken',
  'payload',
  'password',
  'connectionParams',
  'variables',
].map((key) => key.toLowerCase()));

/** How deep logged objects are searched; deeper values are logged as "[too deep]". */
const MAX_DEPTH = 6;

const CENSOR = '[redacted]';

const BEARER = /\b(Bearer\s+)[^\s"',;]+/gi;
/** A JWT: three base64url parts, the first two starting with `{"` encoded. */
const JWT = /\beyJ[\w-]+\.eyJ[\w-]+\.[\w-]*/g;

/** `text` without bearer tokens and JWTs. */
export function scrubSecrets(text: string): string {
  return text.replace(BEARER, `$1${CENSOR}`).replace(JWT, CENSOR);
}

/** A copy of `value` with secret keys censored and strings scrubbed; errors are left to the `err` serializer. */
export function sanitize(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubSecrets(value);
  if (value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => sanitize(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    out[key] = item !== undefined && SECRET_KEYS.has(key.toLowerCase()) ? CENSOR : sanitize(item, depth + 1);
  }
  return out;
}

/** `json`: one JSON object a line, for machines. `pretty`: one readable line an event, for people. */
export type LogFormat = 'json' | 'pretty';

export const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];

/** `value` as a LogFormat, or an error naming `name` (a flag or an environment variable). */
export function parseLogFormat(name: string, value: string): LogFormat {
  if (!(LOG_FORMATS as readonly string[]).includes(value)) throw new Error(`${name} must be one of ${LOG_FORMATS.join(', ')}, got ${value}`);
  return value as LogFormat;
}

/** FLEETGRAPH_LOG_FORMAT if set; otherwise pretty when stdout is a terminal, JSON when it is not (a pipe, a file, a log collector). */
export function defaultLogFormat(env: NodeJS.ProcessEnv = process.env, stdout: { isTTY?: boolean } = process.stdout): LogFormat {
  if (env.FLEETGRAPH_LOG_FORMAT) return parseLogFormat('FLEETGRAPH_LOG_FORMAT', env.FLEETGRAPH_LOG_FORMAT);
  return stdout.isTTY ? 'pretty' : 'json';
}

export interface LoggerOptions {
  level?: string;
  /** Default: defaultLogFormat(). Ignored when `destination` is given (it gets JSON). */
  format?: LogFormat;
  destination?: DestinationStream;
}

/**
 * Readable lines on stdout, written synchronously like the JSON ones. pino-pretty's own stream
 * would format on a later tick, losing the last lines on process.exit, so its formatter is used
 * directly. Each line is formatted from the JSON that was already censored.
 */
function prettyStdout(): DestinationStream {
  const format = prettyFactory({
    colorize: process.stdout.isTTY === true && process.stdout.hasColors(),
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    singleLine: true,
  });
  const stdout = pino.destination({ dest: 1, sync: true });
  return { write: (line: string) => void stdout.write(format(line)) };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const format = options.format ?? defaultLogFormat();
  return pino(
    {
      level: options.level ?? process.env.FLEETGRAPH_LOG_LEVEL ?? 'info',
      base: { service: 'fleetgraph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: {
        err: (error: unknown) => sanitize(pino.stdSerializers.err(error as Error)),
      },
      formatters: {
        log: (object) => sanitize(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    // Synchronous: lines keep their order with the rest of stdout, and none is lost on process.exit.
    options.destination ?? (format === 'pretty' ? prettyStdout() : pino.destination({ dest: 1, sync: true })),
  );
}

/** A logger that drops everything (tests and benches that do not look at logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** Yoga's own logger (masked errors, warnings) writing through ours. */
export function yogaLogger(logger: Logger): YogaLogger {
  const child = logger.child({ component: 'yoga' });
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    if (!child.isLevelEnabled(level)) return;
    const error = args.find((arg): arg is Error => arg instanceof Error);
    const message = args
      .filter((arg) => !(arg instanceof Error))
      .map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg)))
      .join(' ');
    if (error) child[level]({ err: error }, message || error.message);
    else child[level](message);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
