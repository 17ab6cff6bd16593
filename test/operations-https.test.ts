/**
 * The gateway's own TLS listener (`serve --tls-cert/--tls-key`, issue 18) with a throwaway CA:
 * GraphQL over HTTPS, graphql-ws over WSS and SSE over HTTPS on the same port, the Host check
 * over TLS, HSTS in production only, a plain-HTTP request to the TLS port answered with a clear
 * 400, bad certificate files stopping `serve` before it starts, and the banner saying https://.
 */
import fs from 'node:fs';
import https from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { createTestCa, fetchTrusting, type TestCa, type TestCertificate } from './support/tls.ts';
import { robotLogger, sseSubscribe, waitFor, wsClient } from './support/live-logs.ts';
import { openRawSocket } from './support/raw-ws.ts';
import { idByName } from './support/graph.ts';
import { GRAPHQL_ACCEPT, siblingUrl } from './support/http.ts';
import { removeDir, runCli, serveDemoKey, startCli, tempDataDir } from './support/cli.ts';
import { apiKeyHeaders } from './support/gateway.ts';
import { loadListenerTls } from '../src/gateway/tls-listener.ts';
import type { GatewayOptions } from '../src/gateway/server.ts';

vi.setConfig({ testTimeout: 60_000 });

let ca: TestCa;
let server: TestCertificate;
let trusting: typeof fetch;
const cleanups: (() => unknown)[] = [];

beforeAll(() => {
  ca = createTestCa();
  server = ca.issue('server');
  trusting = fetchTrusting(ca.cert);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => ca?.remove());

async function tlsGateway(options: Partial<GatewayOptions> = {}): Promise<TestGateway> {
  const t = await startTestGateway({ gateway: { tls: loadListenerTls(server.certFile, server.keyFile), ...options } });
  cleanups.push(() => t.close());
  return t;
}

const ORGANIZATIONS = '{ organizations { name } }';

function post(url: string, headers: Record<string, string>, query = ORGANIZATIONS, fetchImpl = trusting) {
  return fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: GRAPHQL_ACCEPT, ...headers }, body: JSON.stringify({ query }) });
}

describe('serving HTTPS and WSS with --tls-cert/--tls-key', () => {
  it('answers GraphQL over HTTPS with the certificate given, and nothing that does not trust its CA', async () => {
    const t = await tlsGateway();
    expect(t.gateway.url).toBe(`https://127.0.0.1:${t.gateway.port}/graphql`);
    const response = await post(t.gateway.url, t.demoHeaders);
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.organizations[0].name).toBe('Demo Fleet');
    // The system roots do not know the test CA: the connection is really TLS with that certificate.
    await expect(post(t.gateway.url, t.demoHeaders, ORGANIZATIONS, fetch)).rejects.toThrow();
  });

  it('graphql-ws over WSS: queries and a robotPartLogs subscription; SSE over HTTPS delivers the same entry', async () => {
    const t = await tlsGateway();
    const partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main');
    const { part } = await t.fleet.app.call('GetRobotPart', { id: partId });
    const robot = await robotLogger(t.fleet.address, partId, part.secrets[0].secret);
    cleanups.push(() => robot.close());
    const client = wsClient(t.gateway.url, t.demoHeaders, { ca: ca.cert });
    cleanups.push(() => client.dispose());

    expect((await client.query(ORGANIZATIONS)).data.organizations[0].name).toBe('Demo Fleet');
    expect(client.socket().url).toMatch(/^wss:\/\//);
    const overWss = client.subscribe({ partId, errorsOnly: false });
    const overSse = sseSubscribe(t.gateway.url, t.demoHeaders, { partId, errorsOnly: false }, undefined, trusting);
    cleanups.push(() => overSse.unsubscribe());
    await waitFor('both subscriptions tailing', () => t.gateway.logStreams.subscriberCount === 2 && t.fleet.server.fleet.logBus.count(partId) === 1);

    await robot.log([{ level: 'warn', message: 'lidar dusty, over TLS' }]);
    await waitFor('the entry over WSS and SSE', () => overWss.messages().includes('lidar dusty, over TLS') && overSse.messages().includes('lidar dusty, over TLS'));
    expect(overWss.errors).toEqual([]);
    expect(overSse.errors).toEqual([]);
  });

  it('keeps the Host check over TLS: a loopback Host with its port is answered, another name is refused (HTTPS and WSS)', async () => {
    const t = await tlsGateway();
    // The certificate names localhost: check it against that name whatever Host the request carries.
    const asHost = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = https.request(t.gateway.url, { method: 'POST', ca: ca.cert, servername: 'localhost', headers: { host, 'content-type': 'application/json', ...t.demoHeaders } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode!, body }));
        });
        request.once('error', reject);
        request.end(JSON.stringify({ query: ORGANIZATIONS }));
      });
    const loopback = await asHost(`localhost:${t.gateway.port}`);
    expect(loopback.status).toBe(200);
    expect(JSON.parse(loopback.body).data.organizations[0].name).toBe('Demo Fleet');
    const rebound = await asHost(`attacker.example:${t.gateway.port}`);
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    await expect(openRawSocket(t.gateway.url, undefined, { ca: ca.cert, headers: { host: `attacker.example:${t.gateway.port}` } })).rejects.toMatchObject({ status: 403 });
  });

  it('answers a plain-HTTP request to the TLS port with a 400 that says to use https://, and keeps serving HTTPS', async () => {
    const t = await tlsGateway();
    const plain = await post(t.gateway.url.replace(/^https:/, 'http:'), t.demoHeaders, ORGANIZATIONS, fetch);
    expect(plain.status).toBe(400);
    expect(await plain.text()).toContain('This port speaks HTTPS only: use https://');
    expect((await post(t.gateway.url, t.demoHeaders)).status).toBe(200);
  });

  it('stops gracefully over TLS: a WSS socket is closed with 1001', async () => {
    const t = await tlsGateway();
    const client = wsClient(t.gateway.url, t.demoHeaders, { ca: ca.cert });
    cleanups.push(() => client.dispose());
    expect((await client.query(ORGANIZATIONS)).data.organizations[0].name).toBe('Demo Fleet');
    expect(await t.gateway.shutdown(5_000)).toBe(true);
    expect((await client.closed).code).toBe(1001);
  });
});

