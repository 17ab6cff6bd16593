/**
 * What the gateway's HTTP layer hands out without credentials (issue 10, finding 2 and /metrics):
 * - the demo organization's owner key is prefilled in GraphiQL and /logs only when the gateway
 *   listens on loopback only and is not in production; on any other setup no page, asset, health
 *   or error answer carries it;
 * - the key goes only to requests whose Host names loopback, and a gateway listening on loopback
 *   answers only such requests (or --allowed-host names), so DNS rebinding reads nothing;
 * - in production without --metrics-token, /metrics answers loopback callers only.
 */
import http from 'node:http';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestFleet, type TestFleet } from './support/fleet.ts';
import { startGateway, type Gateway, type GatewayOptions } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { siblingUrl } from './support/http.ts';
import { createTestHost, netnsAvailable, type TestHost } from './support/netns.ts';
import { removeDir, serveDemoKey, startCli, tempDataDir } from './support/cli.ts';
import { apiKeyHeaders } from './support/gateway.ts';
import { wsUrl } from './support/live-logs.ts';
import { GRAPHQL_TRANSPORT_WS } from './support/raw-ws.ts';

vi.setConfig({ testTimeout: 60_000 });

let fleet: TestFleet;
const gateways: Gateway[] = [];

beforeAll(async () => {
  fleet = await startTestFleet();
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await fleet?.close();
});

