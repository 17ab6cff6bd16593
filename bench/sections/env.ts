/**
 * What every section of `npm run bench` works with: the fleet server (counting the RPCs it
 * receives), the gateway twice (batched, and the naive baseline with `batching: false`), the
 * hand-written grpc-js contender, and the seeded fleets with their owner keys.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FleetServerProcess } from '../support/fleet-server-process.ts';
import type { Child } from '../support/child.ts';
import type { BenchGatewayOptions, GatewayChildReply, GatewayChildRequest } from '../support/gateway-child.ts';
import { forkChild } from '../support/child.ts';
import type { FloorChildReply, FloorChildRequest } from '../support/floor-child.ts';

export interface BenchFleet {
  robots: number;
  locations: number;
  organizationId: string;
  robotIds: string[];
  /** Owner key headers for the gateway. */
  headers: Record<string, string>;
  /** The floor child's client for this fleet's key. */
  floorClient: string;
}

export interface BenchGateway {
  url: string;
  child: Child<GatewayChildRequest, GatewayChildReply>;
}

export interface BenchEnv {
  fleetServer: FleetServerProcess;
  gateway: BenchGateway;
  naive: BenchGateway;
  floor: Child<FloorChildRequest, FloorChildReply>;
  fleets: BenchFleet[];
  /** Highest RSS of the (batched) gateway seen while a section ran, by label. */
  peakRss: Map<string, number>;
  /** Where CPU profiles of the gateway go, one per measurement (--cpu-prof). */
  profileDir?: string;
  log: (line: string) => void;
}

/** The gateway in a child process (pinned to core 0, with --expose-gc), with these options. */
export async function startGatewayChild(upstream: string, options: BenchGatewayOptions): Promise<BenchGateway> {
  const child = forkChild<GatewayChildRequest, GatewayChildReply>('gateway-child.ts', {
    args: [upstream, JSON.stringify(options)],
    nodeFlags: ['--expose-gc'],
    core: 0,
  });
  const { url } = await child.next('ready');
  return { url, child };
}

/** Asks the floor child and fails on its error. */
export async function askFloor<T extends FloorChildReply['type']>(env: BenchEnv, request: FloorChildRequest & { type: T }): Promise<Extract<FloorChildReply, { type: T }>> {
  const reply = await env.floor.ask(request, request.type as T);
  if ('error' in reply && reply.error) throw new Error(`grpc-js contender: ${reply.error}`);
  return reply;
}

let statsId = 0;

/** The gateway's memory and CPU now; `gc`: after full collections. */
export function gatewayStats(gateway: BenchGateway, gc: boolean) {
  const id = ++statsId;
  return gateway.child.ask({ type: 'stats', gc, id }, 'stats', (reply) => reply.id === id);
}

/** Samples the gateway's RSS every `ms` while `work` runs and keeps the highest under `label`. */
export async function trackingRss<T>(env: BenchEnv, label: string, work: () => Promise<T>, ms = 250): Promise<T> {
  const note = (rss: number) => env.peakRss.set(label, Math.max(env.peakRss.get(label) ?? 0, rss));
  const timer = setInterval(() => void gatewayStats(env.gateway, false).then((s) => note(s.memory.rss)), ms);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    note((await gatewayStats(env.gateway, false)).memory.rss);
  }
}

let profileId = 0;

/** Runs `work` with the gateway's CPU profiler on when --cpu-prof is given; writes <dir>/<label>.cpuprofile. */
export async function profiled<T>(env: BenchEnv, label: string, work: () => Promise<T>): Promise<T> {
  if (!env.profileDir) return work();
  fs.mkdirSync(env.profileDir, { recursive: true });
  const file = path.join(env.profileDir, `${label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.cpuprofile`);
  const ask = (start: boolean) => {
    const id = ++profileId;
    return env.gateway.child.ask({ type: 'profile', start, file, id }, 'profile', (reply) => reply.id === id);
  };
  await ask(true);
  try {
    return await work();
  } finally {
    await ask(false);
    env.log(`  CPU profile of the gateway: ${file}`);
  }
}
