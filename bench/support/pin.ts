/**
 * CPU pinning with `taskset` (util-linux): the gateway (or the contender measured against it) on
 * core 0, the fleet server and the load generator on core 1, so the contender has a core of its
 * own. Without taskset or with one CPU, nothing is pinned and the report says so.
 */
import os from 'node:os';
import { spawnSync } from 'node:child_process';

export type Core = 0 | 1;

export interface Pinning {
  enabled: boolean;
  /** What was done, for the report. */
  description: string;
}

let decided: Pinning | undefined;

export function pinning(): Pinning {
  if (decided) return decided;
  const cpus = os.availableParallelism();
  const taskset = process.platform === 'linux' && spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!taskset) decided = { enabled: false, description: 'not pinned: taskset (util-linux) is not available' };
  else if (cpus < 2) decided = { enabled: false, description: `not pinned: ${cpus} CPU` };
  else decided = { enabled: true, description: `taskset: gateway / grpc-js contender on core 0; fleet server and load generator on core 1 (${cpus} CPUs)` };
  return decided;
}

/** `fork` options running a child on `core` (through taskset) with node flags `execArgv`. */
export function pinnedFork(core: Core, execArgv: string[]): { execPath: string; execArgv: string[] } {
  if (!pinning().enabled) return { execPath: process.execPath, execArgv };
  return { execPath: 'taskset', execArgv: ['-c', String(core), process.execPath, ...execArgv] };
}

/** Moves this process (all its threads) to `core`. */
export function pinSelf(core: Core): void {
  if (pinning().enabled) spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], { stdio: 'ignore' });
}
