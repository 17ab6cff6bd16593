/**
 * The command line as a newcomer uses it: `fleetgraph fleet-server`, `keys create` and `serve`
 * run as real processes on a temp data dir; what they print is checked by using it (the printed
 * address and key must work over gRPC, the printed headers over GraphQL).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as grpc from '@grpc/grpc-js';
import { FLEET_SERVER_ADDRESS_LINE, FLEET_SERVER_KEY_LINES, SERVE_BANNER_KEY, postGraphQL, removeDir, ROOT, runCli, startCli, tempDataDir, type RunningCli } from './support/cli.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { appClientAt, authenticateAt } from './support/fleet.ts';
import { apiKeyHeaders } from './support/gateway.ts';
import { defaultLogFormat } from '../src/gateway/logger.ts';

/** One AppService call with a bearer token. */
async function appCall(address: string, token: string, method: string, request: object): Promise<any> {
  const client = appClientAt(address, token);
  try {
    return await client.call(method, request);
  } finally {
    client.close();
  }
}

async function grpcStatusOf(promise: Promise<unknown>): Promise<grpc.status | 'OK'> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return (error as grpc.ServiceError).code;
  }
}

// Every test starts real processes; give them room on a busy machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const ADDRESS_LINE = FLEET_SERVER_ADDRESS_LINE;

