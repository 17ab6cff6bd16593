/**
 * Two gateway replicas (separate `serve` processes on one fleet server) behind nginx: a graphql-ws
 * client (graphql-ws retries; the cursor travels in the subscription's payload) and an EventSource
 * client (the `eventsource` package: Last-Event-ID on reconnect) stream a robot's logs; the
 * replica serving both is killed (SIGKILL) and both resume through the other one, receiving every
 * entry the robot sent exactly once, in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { EventSource } from 'eventsource';
import { ROOT, startCli, type RunningCli } from './support/cli.ts';
import { startTestFleet, type TestFleet } from './support/fleet.ts';
import { apiKeyHeaders } from './support/gateway.ts';
import { firstSecret, idByName } from './support/graph.ts';
import { PART_LOGS_AFTER, robotLogger, waitFor, wsUrl, type Entry } from './support/live-logs.ts';
import { nginxConfig, startNginx, type Nginx } from './support/nginx.ts';

interface Replica {
  cli: RunningCli;
  port: number;
  /** fleetgraph_active_subscriptions on this replica, read from it directly (not through nginx). */
  subscriptions(): Promise<number>;
}

async function startReplica(upstream: string): Promise<Replica> {
  const cli = startCli(['serve', '--port', '0', '--upstream', `http://${upstream}`, '--log-level', 'warn']);
  const url = new URL((await cli.waitFor(/GraphQL at (http:\/\/\S+)\n/))[1]!);
  return {
    cli,
    port: Number(url.port),
    async subscriptions() {
      if (cli.child.exitCode !== null || cli.child.signalCode !== null) return 0;
      const text = await (await fetch(`${url.origin}/metrics`)).text();
      return Number(/^fleetgraph_active_subscriptions (\d+)$/m.exec(text)?.[1] ?? 0);
    },
  };
}

let fleet: TestFleet;
let replicas: Replica[];
let nginx: Nginx;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  fleet = await startTestFleet();
  replicas = await Promise.all([startReplica(fleet.address), startReplica(fleet.address)]);
  nginx = await startNginx(replicas.map((r) => `127.0.0.1:${r.port}`));
}, 60_000);
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await nginx?.stop();
  for (const replica of replicas ?? []) await replica.cli.stop();
  await fleet?.close();
});

/** What a resuming client received, and how often it (re)connected. */
interface Stream {
  entries: Entry[];
  errors: unknown[];
  connections: number;
}

/** The documented graphql-ws pattern: retries, and the cursor kept in the payload graphql-ws re-sends on reconnect. */
function resumingWsClient(url: string, headers: Record<string, string>, variables: Record<string, unknown>): { stream: Stream; client: Client } {
  const stream: Stream = { entries: [], errors: [], connections: 0 };
  const client = createClient({
    url: wsUrl(url),
    webSocketImpl: WebSocket,
    connectionParams: headers,
    retryAttempts: 10,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 200)),
    shouldRetry: () => true,
    on: { connected: () => (stream.connections += 1) },
  });
  const payload = { query: PART_LOGS_AFTER, variables: { ...variables, after: null as string | null } };
  client.subscribe<{ robotPartLogs: Entry[] }>(payload, {
    next: (result) => {
      if (result.errors) stream.errors.push(...result.errors);
      const batch = result.data?.robotPartLogs ?? [];
      stream.entries.push(...batch);
      if (batch.length) payload.variables.after = batch.at(-1)!.id!;
    },
    error: (error) => stream.errors.push(error),
    complete: () => {},
  });
  return { stream, client };
}

/** EventSource over GET; it sends Last-Event-ID by itself when it reconnects. */
function resumingEventSource(url: string, headers: Record<string, string>, variables: Record<string, unknown>): { stream: Stream; source: EventSource } {
  const stream: Stream = { entries: [], errors: [], connections: 0 };
  const query = new URLSearchParams({ query: PART_LOGS_AFTER, variables: JSON.stringify(variables) });
  const source = new EventSource(`${url}?${query}`, {
    fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, ...headers } }),
  });
  source.addEventListener('open', () => (stream.connections += 1));
  source.addEventListener('next', (event) => {
    const result = JSON.parse(event.data) as { data?: { robotPartLogs: Entry[] }; errors?: unknown[] };
    if (result.errors) stream.errors.push(...result.errors);
    stream.entries.push(...(result.data?.robotPartLogs ?? []));
  });
  return { stream, source };
}

