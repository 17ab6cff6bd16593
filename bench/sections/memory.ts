/**
 * Section 4 (heap part): the same batch of fleet trees run again and again on the gateway, with
 * full collections (--expose-gc in the gateway process) before the first batch and after each.
 * What stays reachable after a batch is what the gateway kept; it must not grow batch by batch.
 */
import { treeViaGateway } from '../support/tree.ts';
import { gatewayStats, type BenchEnv, type BenchFleet } from './env.ts';

export interface HeapRounds {
  robots: number;
  /** Trees per round: half FLEET_TREE, half SUMMARY_TREE. */
  treesPerRound: number;
  /** heapUsed after collection: before the first round, then after each. */
  before: number;
  after: number[];
  /** Last round minus first round (the first may still fill caches that are then reused). */
  growth: number;
  rss: { before: number; after: number };
}

export async function runHeapRounds(env: BenchEnv, fleet: BenchFleet, options: { rounds: number; treesPerRound: number }): Promise<HeapRounds> {
  env.log(`heap: ${options.rounds} rounds of ${options.treesPerRound} trees of ${fleet.robots} robots, full GC after each...`);
  const start = await gatewayStats(env.gateway, true);
  const after: number[] = [];
  let rss = start.memory.rss;
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < options.treesPerRound; i++) await treeViaGateway(env.gateway.url, fleet.headers, i % 2 ? 'summary' : 'fleet', fleet.organizationId);
    const stats = await gatewayStats(env.gateway, true);
    after.push(stats.memory.heapUsed);
    rss = stats.memory.rss;
  }
  return {
    robots: fleet.robots,
    treesPerRound: options.treesPerRound,
    before: start.memory.heapUsed,
    after,
    growth: after.at(-1)! - after[0]!,
    rss: { before: start.memory.rss, after: rss },
  };
}