describe('fleetgraph fleet-server and keys create', () => {
  let dataDir: string;
  let server: RunningCli | undefined;
  let address: string;
  let first: { keyId: string; key: string; organizationId: string };

  beforeAll(async () => {
    dataDir = tempDataDir();
    server = startCli(['fleet-server', '--port', '0', '--data-dir', dataDir]);
    const listening = await server.waitFor(ADDRESS_LINE);
    address = listening[1]!;
    const [, keyId, key] = await server.waitFor(FLEET_SERVER_KEY_LINES);
    const [, organizationId] = await server.waitFor(/demo organization: (\S+)/);
    first = { keyId: keyId!, key: key!, organizationId: organizationId! };
  });

  afterAll(async () => {
    await server?.stop();
    removeDir(dataDir);
  });

  it('prints the address it really listens on, and a demo key that authenticates there', async () => {
    expect(Number(ADDRESS_LINE.exec(server!.stdout())![2])).toBeGreaterThan(0);
    const token = await authenticateAt(address, first.keyId, first.key);
    const { organizations } = await appCall(address, token, 'ListOrganizations', {});
    expect(organizations.map((o: any) => [o.id, o.name])).toEqual([[first.organizationId, 'Demo Fleet']]);
  });

  it('writes demo-credentials.json, readable by its owner only, with the same key and the address', () => {
    const file = path.join(dataDir, 'demo-credentials.json');
    expect(server!.stdout()).toContain(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ organizationId: first.organizationId, apiKeyId: first.keyId, apiKey: first.key, address });
  });

  it('keys create --role operator mints a key that authenticates and reads, but cannot write', async () => {
    const minted = await runCli(['keys', 'create', '--org', first.organizationId, '--role', 'operator', '--data-dir', dataDir]);
    expect(minted.stderr).toBe('');
    expect(minted.code).toBe(0);
    const operator = JSON.parse(minted.stdout) as { organizationId: string; role: string; apiKeyId: string; apiKey: string };
    expect(operator).toMatchObject({ organizationId: first.organizationId, role: 'operator' });
    expect(operator.apiKeyId).not.toBe(first.keyId);

    // Minted while the server runs, straight into its database: the server sees it at once.
    const token = await authenticateAt(address, operator.apiKeyId, operator.apiKey);
    const { locations } = await appCall(address, token, 'ListLocations', { organization_id: first.organizationId });
    expect(locations.map((l: any) => l.name).sort()).toEqual(['Assembly Line', 'Headquarters']);
    const write = appCall(address, token, 'CreateLocation', { organization_id: first.organizationId, name: 'not allowed' });
    expect(await grpcStatusOf(write)).toBe(grpc.status.PERMISSION_DENIED);

    const ownerToken = await authenticateAt(address, first.keyId, first.key);
    const after = await appCall(address, ownerToken, 'ListLocations', { organization_id: first.organizationId });
    expect(after.locations).toHaveLength(2);
  });

  it('keys delete removes a key from the running server: its token and the key itself are refused at once', async () => {
    const minted = JSON.parse((await runCli(['keys', 'create', '--org', first.organizationId, '--role', 'operator', '--data-dir', dataDir])).stdout);
    const token = await authenticateAt(address, minted.apiKeyId, minted.apiKey);
    await appCall(address, token, 'ListOrganizations', {});

    const deleted = await runCli(['keys', 'delete', '--id', minted.apiKeyId, '--data-dir', dataDir]);
    expect([deleted.code, deleted.stderr]).toEqual([0, '']);
    expect(JSON.parse(deleted.stdout)).toEqual({ deleted: minted.apiKeyId });
    expect(await grpcStatusOf(appCall(address, token, 'ListOrganizations', {}))).toBe(grpc.status.UNAUTHENTICATED);
    expect(await grpcStatusOf(authenticateAt(address, minted.apiKeyId, minted.apiKey))).toBe(grpc.status.UNAUTHENTICATED);

    const again = await runCli(['keys', 'delete', '--id', minted.apiKeyId, '--data-dir', dataDir]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(`API key ${minted.apiKeyId} not found`);
  });

  it('keys create refuses an unknown role, a missing --org and an unknown organization', async () => {
    const badRole = await runCli(['keys', 'create', '--org', first.organizationId, '--role', 'admin', '--data-dir', dataDir]);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain('--role must be owner or operator, got admin');
    const noOrg = await runCli(['keys', 'create', '--role', 'owner', '--data-dir', dataDir]);
    expect(noOrg.code).not.toBe(0);
    expect(noOrg.stderr).toContain('--org <organization id> is required');
    const unknownOrg = await runCli(['keys', 'create', '--org', UNKNOWN_ID, '--data-dir', dataDir]);
    expect(unknownOrg.code).not.toBe(0);
    expect(unknownOrg.stderr).toContain(`organization ${UNKNOWN_ID} not found`);
  });

  it('a second start on the same data dir reuses the demo organization and key, and updates the address', async () => {
    expect(await server!.stop()).toBe(0);
    server = startCli(['fleet-server', '--port', '0', '--data-dir', dataDir]);
    const newAddress = (await server.waitFor(ADDRESS_LINE))[1]!;
    const [, keyId, key] = await server.waitFor(FLEET_SERVER_KEY_LINES);
    expect({ keyId, key }).toEqual({ keyId: first.keyId, key: first.key });
    const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
    expect(credentials).toEqual({ organizationId: first.organizationId, apiKeyId: first.keyId, apiKey: first.key, address: newAddress });

    const token = await authenticateAt(newAddress, first.keyId, first.key);
    const { organizations } = await appCall(newAddress, token, 'ListOrganizations', {});
    expect(organizations).toHaveLength(1);
    address = newAddress;
  });
});

