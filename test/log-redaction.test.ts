/**
 * Logs never carry credentials or secrets. A full run of the real `fleetgraph serve` (debug
 * level, so everything that can be logged is) with its stdout and stderr captured: queries with
 * API key headers and with a bearer token, mutations that create location and part secrets,
 * queries that read secrets, a websocket subscription with connectionParams, an SSE subscription,
 * refused credentials over HTTP and websockets, then SIGTERM. Every credential sent and every
 * secret the API returned is then searched for in all that was printed: none is there (the demo
 * key only in the start-up banner that prints it on purpose).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SERVE_BANNER_KEY, postGraphQL, removeDir, runCli, startCli, tempDataDir, type RunningCli } from './support/cli.ts';
import { PART_LOGS, sseSubscribe, waitFor, wsClient } from './support/live-logs.ts';
import { authenticateAt } from './support/fleet.ts';
import { apiKeyHeaders } from './support/gateway.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let dataDir: string;
let serve: RunningCli;
let output = '';
let banner: string[] = [];
const credentials: Record<string, string> = {};
const secrets = new Set<string>();

/** Every value under a `secret` key in a GraphQL result. */
function collectSecrets(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(collectSecrets);
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'secret' && typeof item === 'string' && item) secrets.add(item);
    else collectSecrets(item);
  }
}

