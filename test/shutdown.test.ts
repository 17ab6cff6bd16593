/**
 * Graceful shutdown of the real processes: `fleetgraph serve` under load (concurrent queries on
 * keep-alive connections, a graphql-ws subscription, an SSE subscription) gets SIGTERM. No client
 * sees a reset connection: every request it had sent gets a complete response; the websocket is
 * closed with a code graphql-ws clients reconnect on (and the client does try); the SSE stream
 * completes; the process exits 0; the database is checkpointed and reopens cleanly. With a slow
 * upstream, requests in flight at the signal are waited for. `fleetgraph fleet-server` too.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import * as grpc from '@grpc/grpc-js';
import { FLEET_SERVER_KEY_LINES, SERVE_BANNER_KEY, removeDir, startCli, tempDataDir, type RunningCli } from './support/cli.ts';
import { PART_LOGS, sseSubscribe, waitFor, wsUrl } from './support/live-logs.ts';
import { appClientAt, authenticateAt, startTestFleet, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName } from './support/graph.ts';
import { apiKeyHeaders } from './support/gateway.ts';
import { startGateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { DUPLICATE_SIGNAL_WINDOW_MS } from '../src/cli/shutdown-signal.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Started {
  serve: RunningCli;
  url: string;
  headers: Record<string, string>;
  /** Resolves with the exit code; does not signal anything itself. */
  exited: Promise<number | null>;
}

async function startServe(args: string[]): Promise<Started> {
  const serve = startCli(['serve', '--port', '0', ...args]);
  const exited = new Promise<number | null>((resolve) => serve.child.once('exit', (code) => resolve(code)));
  cleanups.push(() => serve.stop());
  const url = (await serve.waitFor(/GraphQL at (http:\/\/\S+)\n/))[1]!;
  return { serve, url, headers: {}, exited };
}

/** JSON log lines printed so far. */
function logLines(serve: RunningCli): Record<string, any>[] {
  return serve
    .stdout()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, any>);
}

/** One POST over a keep-alive agent; resolves with the status and the parsed body, rejects on a reset or a cut body. */
function post(agent: http.Agent, url: string, headers: Record<string, string>, query: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', accept: 'application/json', ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('aborted', () => reject(new Error('response aborted')));
      response.on('error', reject);
      response.on('end', () => {
        try {
          resolve({ status: response.statusCode!, body: JSON.parse(text) });
        } catch (error) {
          reject(new Error(`incomplete body (${text.length} bytes): ${String(error)}`));
        }
      });
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });
}

/**
 * A POST whose body is held back: `started` resolves once the gateway has taken the request (it
 * answered `Expect: 100-continue`, which Node does as it starts the request), so the request is in
 * flight for as long as the test likes; `finish` sends the body and resolves with the response.
 */
function heldPost(url: string, headers: Record<string, string>, query: string) {
  const body = JSON.stringify({ query });
  const request = http.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', expect: '100-continue', 'content-length': Buffer.byteLength(body), ...headers },
  });
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      res.on('error', reject);
    });
    request.on('error', reject);
  });
  const started = new Promise<void>((resolve) => request.once('continue', () => resolve()));
  request.flushHeaders();
  return {
    started,
    finish() {
      request.end(body);
      return response;
    },
    /** The outcome without sending the body (for a request that is expected to be cut). */
    outcome: response.then(
      () => 'answered',
      (error: Error) => error.message,
    ),
  };
}

const FLEET_QUERY = 'query ShutdownLoad { organizations { name locations { name robots { name parts { name } } } } }';