describe('two replicas behind nginx', () => {
  it('a graphql-ws client and an EventSource client resume through the other replica when theirs is killed: every entry once, in order', async () => {
    const partId = idByName(fleet.server.db, 'robot_parts', 'rover-1-main');
    const headers = apiKeyHeaders({ id: fleet.keyId, key: fleet.key });
    const url = `${nginx.origin}/graphql`;
    const variables = { partId, errorsOnly: false, filter: 'replica run' };
    const counts = () => Promise.all(replicas.map((r) => r.subscriptions()));

    const ws = resumingWsClient(url, headers, variables);
    cleanups.push(() => ws.client.dispose());
    const [first] = await waitFor('the graphql-ws subscription on a replica', async () => {
      const open = await counts();
      return open[0]! + open[1]! === 1 && open;
    });
    const serving = replicas[first === 1 ? 0 : 1]!;
    const other = replicas[first === 1 ? 1 : 0]!;
    // Round-robin sends every other connection to `serving`: reopen until the SSE client lands there too.
    let sse = resumingEventSource(url, headers, variables);
    for (let attempt = 0; ; attempt++) {
      await waitFor('the SSE subscription on a replica', async () => (await serving.subscriptions()) + (await other.subscriptions()) === 2);
      if ((await serving.subscriptions()) === 2) break;
      expect(attempt).toBeLessThan(3);
      sse.source.close();
      await waitFor('the SSE subscription gone', async () => (await other.subscriptions()) === 0);
      sse = resumingEventSource(url, headers, variables);
    }
    cleanups.push(() => sse.source.close());

    const robot = await robotLogger(fleet.address, partId, firstSecret(fleet.server.db, partId));
    cleanups.push(() => robot.close());
    const sent: string[] = [];
    let logging = true;
    const logger = (async () => {
      for (let i = 1; logging; i++) {
        const batch = Array.from({ length: 1 + (i % 3) }, (_, j) => `replica run ${i}.${j}`);
        await robot.log(batch.map((message) => ({ level: 'info', message })));
        sent.push(...batch);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const received = (s: Stream) => s.entries.map((e) => e.message);

    await waitFor('both clients streaming', () => ws.stream.entries.length >= 10 && sse.stream.entries.length >= 10, 20_000);
    serving.cli.child.kill('SIGKILL');
    await waitFor('the replica gone', () => serving.cli.child.exitCode !== null || serving.cli.child.signalCode !== null);
    const sentAtKill = sent.length;

    await waitFor('both clients resumed on the other replica', async () => (await other.subscriptions()) === 2, 30_000);
    await waitFor('entries logged after the kill on both', () => [ws.stream, sse.stream].every((s) => s.entries.length > sentAtKill + 10), 30_000);
    logging = false;
    await logger;
    // A lost entry never arrives: past the wait, the comparison below shows what is missing.
    await waitFor('every entry on both', () => [ws.stream, sse.stream].every((s) => s.entries.length >= sent.length), 20_000).catch(() => {});

    expect(ws.stream.connections).toBe(2);
    expect(sse.stream.connections).toBe(2);
    expect(received(ws.stream)).toEqual(sent);
    expect(received(sse.stream)).toEqual(sent);
    for (const s of [ws.stream, sse.stream]) expect(new Set(s.entries.map((e) => e.id)).size).toBe(sent.length);
    expect([ws.stream.errors, sse.stream.errors]).toEqual([[], []]);
  }, 120_000);

  it('is the config the README shows under "Running several replicas"', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const shown = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(nginxConfig(['10.0.0.11:4000', '10.0.0.12:4000'], '80'));
  });
});
