/**
 * The hardening flags of `fleetgraph serve`, through the real command line: every flag is checked
 * before anything starts (a bad one leaves the data dir untouched), production mode from the flag
 * or NODE_ENV, limits and rate limits from flags and environment variables, and the start-up log.
 */
import { parseServeArgs } from '../src/cli/serve-options.ts';
import { DEFAULT_LOG_QUOTA } from '../src/fleet-server/log-limits.ts';
import { DEFAULT_ORGANIZATION_LIMITS } from '../src/fleet-server/organizations.ts';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SERVE_BANNER_CREDENTIALS_FILE, SERVE_BANNER_KEY, removeDir, runCli, serveDemoKey, startCli, tempDataDir, type RunningCli } from './support/cli.ts';
import { codeOf, postJson, siblingUrl } from './support/http.ts';
import { apiKeyHeaders } from './support/gateway.ts';

vi.setConfig({ testTimeout: 90_000 });

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDir(): string {
  const dir = tempDataDir('fleetgraph-serve-ops-');
  cleanups.push(() => removeDir(dir));
  return dir;
}

async function serve(args: string[], env: Record<string, string> = {}): Promise<{ cli: RunningCli; url: string; headers: Record<string, string> }> {
  const cli = startCli(['serve', '--port', '0', ...args], { env });
  cleanups.push(() => cli.stop());
  const url = (await cli.waitFor(/GraphQL at (http:\/\/\S+)\n/))[1]!;
  return { cli, url, headers: apiKeyHeaders(await serveDemoKey(cli)) };
}

const startupLine = async (cli: RunningCli) => JSON.parse((await cli.waitFor(/^\{.*"msg":"gateway listening"\}$/m))[0]) as Record<string, unknown>;

