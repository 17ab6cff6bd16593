/**
 * The per-credential cap on open subscriptions, shared by every replica through Redis.
 *
 * Layout: one hash per credential, `<prefix>subscriptions:<fingerprint>`, replica id → that
 * replica's open count, and one hash of leases, `<prefix>subscriptions:replicas`, replica id →
 * the Redis time (ms) until which its counts stand. A replica renews its lease with a heartbeat
 * every third of the lease, re-asserting its counts; a replica that crashed stops renewing, and
 * its counts stop counting when its lease runs out (they are dropped by the next claim that meets
 * them). Leases are compared with Redis's own clock (TIME), so replicas' clocks do not matter.
 *
 * Every write is this replica's absolute count, not an increment: a release whose write was lost
 * (Redis down) or a Redis that restarted empty is mended by the next heartbeat, which re-asserts
 * every non-zero count and every count whose last write failed. Undercounting is then bounded by
 * one heartbeat after Redis is back; a claim that loses a race with a release over-counts (fails
 * closed) until the next write.
 *
 * Redis unreachable or slow (a command past its timeout): the claim answers true and the local cap
 * (log-access.ts CallerSubscriptions) is the whole cap, per replica. Keys share one hash tag, so
 * the scripts also run on a Redis Cluster node (all on one slot).
 */
import type { Redis } from 'ioredis';
import type { SharedSubscriptionCounts } from '../upstream/log-access.ts';
import type { RedisLink } from './redis-link.ts';

/** Redis time in ms, then the lease table pruned of expired replicas' counts for KEYS[2]; claims when the total stays within the limit. */
const CLAIM = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local counts = redis.call('HGETALL', KEYS[2])
local others = 0
for i = 1, #counts, 2 do
  local replica = counts[i]
  if replica ~= ARGV[1] then
    local lease = tonumber(redis.call('HGET', KEYS[1], replica))
    if lease == nil or lease < now then
      redis.call('HDEL', KEYS[2], replica)
    else
      others = others + tonumber(counts[i + 1])
    end
  end
end
if others + tonumber(ARGV[2]) > tonumber(ARGV[3]) then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('HSET', KEYS[1], ARGV[1], now + tonumber(ARGV[4]))
return 1
`;

/** Renews the lease of replica ARGV[1] and sets its count in each of KEYS[2..] (ARGV[3..]; 0 removes it); forgets replicas whose lease ran out. */
const REPORT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[2])
redis.call('HSET', KEYS[1], ARGV[1], now + lease)
for i = 2, #KEYS do
  local count = tonumber(ARGV[i + 1])
  if count > 0 then
    redis.call('HSET', KEYS[i], ARGV[1], count)
    redis.call('PEXPIRE', KEYS[i], lease)
  else
    redis.call('HDEL', KEYS[i], ARGV[1])
  end
end
local leases = redis.call('HGETALL', KEYS[1])
for i = 1, #leases, 2 do
  if tonumber(leases[i + 1]) < now then redis.call('HDEL', KEYS[1], leases[i]) end
end
return 1
`;

type ScriptedRedis = Redis & {
  fleetgraphClaimSubscription(...args: (string | number)[]): Promise<number>;
  fleetgraphReportSubscriptions(numberOfKeys: number, ...args: (string | number)[]): Promise<number>;
};

export class RedisSubscriptionCounts implements SharedSubscriptionCounts {
  private readonly redis: ScriptedRedis;
  private readonly leasesKey: string;
  /** Credentials whose last write failed: re-asserted (zero included) by the next heartbeat. */
  private readonly unsynced = new Set<string>();
  private counts: () => ReadonlyMap<string, number> = () => new Map();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly link: RedisLink,
    private readonly replicaId: string,
  ) {
    this.redis = link.client as ScriptedRedis;
    this.redis.defineCommand('fleetgraphClaimSubscription', { numberOfKeys: 2, lua: CLAIM });
    this.redis.defineCommand('fleetgraphReportSubscriptions', { lua: REPORT });
    this.leasesKey = `${link.keyPrefix}{subscriptions}:replicas`;
    this.heartbeat = setInterval(() => void this.sync(), Math.max(50, Math.floor(link.subscriptionLeaseMs / 3)));
    this.heartbeat.unref();
    // Back from an outage (or a Redis that restarted empty): re-assert at once, not at the next beat.
    link.on('change', (mode) => {
      if (mode === 'shared') void this.sync();
    });
  }

  private keyOf(credential: string): string {
    return `${this.link.keyPrefix}{subscriptions}:caller:${credential}`;
  }

  track(counts: () => ReadonlyMap<string, number>): void {
    this.counts = counts;
  }

  async claim(credential: string, count: number, limit: number): Promise<boolean> {
    if (this.link.mode !== 'shared') {
      this.unsynced.add(credential);
      return true;
    }
    try {
      const claimed = await this.redis.fleetgraphClaimSubscription(this.leasesKey, this.keyOf(credential), this.replicaId, count, limit, this.link.subscriptionLeaseMs);
      return claimed === 1;
    } catch (error) {
      this.link.failed(error);
      this.unsynced.add(credential);
      return true;
    }
  }

  report(credential: string, count: number): void {
    if (this.link.mode !== 'shared') {
      this.unsynced.add(credential);
      return;
    }
    this.write([[credential, count]]).catch((error: unknown) => {
      this.link.failed(error);
      this.unsynced.add(credential);
    });
  }

  /** Renews the lease and writes every non-zero count and every count whose last write failed. */
  async sync(): Promise<void> {
    if (this.link.mode !== 'shared') return;
    const current = this.counts();
    const pending = [...this.unsynced];
    this.unsynced.clear();
    const entries = new Map<string, number>(current);
    for (const credential of pending) entries.set(credential, current.get(credential) ?? 0);
    try {
      await this.write([...entries]);
    } catch (error) {
      this.link.failed(error);
      for (const credential of pending) this.unsynced.add(credential);
    }
  }

  private write(entries: [credential: string, count: number][]): Promise<number> {
    return this.redis.fleetgraphReportSubscriptions(
      1 + entries.length,
      this.leasesKey,
      ...entries.map(([credential]) => this.keyOf(credential)),
      this.replicaId,
      this.link.subscriptionLeaseMs,
      ...entries.map(([, count]) => count),
    );
  }

  /** Stops the heartbeat; this replica's counts expire with its lease. */
  close(): void {
    clearInterval(this.heartbeat);
  }
}