/** A gateway on the test fleet that, like `fleetgraph serve`, knows the demo fleet's key. */
async function embeddedGateway(options: Partial<GatewayOptions>): Promise<Gateway> {
  const gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${fleet.address}`), port: 0, demoKey: fleet.server.demo, ...options });
  gateways.push(gateway);
  return gateway;
}

/** Every unauthenticated answer the gateway gives: pages, assets, health, metrics, errors. */
async function everythingAnonymous(gateway: Gateway): Promise<Record<string, string>> {
  const html = { accept: 'text/html' };
  const requests: Record<string, [string, RequestInit?]> = {
    graphiql: ['/graphql', { headers: html }],
    'graphiql with a query string': ['/graphql?query=%7B__typename%7D', { headers: html }],
    logs: ['/logs'],
    'logs/': ['/logs/'],
    'viewer.js': ['/logs/viewer.js'],
    'viewer-style.css': ['/logs/viewer-style.css'],
    'missing asset': ['/logs/nope.js'],
    healthz: ['/healthz'],
    readyz: ['/readyz'],
    metrics: ['/metrics'],
    'unknown path': ['/nope', { headers: html }],
    'GraphQL without credentials': ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ organizations { id } }"}' }],
    'malformed body': ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
    'GET without query': ['/graphql', { headers: { accept: 'application/json' } }],
  };
  const answers: Record<string, string> = {};
  for (const [name, [path, init]] of Object.entries(requests)) {
    const response = await fetch(siblingUrl(gateway.url, path), init);
    answers[name] = `${[...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${await response.text()}`;
  }
  return answers;
}

const carryingTheKey = (answers: Record<string, string>) =>
  Object.entries(answers)
    .filter(([, text]) => text.includes(fleet.key))
    .map(([name]) => name);

describe('the demo key is prefilled only on loopback, never in production', () => {
  it('on loopback outside production, GraphiQL and /logs prefill it (what the checks below look for)', async () => {
    const gateway = await embeddedGateway({ host: '127.0.0.1', security: { production: false } });
    expect(carryingTheKey(await everythingAnonymous(gateway)).sort()).toEqual(['graphiql', 'graphiql with a query string', 'logs', 'logs/']);
  });

  it.for([
    { setup: 'production on 0.0.0.0, GraphiQL asked for', options: { host: '0.0.0.0', security: { production: true, graphiql: true } } },
    { setup: 'production on loopback, GraphiQL asked for', options: { host: '127.0.0.1', security: { production: true, graphiql: true } } },
    { setup: 'production on 0.0.0.0', options: { host: '0.0.0.0', security: { production: true } } },
    { setup: 'development on 0.0.0.0', options: { host: '0.0.0.0', security: { production: false } } },
  ] as { setup: string; options: Partial<GatewayOptions> }[])('$setup: no answer without credentials carries it', async ({ options }) => {
    const gateway = await embeddedGateway(options);
    const answers = await everythingAnonymous(gateway);
    expect(carryingTheKey(answers)).toEqual([]);
    // The pages are still served, just without the key.
    expect(answers.logs).toContain('"demoKey":null');
    const graphiql = options.security?.graphiql ?? !options.security?.production;
    if (graphiql) expect(answers.graphiql).toContain('Bearer <access token>');
  });

  it('`fleetgraph serve --production --host 0.0.0.0` says at start that it does not prefill the key, and why', async () => {
    const dir = tempDataDir('fleetgraph-demo-key-');
    const cli = startCli(['serve', '--port', '0', '--host', '0.0.0.0', '--production', '--data-dir', dir]);
    try {
      const line = JSON.parse((await cli.waitFor(/^\{.*"msg":"demo key (?:not )?prefilled in GraphiQL and \/logs"\}$/m))[0]) as Record<string, unknown>;
      expect(line).toMatchObject({ demoKeyPrefilled: false, reason: 'production mode: pages never carry a credential' });
      const url = (await cli.waitFor(/GraphQL at (http:\/\/\S+)\n/))[1]!;
      const { key } = await serveDemoKey(cli);
      expect(await (await fetch(siblingUrl(url, '/logs'))).text()).not.toContain(key);
    } finally {
      await cli.stop();
      removeDir(dir);
    }
  });
});

/** A raw HTTP request to the gateway's port with the Host header a browser would send for `host` (DNS rebinding forges it). */
function withHost(gateway: Gateway, path: string, host: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: gateway.port, path, method: init.method ?? 'GET', headers: { ...init.headers, host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

/** The status of a graphql-ws upgrade sent with this Host header (101 when accepted). */
function upgradeWithHost(gateway: Gateway, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(gateway.url), GRAPHQL_TRANSPORT_WS, { headers: { host } });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode!);
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

const LOOPBACK_HOSTS = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`, 'localhost', `[::1]:${port}`, `127.8.9.10:${port}`, 'LOCALHOST'];
const graphiqlPage = { accept: 'text/html' };

describe('DNS rebinding: the Host header decides, not only the interface', () => {
  it('a page reached by a name that is not loopback never carries the demo key, even where the gateway lets that name in', async () => {
    const gateway = await embeddedGateway({ host: '127.0.0.1', security: { production: false }, allowedHosts: ['attacker.example', '.rebind.example'] });
    for (const host of [`attacker.example:${gateway.port}`, 'attacker.example', 'a.rebind.example', '127.0.0.1.rebind.example']) {
      const logs = await withHost(gateway, '/logs', host);
      expect(logs.status, host).toBe(200);
      expect(logs.body).not.toContain(fleet.key);
      expect(logs.body).toContain('"demoKey":null');
      const graphiql = await withHost(gateway, '/graphql', host, { headers: graphiqlPage });
      expect(graphiql.status, host).toBe(200);
      expect(graphiql.body).not.toContain(fleet.key);
      expect(graphiql.body).toContain('Bearer <access token>');
    }
    for (const host of LOOPBACK_HOSTS(gateway.port)) {
      expect((await withHost(gateway, '/logs', host)).body, host).toContain(fleet.key);
      expect((await withHost(gateway, '/graphql', host, { headers: graphiqlPage })).body, host).toContain(fleet.key);
    }
  });

  it('a gateway listening on loopback refuses every request whose Host is not loopback or --allowed-host: 403 HOST_NOT_ALLOWED, GraphQL and websockets included', async () => {
    const gateway = await embeddedGateway({ host: '127.0.0.1', security: { production: false }, allowedHosts: ['fleet.example.com'] });
    const graphql = { method: 'POST', headers: { 'content-type': 'application/json', ...apiKeyHeaders({ id: fleet.keyId, key: fleet.key }) }, body: '{"query":"{ organizations { id } }"}' };
    for (const host of ['attacker.com', `attacker.com:${gateway.port}`, 'localhost.attacker.com', '127.0.0.1.attacker.com', 'other.fleet.example.com']) {
      for (const [path, init] of [['/logs'], ['/logs/viewer.js'], ['/graphql', { headers: graphiqlPage }], ['/graphql', graphql], ['/healthz'], ['/metrics']] as const) {
        const answer = await withHost(gateway, path, host, init);
        expect(answer.status, `${host} ${path}`).toBe(403);
        expect(answer.body).not.toContain(fleet.key);
        const error = (JSON.parse(answer.body) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]!;
        expect(error.extensions.code).toBe('HOST_NOT_ALLOWED');
        expect(error.message).toContain('--allowed-host');
      }
      expect(await upgradeWithHost(gateway, host), host).toBe(403);
    }
    // Loopback names and the allowed one get through, on every path.
    for (const host of [...LOOPBACK_HOSTS(gateway.port), 'fleet.example.com', `FLEET.example.com:${gateway.port}`]) {
      const answer = await withHost(gateway, '/graphql', host, graphql);
      expect(answer.status, host).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ data: { organizations: [{ id: fleet.orgId }] } });
      expect((await withHost(gateway, '/healthz', host)).status).toBe(200);
      expect(await upgradeWithHost(gateway, host), host).toBe(101);
    }
  });

  it('a gateway listening on every interface answers any Host (it is meant to be reached by name), without the key', async () => {
    const gateway = await embeddedGateway({ host: '0.0.0.0', security: { production: false } });
    const logs = await withHost(gateway, '/logs', 'fleet.example.com');
    expect(logs.status).toBe(200);
    expect(logs.body).not.toContain(fleet.key);
    expect(await upgradeWithHost(gateway, 'fleet.example.com')).toBe(101);
  });
});