describe('flags are checked before anything starts', () => {
  it.for([
    { args: ['--port', '70000'], message: '--port must be a port number from 0 to 65535, got 70000' },
    { args: ['--max-depth', '0'], message: '--max-depth must be an integer >= 1, got 0' },
    { args: ['--rate-limit', 'lots'], message: '--rate-limit must be an integer >= 0, got lots' },
    { args: ['--live-logs-recheck-ms', '10'], message: '--live-logs-recheck-ms must be an integer >= 100, got 10' },
    { args: ['--fleet-logs-max-parts', '0'], message: '--fleet-logs-max-parts must be an integer >= 1, got 0' },
    { args: ['--cors-origin', 'https://app.example.com/path'], message: '--cors-origin must be an origin like https://app.example.com' },
    { args: ['--log-level', 'loud'], message: '--log-level must be one of' },
    { args: ['--allowed-host', 'https://fleet.example.com'], message: '--allowed-host must be a host name like fleet.example.com' },
    { args: ['--log-retention', '5s'], message: '--log-retention must be a duration like 90m, 12h or 30d (at least 1m), got 5s' },
    { args: ['--max-organizations', '0'], message: '--max-organizations must be a positive integer, got 0' },
    { args: ['--trusted-documents', '/nonexistent/trusted.json'], message: '--trusted-documents /nonexistent/trusted.json: ENOENT' },
  ])('serve $args exits non-zero, says "$message", and writes nothing to the data dir', async ({ args, message }) => {
    const dir = dataDir();
    const result = await runCli(['serve', '--data-dir', dir, ...args]);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('the embedded fleet server takes the fleet server limit flags and their variables', () => {
    const config = parseServeArgs(['--log-retention', '12h', '--log-quota-entries', '500'], { FLEETGRAPH_MAX_ORGANIZATIONS_PER_KEY: '3' });
    expect(config.fleetLimits).toEqual({ logRetentionMs: 12 * 3_600_000, logQuota: { entries: 500, bytes: DEFAULT_LOG_QUOTA.bytes }, organizationLimits: { perKey: 3, total: DEFAULT_ORGANIZATION_LIMITS.total } });
  });

  it('--allowed-host takes names from the flag (repeated or comma-separated) or FLEETGRAPH_ALLOWED_HOSTS', () => {
    expect(parseServeArgs(['--allowed-host', 'Fleet.example.com,.corp.example', '--allowed-host', 'other.example']).gateway.allowedHosts).toEqual([
      'fleet.example.com',
      '.corp.example',
      'other.example',
    ]);
    expect(parseServeArgs([], { FLEETGRAPH_ALLOWED_HOSTS: 'a.example, b.example' }).gateway.allowedHosts).toEqual(['a.example', 'b.example']);
    expect(parseServeArgs([]).gateway.allowedHosts).toEqual([]);
  });

  it('a trusted documents file with an invalid document stops it before it starts', async () => {
    const dir = dataDir();
    const file = path.join(dir, '..', `${path.basename(dir)}-trusted.json`);
    fs.writeFileSync(file, JSON.stringify({ abc: '{ robots { id } }' }));
    cleanups.push(() => fs.rmSync(file, { force: true }));
    const result = await runCli(['serve', '--data-dir', dir, '--trusted-documents', file]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('document abc is not valid here: Cannot query field "robots" on type "Query"');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('production mode', () => {
  it('with --production: no GraphiQL, no introspection, and it says so at start-up', async () => {
    const { cli, url, headers } = await serve(['--production', '--data-dir', dataDir()]);
    expect(cli.stdout()).toContain(`fleetgraph listening: GraphQL at ${url}`);
    expect(await startupLine(cli)).toMatchObject({ production: true, graphiql: false, introspection: false });
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<title>fleetgraph</title>');
    const introspection = await postJson(url, '{ __schema { queryType { name } } }', { headers });
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    expect((await postJson(url, '{ organizations { name } }', { headers })).body.data.organizations[0].name).toBe('Demo Fleet');
  });

  it('in production the start-up banner names the 0600 credentials file instead of printing the demo owner key', async () => {
    const dir = dataDir();
    const { cli, headers } = await serve(['--production', '--data-dir', dir]);
    const [, file] = await cli.waitFor(SERVE_BANNER_CREDENTIALS_FILE);
    expect(file).toBe(path.join(path.resolve(dir), 'demo-credentials.json'));
    expect(fs.statSync(file!).mode & 0o777).toBe(0o600);
    expect(SERVE_BANNER_KEY.test(cli.stdout())).toBe(false);
    expect(cli.stdout()).not.toContain(headers['x-viam-api-key']);
    // Outside production the banner prints it, as the quick start shows.
    const development = await serve(['--data-dir', dataDir()]);
    expect(SERVE_BANNER_KEY.exec(development.cli.stdout())?.[2]).toBe(development.headers['x-viam-api-key']);
  });

  it('with NODE_ENV=production, and --graphiql --introspection bring both back', async () => {
    const { cli, url, headers } = await serve(['--graphiql', '--introspection', '--data-dir', dataDir()], { NODE_ENV: 'production' });
    expect(await startupLine(cli)).toMatchObject({ production: true, graphiql: true, introspection: true });
    expect(await (await fetch(url, { headers: { accept: 'text/html' } })).text()).toContain('<title>fleetgraph</title>');
    const introspection = await postJson(url, '{ __schema { queryType { name } } }', { headers });
    expect(introspection.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('limits and rate limits from flags and the environment', () => {
  it('takes them from environment variables, a flag beating its variable', async () => {
    const { url, headers } = await serve(['--max-depth', '4', '--data-dir', dataDir()], {
      FLEETGRAPH_MAX_DEPTH: '9',
      FLEETGRAPH_MAX_ALIASES: '1',
      FLEETGRAPH_RATE_LIMIT: '6',
      FLEETGRAPH_RATE_LIMIT_WINDOW_S: '60',
    });
    const deep = await postJson(url, '{ organizations { locations { robots { parts { name } } } } }', { headers });
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({ code: 'DEPTH_LIMIT_EXCEEDED', limit: 4 });
    const aliases = await postJson(url, '{ a: organizations { id } b: organizations { id } }', { headers });
    expect(aliases.body.errors?.[0]?.extensions).toMatchObject({ code: 'ALIAS_LIMIT_EXCEEDED', limit: 1 });
    // Refused at validation, but paid for like any request: the caller has 4 of its 6 points left.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await postJson(url, '{ organizations { id } }', { headers })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const refused = await postJson(url, '{ organizations { id } }', { headers });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
  });

  it('protects /metrics with FLEETGRAPH_METRICS_TOKEN', async () => {
    const token = crypto.randomBytes(12).toString('hex');
    const { url } = await serve(['--data-dir', dataDir()], { FLEETGRAPH_METRICS_TOKEN: token });
    const metrics = siblingUrl(url, '/metrics');
    expect((await fetch(metrics)).status).toBe(401);
    const scraped = await fetch(metrics, { headers: { authorization: `Bearer ${token}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('fleetgraph_graphql_operations_total');
  });
});