describe('HSTS', () => {
  it.for([
    { setup: 'production over TLS', tls: true, production: true, hsts: 'max-age=31536000' },
    { setup: 'development over TLS', tls: true, production: false, hsts: null },
    { setup: 'production over plain HTTP', tls: false, production: true, hsts: null },
  ])('$setup: Strict-Transport-Security is $hsts', async ({ tls, production, hsts }) => {
    const t = tls ? await tlsGateway({ security: { production } }) : await startTestGateway({ gateway: { security: { production } } });
    if (!tls) cleanups.push(() => t.close());
    const fetchImpl = tls ? trusting : fetch;
    expect((await post(t.gateway.url, t.demoHeaders, ORGANIZATIONS, fetchImpl)).headers.get('strict-transport-security')).toBe(hsts);
    expect((await fetchImpl(siblingUrl(t.gateway.url, '/healthz'))).headers.get('strict-transport-security')).toBe(hsts);
  });
});

describe('fleetgraph serve --tls-cert/--tls-key', () => {
  function dataDir(): string {
    const dir = tempDataDir('fleetgraph-https-');
    cleanups.push(() => removeDir(dir));
    return dir;
  }

  it('prints an https:// banner and serves GraphiQL (demo key prefilled on loopback) and GraphQL over HTTPS; the variables work too', async () => {
    const cli = startCli(['serve', '--port', '0', '--data-dir', dataDir()], { env: { FLEETGRAPH_TLS_CERT: server.certFile, FLEETGRAPH_TLS_KEY: server.keyFile } });
    cleanups.push(() => cli.stop());
    const url = (await cli.waitFor(/GraphiQL and GraphQL at (\S+)\n/))[1]!;
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const key = await serveDemoKey(cli);
    const page = await trusting(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain(key.key);
    expect(((await (await post(url, apiKeyHeaders(key))).json()) as any).data.organizations[0].name).toBe('Demo Fleet');
  });

  it.for([
    { problem: 'a missing file', args: () => ['--tls-cert', '/nonexistent/gateway.crt', '--tls-key', server.keyFile], message: () => '--tls-cert /nonexistent/gateway.crt: ENOENT' },
    { problem: 'a certificate without its key', args: () => ['--tls-cert', server.certFile], message: () => '--tls-cert and --tls-key go together' },
    { problem: 'a key as the certificate', args: () => ['--tls-cert', server.keyFile, '--tls-key', server.keyFile], message: () => `--tls-cert ${server.keyFile} is not a PEM certificate` },
    { problem: 'a certificate as the key', args: () => ['--tls-cert', server.certFile, '--tls-key', server.certFile], message: () => `--tls-key ${server.certFile} is not a PEM private key` },
    { problem: "another certificate's key", args: () => ['--tls-cert', server.certFile, '--tls-key', ca.keyFile], message: () => `--tls-key ${ca.keyFile} is not the private key of the certificate in --tls-cert ${server.certFile}` },
    {
      problem: 'an expired certificate',
      args: () => {
        const expired = ca.issue('expired', { expired: true });
        return ['--tls-cert', expired.certFile, '--tls-key', expired.keyFile];
      },
      message: () => 'expired on',
    },
  ])('$problem stops it before anything starts', async ({ args, message }) => {
    const dir = dataDir();
    const result = await runCli(['serve', '--data-dir', dir, ...args()]);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toContain(message());
    expect(result.stdout).toBe('');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