describe('fleetgraph serve on SIGTERM', () => {
  it('under load: no reset connection, websocket closed with a retryable code, SSE completed, exit 0, database reopens', async () => {
    const dataDir = tempDataDir('fleetgraph-shutdown-');
    cleanups.push(() => removeDir(dataDir));
    const { serve, url, exited } = await startServe(['--data-dir', dataDir, '--shutdown-timeout-ms', '10000']);
    const [, keyId, key] = await serve.waitFor(SERVE_BANNER_KEY);
    const headers = apiKeyHeaders({ id: keyId!, key: key! });
    const partId = (await post(new http.Agent(), url, headers, '{ organizations { locations { robots { parts { id name } } } } }')).body.data.organizations[0].locations
      .flatMap((l: any) => l.robots.flatMap((r: any) => r.parts))
      .find((p: any) => p.name === 'rover-1-main').id as string;

    // A graphql-ws client as apps use it: it retries on close codes it deems temporary.
    const closeCodes: number[] = [];
    let connecting = 0;
    const ws = createClient({
      url: wsUrl(url),
      webSocketImpl: WebSocket,
      connectionParams: headers,
      retryAttempts: 2,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 50)),
      on: { connecting: () => connecting++, closed: (event) => closeCodes.push((event as CloseEvent).code) },
    });
    const wsErrors: unknown[] = [];
    ws.subscribe({ query: PART_LOGS, variables: { partId, errorsOnly: false } }, { next: () => {}, error: (e) => wsErrors.push(e), complete: () => {} });
    const sse = sseSubscribe(url, headers, { partId, errorsOnly: false });
    cleanups.push(() => ws.dispose());
    cleanups.push(() => sse.unsubscribe());
    const metricsUrl = new URL('/metrics', url).toString();
    await waitFor('both subscriptions open', async () => /fleetgraph_active_subscriptions 2\b/.test(await (await fetch(metricsUrl)).text()), 20_000);

    // Load: 16 keep-alive connections, each with a query always in flight, until the signal.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    let signalled = false;
    const outcomes: { ok: number; failures: string[]; inFlightAtSignal: number } = { ok: 0, failures: [], inFlightAtSignal: 0 };
    let inFlight = 0;
    const worker = async () => {
      while (!signalled) {
        inFlight++;
        try {
          const result = await post(agent, url, headers, FLEET_QUERY);
          if (result.status === 200 && result.body.data?.organizations?.[0]?.name === 'Demo Fleet') outcomes.ok++;
          else outcomes.failures.push(`status ${result.status}: ${JSON.stringify(result.body).slice(0, 200)}`);
        } catch (error) {
          outcomes.failures.push(String(error));
        } finally {
          inFlight--;
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    await waitFor('some load', () => outcomes.ok >= 50, 30_000);

    signalled = true;
    outcomes.inFlightAtSignal = inFlight;
    serve.child.kill('SIGTERM');
    await Promise.all(workers);
    expect(await exited).toBe(0);

    expect(outcomes.failures).toEqual([]);
    expect(outcomes.inFlightAtSignal).toBeGreaterThan(0);
    // graphql-ws treats 1001 (going away) and 1012 (service restart) as temporary, and reconnects.
    expect([1001, 1012]).toContain(closeCodes[0]);
    await waitFor('the websocket client to try again', () => connecting >= 2);
    await sse.done;
    expect(sse.completed).toBe(true);
    expect(sse.errors).toEqual([]);

    const lines = logLines(serve);
    expect(lines.find((l) => l.msg === 'shutting down')).toMatchObject({ signal: 'SIGTERM' });
    expect(lines.some((l) => l.msg === 'gateway stopped')).toBe(true);
    expect(lines.some((l) => l.msg === 'fleet server stopped, database closed')).toBe(true);
    agent.destroy();

    // Checkpointed and closed: no write-ahead log left, the file is sound, and serve starts on it again.
    expect(fs.existsSync(path.join(dataDir, 'fleet.db-wal'))).toBe(false);
    const db = new Database(path.join(dataDir, 'fleet.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const again = await startServe(['--data-dir', dataDir]);
    const [, sameKeyId] = await again.serve.waitFor(/x-viam-api-key-id: (\S+)\n/);
    expect(sameKeyId).toBe(keyId);
    const result = await post(new http.Agent(), again.url, headers, '{ organizations { name } }');
    expect(result.body.data.organizations).toEqual([{ name: 'Demo Fleet' }]);
    await again.serve.stop();
  });

  it('waits for requests held up by a slow upstream, and accepts no new connection meanwhile', async () => {
    const fleet: TestFleet = await startTestFleet();
    cleanups.push(() => fleet.close());
    const headers = apiKeyHeaders({ id: fleet.keyId, key: fleet.key });
    const { serve, url, exited } = await startServe(['--upstream', `http://${fleet.address}`, '--shutdown-timeout-ms', '20000']);
    // Exchange the key first, so only the held call is in the way.
    await post(new http.Agent(), url, headers, '{ organizations { id } }');

    fleet.server.calls.reset();
    fleet.server.calls.delay('ListOrganizations', 1500);
    const agent = new http.Agent({ keepAlive: true });
    const pending = Array.from({ length: 5 }, () => post(agent, url, headers, '{ organizations { name } }'));
    await waitFor('the calls to be held upstream', () => fleet.server.calls.count('ListOrganizations') === 5);
    serve.child.kill('SIGTERM');
    await waitFor('the shutdown to begin', () => logLines(serve).some((l) => l.msg === 'gateway shutting down'));

    const refused = await post(new http.Agent(), url, headers, '{ organizations { name } }').then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    expect(refused).toBe('ECONNREFUSED');
    const results = await Promise.all(pending);
    for (const result of results) expect(result).toEqual({ status: 200, body: { data: { organizations: [{ name: 'Demo Fleet' }] } } });
    expect(await exited).toBe(0);
    expect(logLines(serve).find((l) => l.msg === 'gateway shutting down')).toMatchObject({ requestsInFlight: 5 });
    expect(logLines(serve).some((l) => l.msg === 'gateway stopped')).toBe(true);
    agent.destroy();
  });
});

describe('Ctrl-C on fleetgraph serve', () => {
  it('npm start in a terminal: the signal to the process group and the copies that follow at once are one request; gateway and fleet server stop gracefully, exit 0', async () => {
    const dataDir = tempDataDir('fleetgraph-ctrl-c-');
    cleanups.push(() => removeDir(dataDir));
    const serve = startCli(['--port', '0', '--data-dir', dataDir], { npmStart: true });
    const exited = new Promise<number | null>((resolve) => serve.child.once('exit', (code) => resolve(code)));
    cleanups.push(() => serve.stop());
    const url = (await serve.waitFor(/GraphQL at (http:\/\/\S+)\n/))[1]!;
    const [, keyId, key] = await serve.waitFor(/x-viam-api-key-id: (\S+)\n {2}x-viam-api-key: (\S+)\n/);

    // A request in flight keeps the shutdown going while the second copy of the signal arrives.
    const held = heldPost(url, { 'x-viam-api-key-id': keyId!, 'x-viam-api-key': key! }, '{ organizations { name } }');
    await held.started;
    serve.ctrlC();
    await serve.waitFor(/"signal":"SIGINT","msg":"shutting down"/);
    // npm forwards its copy a few milliseconds later; it arrives as a second signal when the
    // gateway got to run in between (on a busy machine the kernel may merge the two). Send one
    // such copy for sure.
    serve.ctrlC();
    await waitFor('the copy of the signal', () => {
      const messages = logLines(serve).map((l) => l.msg);
      if (messages.includes('second signal while shutting down: exiting now')) throw new Error('the forwarded copy of the signal was taken as a second Ctrl-C');
      return messages.some((m) => m.startsWith('same stop request again'));
    });

    // Answered after both signals, by the fleet server, which is still up while the gateway drains.
    expect(await held.finish()).toEqual({ status: 200, body: { data: { organizations: [{ name: 'Demo Fleet' }] } } });
    expect(await exited).toBe(0);
    const messages = logLines(serve).map((l) => l.msg);
    expect(messages.filter((m) => m === 'shutting down')).toHaveLength(1);
    expect(messages).not.toContain('second signal while shutting down: exiting now');
    expect(logLines(serve).find((l) => l.msg === 'gateway shutting down')).toMatchObject({ requestsInFlight: 1 });
    for (const step of ['gateway stopped', 'fleet server stopped, database closed', 'exiting']) expect(messages).toContain(step);
    expect(fs.existsSync(path.join(dataDir, 'fleet.db-wal'))).toBe(false);
  });

  it('a second Ctrl-C after the first one\'s moment has passed exits at once with 1', async () => {
    const { serve, url, exited } = await startServe(['--data-dir', ':memory:']);
    const [, keyId, key] = await serve.waitFor(/x-viam-api-key-id: (\S+)\n {2}x-viam-api-key: (\S+)\n/);
    const held = heldPost(url, { 'x-viam-api-key-id': keyId!, 'x-viam-api-key': key! }, '{ organizations { name } }');
    await held.started;
    serve.child.kill('SIGINT');
    await waitFor('the shutdown to begin', () => logLines(serve).some((l) => l.msg === 'gateway shutting down'));
    await new Promise((resolve) => setTimeout(resolve, DUPLICATE_SIGNAL_WINDOW_MS + 200));
    serve.child.kill('SIGINT');
    expect(await exited).toBe(1);
    expect(logLines(serve).map((l) => l.msg)).toContain('second signal while shutting down: exiting now');
    expect(await held.outcome).toMatch(/socket hang up|ECONNRESET/);
  });
});

describe('a gateway while it drains', () => {
  it('is not ready, refuses new subscriptions, still answers on open connections, and reports whether it was cut', async () => {
    const fleet = await startTestFleet();
    cleanups.push(() => fleet.close());
    const headers = apiKeyHeaders({ id: fleet.keyId, key: fleet.key });
    const gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${fleet.address}`), port: 0 });
    cleanups.push(() => gateway.close());
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    cleanups.push(() => agent.destroy());
    const get = (pathname: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) =>
        http
          .get(new URL(pathname, gateway.url), { agent }, (response) => {
            let body = '';
            response.on('data', (chunk) => (body += chunk));
            response.on('end', () => resolve({ status: response.statusCode!, body }));
          })
          .on('error', reject),
      );
    expect((await get('/readyz')).status).toBe(200);
    await post(new http.Agent(), gateway.url, headers, '{ organizations { id } }');

    // One request held upstream keeps the drain going; the agent's socket stays open meanwhile.
    fleet.server.calls.delay('ListOrganizations', 1500);
    const held = post(new http.Agent(), gateway.url, headers, '{ organizations { name } }');
    await waitFor('the held call', () => fleet.server.calls.count('ListOrganizations') >= 2);
    const stopped = gateway.shutdown(10_000);

    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: 'unavailable', reason: 'shutting down' });
    const subscribe = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(gateway.url, { method: 'POST', agent, headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      });
      request.on('error', reject);
      request.end(JSON.stringify({ query: PART_LOGS, variables: { partId: UNKNOWN_ID } }));
    });
    expect(subscribe.body).toContain('SHUTTING_DOWN');
    expect(gateway.logStreams.openTails).toBe(0);

    expect((await held).body).toEqual({ data: { organizations: [{ name: 'Demo Fleet' }] } });
    expect(await stopped).toBe(true);
  });

  it('cuts what is still running at the deadline, and says so', async () => {
    const fleet = await startTestFleet();
    cleanups.push(() => fleet.close());
    const headers = apiKeyHeaders({ id: fleet.keyId, key: fleet.key });
    const gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${fleet.address}`), port: 0 });
    cleanups.push(() => gateway.close());
    await post(new http.Agent(), gateway.url, headers, '{ organizations { id } }');
    fleet.server.calls.reset();
    fleet.server.calls.delay('ListOrganizations', 5000);
    const held = post(new http.Agent(), gateway.url, headers, '{ organizations { name } }').then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await waitFor('the held call', () => fleet.server.calls.count('ListOrganizations') >= 1);
    expect(await gateway.shutdown(200)).toBe(false);
    expect(await held).toMatch(/socket hang up|aborted/);
    // The upstream call of the cut request was cancelled, not left running.
    await waitFor('the upstream call to be cancelled', () => fleet.server.calls.cancelled('ListOrganizations') === 1);
  });
});

