/**
 * Live machine status at scale: `subscribers` machineStatus subscriptions (graphql-ws, 100 per
 * socket) on one 1,000-robot organization with the same credentials, against a gateway child and
 * the fleet server child. Reports upstream ListMachineSummaries per poll interval (goal: exactly
 * 1), gateway memory per subscriber (heap and RSS after full collections, before and after
 * subscribing), and change → subscriber latency: a robot renamed through the gateway (the
 * mutation refreshes the shared poll) until each subscriber has the ROBOT_RENAMED event.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { prepareDataDir, seedRobots, createOrganizationWithOwnerKey } from '../support/seed.ts';
import { spawnFleetServer } from '../support/fleet-server-process.ts';
import { gatewayStats, startGatewayChild } from './env.ts';
import { summarize, type LatencySummary } from '../support/stats.ts';

export interface MachineStatusResult {
  robots: number;
  subscribers: number;
  intervalMs: number;
  intervals: number;
  listMachineSummariesPerInterval: number;
  heapPerSubscriberBytes: number;
  rssPerSubscriberBytes: number;
  changeLatencyMs: LatencySummary;
}

const SUBSCRIPTION = /* GraphQL */ `
  subscription BenchStatus($organizationId: ID!) {
    machineStatus(organizationId: $organizationId) { kind robots { id name onlineState parts { id onlineState } } changes { kind robotId robot { name } } }
  }
`;
const PER_SOCKET = 100;

export async function runMachineStatus(options: { subscribers: number; robots: number; intervalMs: number; intervals: number; changes: number; log: (line: string) => void }): Promise<MachineStatusResult> {
  const { log } = options;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-bench-status-'));
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const fleet = await prepareDataDir(dataDir, (server) => {
      const owner = createOrganizationWithOwnerKey(server.db, 'Bench Status Fleet');
      const { robotIds, locationIds } = seedRobots(server.db, owner.organizationId, { robots: options.robots, locations: 10, log: () => {} });
      return { ...owner, robotIds, locationIds };
    });
    const fleetServer = await spawnFleetServer(dataDir, { core: 1 });
    stops.push(() => fleetServer.stop());
    const gateway = await startGatewayChild(`http://${fleetServer.address}`, {
      machineStatus: { intervalMs: options.intervalMs },
      liveLogs: { maxSubscriptionsPerCaller: options.subscribers + 10 },
      wsMaxSubscriptionsPerConnection: PER_SOCKET,
      rateLimit: { points: 0, windowSeconds: 10 },
    });
    stops.push(() => gateway.child.stop());
    const headers = { 'x-viam-api-key-id': fleet.apiKeyId, 'x-viam-api-key': fleet.apiKey };
    const before = await gatewayStats(gateway, true);

    const clients: Client[] = [];
    /** Per subscriber: when it saw each robot name arrive in a ROBOT_RENAMED change. */
    const seen: Map<string, number>[] = [];
    const snapshots: Promise<void>[] = [];
    for (let i = 0; i < options.subscribers; i++) {
      if (i % PER_SOCKET === 0) clients.push(createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: headers, retryAttempts: 0 }));
      const names = new Map<string, number>();
      seen.push(names);
      snapshots.push(
        new Promise<void>((resolve, reject) => {
          clients.at(-1)!.subscribe(
            { query: SUBSCRIPTION, variables: { organizationId: fleet.organizationId } },
            {
              next: (result) => {
                const event = (result.data as any)?.machineStatus;
                if (!event) return reject(new Error(JSON.stringify(result.errors)));
                if (event.kind === 'SNAPSHOT') resolve();
                for (const change of event.changes) if (change.kind === 'ROBOT_RENAMED') names.set(change.robot.name, performance.now());
              },
              error: reject,
              complete: () => {},
            },
          );
        }),
      );
    }
    stops.push(async () => Promise.all(clients.map((c) => c.dispose())));
    await Promise.all(snapshots);
    const after = await gatewayStats(gateway, true);
    log(`  ${options.subscribers} subscribers have their snapshot of ${options.robots} robots`);

    await fleetServer.resetCalls();
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs * options.intervals));
    const polls = (await fleetServer.calls()).counts.ListMachineSummaries ?? 0;

    const latencies: number[] = [];
    const robotId = fleet.robotIds[0]!;
    const locationId = fleet.locationIds[0]!;
    for (let round = 0; round < options.changes; round++) {
      const name = `bench-renamed-${round}`;
      const sent = performance.now();
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: `mutation { updateRobot(id: "${robotId}", locationId: "${locationId}", name: "${name}") { id } }` }),
      });
      await response.text();
      const deadline = Date.now() + 30_000;
      while (seen.some((names) => !names.has(name)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      for (const names of seen) if (names.has(name)) latencies.push(names.get(name)! - sent);
    }
    return {
      robots: options.robots,
      subscribers: options.subscribers,
      intervalMs: options.intervalMs,
      intervals: options.intervals,
      listMachineSummariesPerInterval: polls / options.intervals,
      heapPerSubscriberBytes: (after.memory.heapUsed - before.memory.heapUsed) / options.subscribers,
      rssPerSubscriberBytes: (after.memory.rss - before.memory.rss) / options.subscribers,
      changeLatencyMs: summarize(latencies),
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function machineStatusReport(r: MachineStatusResult): string {
  return [
    `### Live machine status: ${r.subscribers} machineStatus subscribers, one ${r.robots}-robot organization, same credentials`,
    '',
    '| measure | value |',
    '|---|---|',
    `| upstream ListMachineSummaries per ${r.intervalMs} ms interval (over ${r.intervals}; goal 1) | ${r.listMachineSummariesPerInterval.toFixed(2)} |`,
    `| gateway heap per subscriber | ${(r.heapPerSubscriberBytes / 1024).toFixed(1)} KiB |`,
    `| gateway RSS per subscriber | ${(r.rssPerSubscriberBytes / 1024).toFixed(1)} KiB |`,
    `| change → subscriber latency p50 / p99 (rename through the gateway, ${r.changeLatencyMs.runs} deliveries) | ${r.changeLatencyMs.p50.toFixed(1)} / ${r.changeLatencyMs.p99.toFixed(1)} ms |`,
    '',
  ].join('\n');
}
