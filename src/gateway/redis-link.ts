/**
 * The connection to the Redis that replicas share their limits through (`--redis-url`), and
 * whether it is usable right now. Nothing may wait on Redis: the client has no offline queue (a
 * command while disconnected fails at once), every command times out after `commandTimeoutMs`,
 * and a dropped connection fails its commands instead of retrying them. A PING every
 * `probeIntervalMs` (and every reconnect) decides the state: `shared` while Redis answers in
 * time, else `per-replica` (each limiter then uses its in-memory twin). Each change is logged once
 * and reaches /readyz and /metrics; the client reconnects by itself, so sharing resumes when Redis
 * is back.
 */
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from './logger.ts';

export interface RedisOptions {
  /** redis://[user:password@]host:port[/db] or rediss:// (TLS). */
  url: string;
  /** Longest wait for one command (default 250 ms); a slower Redis counts as unreachable. */
  commandTimeoutMs?: number;
  /** Longest wait for a connection (default 1 s). */
  connectTimeoutMs?: number;
  /** How often Redis is pinged to learn whether it is back or gone (default 1 s). */
  probeIntervalMs?: number;
  /** How long a replica's subscription counts outlive its last heartbeat (default 15 s; shared-subscriptions.ts). */
  subscriptionLeaseMs?: number;
  /** Prefix of every key (default "fleetgraph:"): replicas share limits only under the same prefix. */
  keyPrefix?: string;
}

export type LimitsMode = 'shared' | 'per-replica';

/** The URL without its password, for logs. */
export function redisUrlForLog(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

export class RedisLink extends EventEmitter<{ change: [mode: LimitsMode] }> {
  readonly client: Redis;
  readonly keyPrefix: string;
  readonly subscriptionLeaseMs: number;
  private up = false;
  private closed = false;
  /** Why Redis is not used, while it is not. */
  private reason = 'not connected yet';
  private readonly probeTimer: NodeJS.Timeout;
  private readonly where: string;

  constructor(
    options: RedisOptions,
    private readonly logger: Logger,
  ) {
    super();
    this.where = redisUrlForLog(options.url);
    this.keyPrefix = options.keyPrefix ?? 'fleetgraph:';
    this.subscriptionLeaseMs = options.subscriptionLeaseMs ?? 15_000;
    this.client = new Redis(options.url, {
      // A command while disconnected fails at once (the limiter falls back) instead of waiting for a reconnect.
      enableOfflineQueue: false,
      commandTimeout: options.commandTimeoutMs ?? 250,
      connectTimeout: options.connectTimeoutMs ?? 1_000,
      // Commands cut by a dropped connection fail instead of being sent again later.
      maxRetriesPerRequest: 0,
      // Reconnect for ever, at most a second apart, so sharing resumes soon after Redis is back.
      retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
    });
    // Connection errors are reported through the state below, once per change, not once per retry.
    this.client.on('error', (error: Error) => this.mark(false, error.message));
    this.client.on('close', () => this.mark(false, 'connection closed'));
    this.client.on('ready', () => void this.probe());
    this.probeTimer = setInterval(() => void this.probe(), options.probeIntervalMs ?? 1_000);
    this.probeTimer.unref();
  }

  get mode(): LimitsMode {
    return this.up ? 'shared' : 'per-replica';
  }

  /** What /readyz says about the limits. */
  readiness(): Record<string, unknown> {
    return this.up ? { limits: 'shared' } : { limits: 'per-replica', degraded: true, redis: this.reason };
  }

  /** Waits up to `timeoutMs` for the first answer, so the gateway starts knowing the state. */
  async settle(timeoutMs: number): Promise<LimitsMode> {
    if (!this.up) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.off('change', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        this.on('change', done);
      });
    }
    if (!this.up) this.logger.warn({ redis: this.where, reason: this.reason }, 'Redis unreachable: rate budgets and subscription caps are per replica until it answers');
    return this.mode;
  }

  /** A command failed or timed out: per replica now, until the next probe says otherwise. */
  failed(error: unknown): void {
    this.mark(false, error instanceof Error ? error.message : String(error));
  }

  async probe(): Promise<void> {
    try {
      await this.client.ping();
      this.mark(true);
    } catch (error) {
      this.failed(error);
    }
  }

  private mark(up: boolean, reason = ''): void {
    // Commands cut by close() are not an outage.
    if (this.closed) return;
    if (!up) this.reason = reason;
    if (up === this.up) return;
    this.up = up;
    if (up) this.logger.info({ redis: this.where }, 'Redis reachable: rate budgets and subscription caps are shared by every replica');
    else this.logger.warn({ redis: this.where, reason }, 'Redis unreachable: rate budgets and subscription caps are per replica until it is back');
    this.emit('change', this.mode);
  }

  close(): void {
    this.closed = true;
    clearInterval(this.probeTimer);
    this.removeAllListeners('change');
    this.client.disconnect();
  }
}