describe('fleetgraph serve', () => {
  const FLEET_QUERY = '{ organizations { name locations { name robots { name } } } }';

  it('prints the GraphiQL URL, the embedded upstream and the demo headers, and answers GraphQL with those headers', async () => {
    const dataDir = tempDataDir();
    const serve = startCli(['serve', '--port', '0', '--data-dir', dataDir]);
    try {
      const url = (await serve.waitFor(/GraphiQL and GraphQL at (http:\/\/127\.0\.0\.1:\d+\/graphql)\n/))[1]!;
      const upstream = (await serve.waitFor(/upstream: embedded fleet server at (127\.0\.0\.1:\d+) \(data: (.+)\)\n/))!;
      expect(upstream[2]).toBe(dataDir);
      const [, keyId, key] = await serve.waitFor(SERVE_BANNER_KEY);

      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>fleetgraph</title>');

      const result = await postGraphQL(url, FLEET_QUERY, apiKeyHeaders({ id: keyId!, key: key! }));
      expect(result.errors).toBeUndefined();
      expect(result.data.organizations[0].name).toBe('Demo Fleet');
      const robots = result.data.organizations[0].locations.flatMap((l: any) => l.robots.map((r: any) => r.name));
      expect(robots.sort()).toEqual(['arm-1', 'arm-2', 'rover-1', 'rover-2']);

      // The credentials file holds the embedded fleet server's address, for robots and tools.
      const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
      expect(credentials).toMatchObject({ apiKeyId: keyId, apiKey: key, address: upstream[1] });

      const anonymous = await postGraphQL(url, FLEET_QUERY, {});
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await serve.stop()).toBe(0);
    } finally {
      await serve.stop();
      removeDir(dataDir);
    }
  });

  it('with --upstream uses a separate fleet server, prints it, and an operator key reads but cannot write', async () => {
    const dataDir = tempDataDir();
    const fleet = startCli(['fleet-server', '--port', '0', '--data-dir', dataDir]);
    let serve: RunningCli | undefined;
    try {
      const fleetAddress = (await fleet.waitFor(ADDRESS_LINE))[1]!;
      const [, organizationId] = await fleet.waitFor(/demo organization: (\S+)/);
      const minted = await runCli(['keys', 'create', '--org', organizationId!, '--role', 'operator', '--data-dir', dataDir]);
      const operator = JSON.parse(minted.stdout) as { apiKeyId: string; apiKey: string };
      const headers = apiKeyHeaders({ id: operator.apiKeyId, key: operator.apiKey });

      // The upstream comes from the environment here, which mirrors --upstream.
      serve = startCli(['serve', '--port', '0'], { env: { FLEETGRAPH_UPSTREAM: `http://${fleetAddress}` } });
      const url = (await serve.waitFor(/GraphiQL and GraphQL at (http:\/\/\S+)\n/))[1]!;
      expect((await serve.waitFor(/upstream: (\S+) \((\w+)\)\n/)).slice(1)).toEqual([`http://${fleetAddress}`, 'plaintext']);
      expect(serve.stdout()).not.toContain('x-viam-api-key');

      const read = await postGraphQL(url, FLEET_QUERY, headers);
      expect(read.errors).toBeUndefined();
      expect(read.data.organizations[0].name).toBe('Demo Fleet');
      const write = await postGraphQL(
        url,
        'mutation ($org: ID!) { createLocation(organizationId: $org, name: "Annex") { id } }',
        headers,
        { org: organizationId },
      );
      expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(write.data?.createLocation ?? null).toBeNull();
    } finally {
      await serve?.stop();
      await fleet.stop();
      removeDir(dataDir);
    }
  });
});