beforeAll(async () => {
  dataDir = tempDataDir('fleetgraph-redaction-');
  serve = startCli(['serve', '--port', '0', '--data-dir', dataDir, '--log-level', 'debug']);
  const exited = new Promise<number | null>((resolve) => serve.child.once('exit', (code) => resolve(code)));
  const url = (await serve.waitFor(/GraphiQL and GraphQL at (http:\/\/\S+)\n/))[1]!;
  const address = (await serve.waitFor(/embedded fleet server at (\S+) /))[1]!;
  const [, demoKeyId, demoKey] = await serve.waitFor(SERVE_BANNER_KEY);
  credentials.demoKey = demoKey!;
  const demo = apiKeyHeaders({ id: demoKeyId!, key: demoKey! });
  const { organizationId } = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as { organizationId: string };

  // A second key, minted while serve runs, and a bearer token exchanged for it.
  const minted = JSON.parse((await runCli(['keys', 'create', '--org', organizationId, '--role', 'owner', '--data-dir', dataDir])).stdout) as { apiKeyId: string; apiKey: string };
  credentials.mintedKey = minted.apiKey;
  const mintedHeaders = apiKeyHeaders({ id: minted.apiKeyId, key: minted.apiKey });
  credentials.token = await authenticateAt(address, minted.apiKeyId, minted.apiKey);
  credentials.tokenSignature = credentials.token.split('.')[2]!;
  const bearer = { authorization: `Bearer ${credentials.token}` };

  const tree = await postGraphQL(url, '{ organizations { locations { id robots { parts { id name } } } } }', { ...demo, 'x-request-id': 'redaction-run-1' });
  const locationId = tree.data.organizations[0].locations[0].id as string;
  const partId = tree.data.organizations[0].locations.flatMap((l: any) => l.robots.flatMap((r: any) => r.parts)).find((p: any) => p.name === 'rover-1-main').id as string;

  // Secrets: the existing ones, read, and new ones, created (with each kind of credential).
  collectSecrets(await postGraphQL(url, 'query ReadSecrets($l: ID!, $p: ID!) { location(id: $l) { auth { secrets { secret } } } robotPart(id: $p) { secrets { secret } } }', demo, { l: locationId, p: partId }));
  collectSecrets(await postGraphQL(url, 'mutation NewLocationSecret($l: ID!) { createLocationSecret(locationId: $l) { secrets { id secret } } }', mintedHeaders, { l: locationId }));
  collectSecrets(await postGraphQL(url, 'mutation NewPartSecret($p: ID!) { createRobotPartSecret(partId: $p) { secrets { id secret } } }', bearer, { p: partId }));
  expect(secrets.size).toBeGreaterThanOrEqual(4);

  await postGraphQL(url, 'query Typo { organizatons { id } }', demo);

  // Refused credentials, over HTTP and websockets.
  credentials.wrongKey = 'wrongkey0000redaction0000wrongkey';
  credentials.wrongToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZWRhY3Rpb24ifQ.not-a-real-signature-redaction';
  const refusedKey = await postGraphQL(url, '{ organizations { id } }', apiKeyHeaders({ id: minted.apiKeyId, key: credentials.wrongKey }));
  expect(refusedKey.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const refusedToken = await postGraphQL(url, '{ organizations { id } }', { authorization: `Bearer ${credentials.wrongToken}` });
  expect(refusedToken.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const refusedSocket = wsClient(url, apiKeyHeaders({ id: minted.apiKeyId, key: credentials.wrongKey }), { lazy: false });
  expect((await refusedSocket.closed).code).toBe(4403);

  // Live logs with connectionParams, and over SSE with the bearer token.
  const socket = wsClient(url, mintedHeaders);
  const subscription = socket.subscribe({ partId, errorsOnly: false }, PART_LOGS);
  const sse = sseSubscribe(url, bearer, { partId, errorsOnly: false });
  const metricsUrl = new URL('/metrics', url).toString();
  await waitFor('both subscriptions', async () => /fleetgraph_active_subscriptions 2\b/.test(await (await fetch(metricsUrl)).text()), 20_000);
  subscription.unsubscribe();
  await socket.dispose();

  serve.child.kill('SIGTERM');
  expect(await exited).toBe(0);
  await sse.done;
  output = `${serve.stdout()}\n${serve.stderr()}`;
  banner = serve.stdout().split('\n').filter((line) => !line.startsWith('{'));
});

afterAll(async () => {
  await serve?.stop();
  if (dataDir) removeDir(dataDir);
});

describe('a full run\'s logs', () => {
  it('are JSON lines with a request id, method, path, operation, status and duration', () => {
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, any>);
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(8);
    expect(requests.find((l) => l.requestId === 'redaction-run-1')).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
    expect(requests.find((l) => l.operation === 'NewPartSecret')).toMatchObject({ operationType: 'mutation', status: 200 });
    expect(requests.filter((l) => l.errorCodes?.includes('UNAUTHENTICATED'))).toHaveLength(2);
    expect(requests.find((l) => l.operation === 'Typo')).toMatchObject({ status: 400, errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    for (const line of requests) expect(typeof line.durationMs).toBe('number');
    // The credential headers were there to log, and were censored.
    const received = lines.filter((l) => l.msg === 'request received');
    expect(received.some((l) => l.headers?.['x-viam-api-key'] === '[redacted]')).toBe(true);
    expect(received.some((l) => l.headers?.authorization === '[redacted]')).toBe(true);
    expect(lines.some((l) => l.transport === 'ws' && l.operation === 'PartLogs')).toBe(true);
    expect(lines.some((l) => l.msg === 'gateway stopped')).toBe(true);
  });

  it('contain no API key, token or secret', () => {
    const found = Object.entries(credentials).filter(([name, value]) => name !== 'demoKey' && output.includes(value));
    expect(found.map(([name]) => name)).toEqual([]);
    const leaked = [...secrets].filter((secret) => output.includes(secret));
    expect(leaked).toEqual([]);
    expect(output).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\./);
  });

  it('show the demo key only in the start-up banner that prints it on purpose', () => {
    const bannerLines = banner.filter((line) => line.includes(credentials.demoKey!));
    expect(bannerLines).toEqual([`  x-viam-api-key: ${credentials.demoKey}`]);
    const elsewhere = output.split('\n').filter((line) => line.includes(credentials.demoKey!) && !bannerLines.includes(line));
    expect(elsewhere).toEqual([]);
  });
});
