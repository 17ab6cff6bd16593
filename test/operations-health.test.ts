/**
 * What operators look at: /healthz (the process answers), /readyz (the upstream is reachable:
 * 503 with a reason while the fleet server is down, 200 again once it is back, by itself) and
 * /metrics (Prometheus text with operations, upstream calls, subscriptions, upstream log streams
 * and rate-limit rejections), optionally behind a token.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFleetServer, type FleetServer } from '../src/fleet-server/server.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { postJson, siblingUrl } from './support/http.ts';
import { PART_LOGS, wsClient } from './support/live-logs.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName } from './support/graph.ts';
import { apiKeyHeaders } from './support/gateway.ts';

vi.setConfig({ testTimeout: 60_000 });

let dataDir: string;
let fleet: FleetServer;
let gateway: Gateway;
let headers: Record<string, string>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-health-'));
  fleet = await startFleetServer({ dataDir, port: 0, log: () => {} });
  headers = apiKeyHeaders({ id: fleet.demo!.apiKeyId, key: fleet.demo!.apiKey });
  gateway = await startGateway({
    upstream: parseUpstreamUrl(`http://${fleet.address}`),
    port: 0,
    rateLimit: { points: 1000, windowSeconds: 60 },
    metricsToken: 'scrape-me',
    readyTimeoutMs: 500,
  });
});
afterAll(async () => {
  await gateway?.close();
  await fleet?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const get = (pathname: string, init?: RequestInit) => fetch(siblingUrl(gateway.url, pathname), init);
const metricsText = async () => (await get('/metrics', { headers: { authorization: 'Bearer scrape-me' } })).text();
/** The value of one sample line of the metrics, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? wanted.every((w) => l.includes(w)) : false);
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('/healthz', () => {
  it('answers 200 with JSON while the process runs, whatever the upstream does', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect((await get('/healthz', { method: 'POST' })).status).toBe(405);
  });
});

describe('/readyz', () => {
  it('is 200 while the fleet server is up, 503 with a reason while it is stopped, and 200 again once it is back', async () => {
    const up = await get('/readyz');
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ready', upstream: 'READY' });

    const port = fleet.port;
    await fleet.close();
    await vi.waitFor(async () => expect((await get('/readyz')).status).toBe(503), { timeout: 15_000, interval: 200 });
    const down = await (await get('/readyz')).json();
    expect(down).toMatchObject({ status: 'unavailable', reason: 'the fleet upstream is not reachable' });
    expect(['TRANSIENT_FAILURE', 'CONNECTING', 'IDLE']).toContain(down.upstream);
    // Liveness is not readiness: the process itself is fine.
    expect((await get('/healthz')).status).toBe(200);

    fleet = await startFleetServer({ dataDir, port, log: () => {} });
    await vi.waitFor(async () => expect((await get('/readyz')).status).toBe(200), { timeout: 30_000, interval: 250 });
    const result = await postJson(gateway.url, '{ organizations { name } }', { headers });
    expect(result.body.data?.organizations?.[0]?.name).toBe('Demo Fleet');
  });
});

describe('/metrics', () => {
  it('wants the token when one is configured', async () => {
    const anonymous = await get('/metrics');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('fleetgraph_');
    expect((await get('/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const scraped = await get('/metrics', { headers: { authorization: 'Bearer scrape-me' } });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toContain('text/plain');
  });

  it('counts operations by name and outcome, with latency, and upstream calls by RPC and status', async () => {
    const before = await metricsText();
    await postJson(gateway.url, 'query HealthFleet { organizations { name locations { name } } }', { headers });
    await postJson(gateway.url, 'query HealthMissing($id: ID!) { robot(id: $id) { name } }', { headers, variables: { id: UNKNOWN_ID } });
    await postJson(gateway.url, 'query HealthInvalid { nope }', { headers });
    const after = await metricsText();

    const ops = 'fleetgraph_graphql_operations_total';
    expect(sample(after, ops, { operation: 'HealthFleet', type: 'query', outcome: 'ok' })).toBe(1);
    expect(sample(after, ops, { operation: 'HealthMissing', type: 'query', outcome: 'error' })).toBe(1);
    expect(sample(after, ops, { operation: 'HealthInvalid', outcome: 'invalid' })).toBe(1);
    expect(sample(after, 'fleetgraph_graphql_operation_duration_seconds_count', { operation: 'HealthFleet', outcome: 'ok' })).toBe(1);

    const calls = 'fleetgraph_upstream_calls_total';
    expect(sample(after, calls, { rpc: 'ListOrganizations', status: 'OK' })).toBeGreaterThan(sample(before, calls, { rpc: 'ListOrganizations', status: 'OK' }));
    expect(sample(after, calls, { rpc: 'GetRobot', status: 'NOT_FOUND' })).toBe(sample(before, calls, { rpc: 'GetRobot', status: 'NOT_FOUND' }) + 1);
    expect(sample(after, 'fleetgraph_upstream_call_duration_seconds_count', { rpc: 'GetRobot', status: 'NOT_FOUND' })).toBeGreaterThan(0);
    // Default process metrics come along.
    expect(after).toContain('fleetgraph_process_cpu_seconds_total');
  });

  it('shows open subscriptions and upstream log streams while they last', async () => {
    const partId = idByName(fleet.db, 'robot_parts', 'rover-1-main');
    const ws = wsClient(gateway.url, headers);
    try {
      const first = ws.subscribe({ partId, errorsOnly: false });
      const second = ws.subscribe({ partId, errorsOnly: false }, PART_LOGS);
      await vi.waitFor(async () => expect(sample(await metricsText(), 'fleetgraph_active_subscriptions')).toBe(2));
      // Both subscribers share one upstream tail.
      expect(sample(await metricsText(), 'fleetgraph_upstream_log_streams')).toBe(1);
      first.unsubscribe();
      second.unsubscribe();
      await vi.waitFor(async () => expect(sample(await metricsText(), 'fleetgraph_active_subscriptions')).toBe(0));
      await vi.waitFor(async () => expect(sample(await metricsText(), 'fleetgraph_upstream_log_streams')).toBe(0));
    } finally {
      await ws.dispose();
    }
  });

  it('counts rate-limit rejections', async () => {
    const limited = await startGateway({ upstream: parseUpstreamUrl(`http://${fleet.address}`), port: 0, rateLimit: { points: 1, windowSeconds: 60 } });
    try {
      await postJson(limited.url, '{ organizations { id } }', { headers });
      const refused = await postJson(limited.url, 'query Again { organizations { id } }', { headers });
      expect(refused.status).toBe(429);
      const text = await (await fetch(siblingUrl(limited.url, '/metrics'))).text();
      expect(sample(text, 'fleetgraph_rate_limit_rejections_total')).toBe(1);
      // Refused before its body was read: no operation name to count it under.
      expect(sample(text, 'fleetgraph_graphql_operations_total', { operation: 'Again', outcome: 'rejected' })).toBe(0);
    } finally {
      await limited.close();
    }
  });
});