describe('fleetgraph fleet-server on SIGTERM', () => {
  it('exits 0 with a log stream open, leaving a checkpointed database', async () => {
    const dataDir = tempDataDir('fleetgraph-shutdown-fleet-');
    cleanups.push(() => removeDir(dataDir));
    const server = startCli(['fleet-server', '--port', '0', '--data-dir', dataDir]);
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    cleanups.push(() => server.stop());
    const address = (await server.waitFor(/fleet server listening on (\S+) /))[1]!;
    const [, keyId, key] = await server.waitFor(FLEET_SERVER_KEY_LINES);

    const app = appClientAt(address, await authenticateAt(address, keyId!, key!));
    // Read and closed at once: a connection left open here would keep the server's close from checkpointing.
    const db = new Database(path.join(dataDir, 'fleet.db'), { readonly: true });
    const partId = idByName(db, 'robot_parts', 'rover-1-main');
    db.close();
    const tail = app.stream('TailRobotPartLogs', { id: partId, errors_only: false });
    const tailEnded = new Promise<string>((resolve) => {
      tail.on('error', (error: grpc.ServiceError) => resolve(grpc.status[error.code]!));
      tail.on('end', () => resolve('end'));
    });
    tail.on('data', () => {});
    await new Promise((resolve) => tail.once('metadata', resolve));

    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(['end', 'UNAVAILABLE', 'CANCELLED']).toContain(await tailEnded);
    expect(fs.existsSync(path.join(dataDir, 'fleet.db-wal'))).toBe(false);
    app.close();
  });
});