describe('fleetgraph with bad input', () => {
  it.for([
    { args: ['frobnicate'], message: 'unknown command "frobnicate"' },
    { args: ['serve', '--prot', '4000'], message: "Unknown option '--prot'" },
    { args: ['serve', '--port=abc'], message: '--port must be an integer >= 0, got abc' },
    { args: ['serve', '--upstream', 'ftp://example.com'], message: 'upstream URL must use https:// (TLS) or http:// (plaintext)' },
    { args: ['serve', '--log-format', 'xml'], message: '--log-format must be one of json, pretty, got xml' },
    { args: ['fleet-server', '--port=eighty'], message: '--port must be a port number, got eighty' },
    { args: ['keys', 'rotate'], message: 'usage: fleetgraph keys create' },
    { args: ['keys', 'delete'], message: '--id <API key id> is required' },
  ])('fleetgraph $args exits non-zero saying: $message', async ({ args, message }) => {
    const result = await runCli(args);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('keys create on a data dir without a fleet database says to start the fleet server first', async () => {
    const dataDir = tempDataDir();
    try {
      const result = await runCli(['keys', 'create', '--org', 'x', '--data-dir', dataDir]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('start the fleet server once first');
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      removeDir(dataDir);
    }
  });

  it('--help prints the usage with every command', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['serve', 'fleet-server', 'keys create']) expect(result.stdout).toContain(command);
  });
});

describe('the built package', () => {
  it('npm start runs dist/ with plain node: no TypeScript file, tsx or esbuild is loaded, and the log viewer is served as built', async () => {
    // Fails the process on any such import, in npm and in the gateway alike.
    const noDevLoaders = `--import ${pathToFileURL(path.join(ROOT, 'test/support/no-dev-loaders.mjs')).href}`;
    const serve = startCli(['--port', '0', '--data-dir', ':memory:'], { npmStart: true, env: { NODE_OPTIONS: noDevLoaders } });
    try {
      await serve.waitFor(/^> exec node dist\/main\.js serve /m);
      const url = (await serve.waitFor(/GraphQL at (http:\/\/\S+)\n/))[1]!;
      const [, keyId, key] = await serve.waitFor(/x-viam-api-key-id: (\S+)\n {2}x-viam-api-key: (\S+)\n/);
      const result = await postGraphQL(url, '{ organizations { name } }', { 'x-viam-api-key-id': keyId!, 'x-viam-api-key': key! });
      expect(result).toEqual({ data: { organizations: [{ name: 'Demo Fleet' }] } });

      const page = await fetch(new URL('/logs', url));
      expect(page.status).toBe(200);
      const script = /<script src="(\/logs\/viewer\.js\?v=\w+)"/.exec(await page.text())![1]!;
      const served = await fetch(new URL(script, url));
      expect(served.status).toBe(200);
      expect(await served.text()).toBe(fs.readFileSync(path.join(ROOT, 'dist/gateway/log-viewer/assets/viewer.js'), 'utf8'));
      expect(serve.stderr()).not.toContain('no-dev-loaders');
      expect(await serve.stop()).toBe(0);
    } finally {
      await serve.stop();
    }
  });
});

describe('log format', () => {
  const GATEWAY_LISTENING_JSON = /^\{.*"msg":"gateway listening"\}$/m;
  const GATEWAY_LISTENING_PRETTY = /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: gateway listening \{"url":"http:/m;

  it.for<{ name: string; args: string[]; env: Record<string, string>; pretty: boolean }>([
    { name: 'JSON lines when stdout is not a terminal', args: [], env: {}, pretty: false },
    { name: 'readable lines with --log-format pretty', args: ['--log-format', 'pretty'], env: {}, pretty: true },
    { name: 'readable lines with FLEETGRAPH_LOG_FORMAT=pretty', args: [], env: { FLEETGRAPH_LOG_FORMAT: 'pretty' }, pretty: true },
    { name: 'JSON with --log-format json over FLEETGRAPH_LOG_FORMAT=pretty', args: ['--log-format', 'json'], env: { FLEETGRAPH_LOG_FORMAT: 'pretty' }, pretty: false },
  ])('serve logs $name', async ({ args, env, pretty }) => {
    const serve = startCli(['serve', '--port', '0', '--data-dir', ':memory:', ...args], { env });
    try {
      await serve.waitFor(/GraphQL at http:/);
      expect(await serve.stop()).toBe(0);
      const lines = serve.stdout().split('\n');
      if (pretty) {
        expect(serve.stdout()).toMatch(GATEWAY_LISTENING_PRETTY);
        expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
        expect(serve.stdout()).toMatch(/^\[[\d:.]+\] INFO: exiting$/m);
      } else {
        expect(serve.stdout()).toMatch(GATEWAY_LISTENING_JSON);
        const exiting = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line)).at(-1);
        expect(exiting).toMatchObject({ level: 30, msg: 'exiting' });
      }
    } finally {
      await serve.stop();
    }
  });

  it('defaults to pretty on a terminal and JSON elsewhere; FLEETGRAPH_LOG_FORMAT overrides, and is checked', () => {
    expect(defaultLogFormat({}, { isTTY: true })).toBe('pretty');
    expect(defaultLogFormat({}, { isTTY: false })).toBe('json');
    expect(defaultLogFormat({}, {})).toBe('json');
    expect(defaultLogFormat({ FLEETGRAPH_LOG_FORMAT: 'json' }, { isTTY: true })).toBe('json');
    expect(() => defaultLogFormat({ FLEETGRAPH_LOG_FORMAT: 'yaml' }, { isTTY: true })).toThrow('FLEETGRAPH_LOG_FORMAT must be one of json, pretty, got yaml');
  });
});
