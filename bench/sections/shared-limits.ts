/**
 * Section 5: what sharing limits through Redis costs. Two gateway children on the same fleet
 * server with the same rate limit (large enough that nothing is refused, so every request pays
 * its budget and runs): one keeps budgets in memory, the other in a real redis-server on loopback
 * (`--redis-url`, test/support/redis.ts). `robot(id){name}` through autocannon, alternating
 * slices between the two in the same run, at each concurrency.
 */
import type { BenchGatewayOptions } from '../support/gateway-child.ts';
import { combine, gatewayRate, type RateFigures } from './throughput.ts';
import type { BenchEnv, BenchFleet, BenchGateway } from './env.ts';
import { startRedis } from '../../test/support/redis.ts';

export interface SharedLimitsRow {
  concurrency: number;
  memory: RateFigures;
  redis: RateFigures;
  /** Redis req/s ÷ in-memory req/s. */
  ratio: number;
}

/** Every request pays a point and none is refused. */
const RATE_LIMIT = { points: 1_000_000_000, windowSeconds: 10 };

export async function runSharedLimits(
  env: BenchEnv,
  fleet: BenchFleet,
  start: (options: BenchGatewayOptions) => Promise<BenchGateway>,
  options: { concurrency: number[]; seconds: number; slices: number; warmupSeconds: number },
): Promise<SharedLimitsRow[]> {
  const redis = await startRedis();
  const memory = await start({ rateLimit: RATE_LIMIT });
  const shared = await start({ rateLimit: RATE_LIMIT, redis: { url: redis.url } });
  const rows: SharedLimitsRow[] = [];
  try {
    const rateOf = (gateway: BenchGateway, concurrency: number, seconds: number) => gatewayRate({ ...env, gateway }, fleet, 'one-field', concurrency, seconds);
    env.log(`shared limits: warming up both gateways, ${options.warmupSeconds} s each...`);
    for (const gateway of [memory, shared]) await rateOf(gateway, Math.max(...options.concurrency), options.warmupSeconds);
    for (const concurrency of options.concurrency) {
      env.log(`shared limits, robot(id){name}, ${concurrency} in flight: ${options.seconds} s each, in memory and through Redis...`);
      const slices: { memory: RateFigures[]; redis: RateFigures[] } = { memory: [], redis: [] };
      for (let i = 0; i < options.slices; i++) {
        slices.memory.push(await rateOf(memory, concurrency, options.seconds / options.slices));
        slices.redis.push(await rateOf(shared, concurrency, options.seconds / options.slices));
      }
      const m = combine(slices.memory);
      const r = combine(slices.redis);
      rows.push({ concurrency, memory: m, redis: r, ratio: r.perSecond / m.perSecond });
    }
  } finally {
    await memory.child.stop();
    await shared.child.stop();
    await redis.stop();
  }
  return rows;
}