/** A caller from elsewhere: a test host in a network namespace of our own (support/netns.ts). */
let elsewhere: TestHost | null = null;
beforeAll(() => {
  if (netnsAvailable()) elsewhere = createTestHost();
});
afterAll(() => elsewhere?.close());
// Outside CI a machine without root may not make one; in CI (root) these must run.
const noTestHost = !netnsAvailable() && !process.env.CI;

describe('/metrics in production', () => {
  const remoteMetrics = (gateway: Gateway, headers: Record<string, string> = {}) => elsewhere!.fetch(`http://${elsewhere!.hostAddress}:${gateway.port}/metrics`, headers);
  const localMetrics = (gateway: Gateway) => fetch(`http://127.0.0.1:${gateway.port}/metrics`);

  it.skipIf(noTestHost)('without --metrics-token answers loopback callers only', async () => {
    const gateway = await embeddedGateway({ host: '0.0.0.0', security: { production: true } });
    const remote = await remoteMetrics(gateway);
    expect(remote.status).toBe(403);
    expect(JSON.parse(remote.body)).toEqual({ error: expect.stringContaining('--metrics-token') });
    expect((await localMetrics(gateway)).status).toBe(200);
    // Outside production /metrics stays open, so the refusal above is production's doing.
    const development = await embeddedGateway({ host: '0.0.0.0', security: { production: false } });
    expect((await remoteMetrics(development)).status).toBe(200);
  });

  it.skipIf(noTestHost)('with --metrics-token answers any address that presents it', async () => {
    const gateway = await embeddedGateway({ host: '0.0.0.0', security: { production: true }, metricsToken: 'scrape-me' });
    expect((await remoteMetrics(gateway)).status).toBe(401);
    const scraped = await remoteMetrics(gateway, { authorization: 'Bearer scrape-me' });
    expect(scraped.status).toBe(200);
    expect(scraped.body).toContain('fleetgraph_graphql_operations_total');
  });
});
