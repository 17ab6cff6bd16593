/**
 * TLS end to end (issue 18): the gateway against a TLS fleet server with a private CA (fleet tree,
 * live logs), the clear UPSTREAM_UNAVAILABLE reasons (untrusted, name mismatch, expired, client
 * certificate missing) also on /readyz, mTLS, the simulator over TLS, and the warning for a
 * plaintext fleet server reachable from other hosts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import * as grpc from '@grpc/grpc-js';
import { createTestCa, type TestCa, type TestCertificate } from './support/tls.ts';
import { startTestGateway, errorCode, apiKeyHeaders, type TestGateway } from './support/gateway.ts';
import { idByName } from './support/graph.ts';
import { robotLogger, waitFor, wsClient } from './support/live-logs.ts';
import { BIN, FLEET_SERVER_ADDRESS_LINE, postGraphQL, removeDir, serveDemoKey, startCli, tempDataDir } from './support/cli.ts';
import { FLEET_TREE_QUERY } from '../src/gateway/graphiql.ts';
import { PLAINTEXT_WARNING } from '../src/fleet-server/server.ts';

let ca: TestCa;
let server: TestCertificate;
beforeAll(() => {
  ca = createTestCa();
  server = ca.issue('server');
});
afterAll(() => ca.remove());

const readyz = async (t: TestGateway) => {
  const response = await fetch(new URL('/readyz', t.gateway.url));
  return { status: response.status, body: (await response.json()) as { reason?: string } };
};

/** The harness's own gRPC clients (not under test) accept whatever certificate the fleet server shows. */
const lenient = (client?: TestCertificate) =>
  grpc.credentials.createSsl(ca.cert, client?.key ?? null, client?.cert ?? null, { rejectUnauthorized: false, checkServerIdentity: () => undefined });

describe('gateway → TLS fleet server with a private CA', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ fleet: { tls: { cert: server.cert, key: server.key } }, upstreamTrust: { ca: ca.cert }, fleetCredentials: lenient() });
  });
  afterAll(() => t.close());

  it('answers the fleet tree and is ready', async () => {
    const data = await t.ok(FLEET_TREE_QUERY);
    expect(data.organizations.map((o: { name: string }) => o.name)).toContain('Demo Fleet');
    expect(data.organizations[0].locations.length).toBeGreaterThan(0);
    expect((await readyz(t)).status).toBe(200);
  });

  it('delivers live logs a robot sends over TLS to a graphql-ws subscriber', async () => {
    const partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main');
    const { part } = await t.fleet.app.call('GetRobotPart', { id: partId });
    const robot = await robotLogger(t.fleet.address, partId, part.secrets[0].secret, { ca: ca.cert });
    const client = wsClient(t.gateway.url, t.demoHeaders);
    try {
      const sub = client.subscribe({ partId, errorsOnly: false });
      await waitFor('the upstream tail', () => t.fleet.server.fleet.logBus.count(partId) === 1);
      await robot.log([{ level: 'error', message: 'motor stalled over TLS' }]);
      await waitFor('the line', () => sub.messages().includes('motor stalled over TLS'));
      expect(sub.errors).toEqual([]);
    } finally {
      await client.dispose();
      robot.close();
    }
  });
});

describe('gateway → TLS fleet server it cannot trust', () => {
  const cases: { name: string; certificate: () => TestCertificate; trust: () => { ca: Buffer } | undefined; reason: string; words: RegExp }[] = [
    { name: 'without the private CA', certificate: () => server, trust: () => undefined, reason: 'TLS_UNTRUSTED_CERTIFICATE', words: /not trusted.*--upstream-ca-file/ },
    { name: 'with a certificate for another host name', certificate: () => ca.issue('other', { hosts: ['elsewhere.example'] }), trust: () => ({ ca: ca.cert }), reason: 'TLS_NAME_MISMATCH', words: /name mismatch/ },
    { name: 'with an expired certificate', certificate: () => ca.issue('old', { expired: true }), trust: () => ({ ca: ca.cert }), reason: 'TLS_CERTIFICATE_EXPIRED', words: /has expired/ },
  ];
  for (const c of cases) {
    it(`${c.name}: UPSTREAM_UNAVAILABLE saying why, and /readyz says it too`, async () => {
      const cert = c.certificate();
      const t = await startTestGateway({ fleet: { tls: { cert: cert.cert, key: cert.key } }, upstreamTrust: c.trust(), fleetCredentials: lenient() });
      try {
        const result = await t.gql(FLEET_TREE_QUERY);
        expect(errorCode(result)).toBe('UPSTREAM_UNAVAILABLE');
        expect(result.errors![0]!.extensions!.reason).toBe(c.reason);
        expect(result.errors![0]!.message).toMatch(c.words);
        const ready = await readyz(t);
        expect(ready.status).toBe(503);
        expect(ready.body.reason).toMatch(c.words);
      } finally {
        await t.close();
      }
    });
  }
});

describe('gateway → fleet server that wants client certificates (mTLS)', () => {
  const mtls = () => ({ cert: server.cert, key: server.key, clientCa: ca.cert });

  it('works with a client certificate', async () => {
    const client = ca.issue('client', { client: true });
    const t = await startTestGateway({ fleet: { tls: mtls() }, upstreamTrust: { ca: ca.cert, cert: client.cert, key: client.key }, fleetCredentials: lenient(client) });
    try {
      expect((await t.ok(FLEET_TREE_QUERY)).organizations.length).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });

  it('is refused without one, with UPSTREAM_UNAVAILABLE saying a client certificate is wanted', async () => {
    const client = ca.issue('client2', { client: true });
    const t = await startTestGateway({ fleet: { tls: mtls() }, upstreamTrust: { ca: ca.cert }, fleetCredentials: lenient(client) });
    try {
      const result = await t.gql(FLEET_TREE_QUERY);
      expect(errorCode(result)).toBe('UPSTREAM_UNAVAILABLE');
      expect(result.errors![0]!.extensions!.reason).toBe('TLS_CLIENT_CERTIFICATE_REFUSED');
      expect(result.errors![0]!.message).toMatch(/--upstream-cert-file/);
    } finally {
      await t.close();
    }
  });
});

describe('fleetgraph fleet-server and simulate over TLS', () => {
  it('the fleet server serves TLS, writes tls: true, and `simulate --ca-file` connects over it', async () => {
    const dataDir = tempDataDir();
    const fleet = startCli(['fleet-server', '--port', '0', '--data-dir', dataDir, '--tls-cert', server.certFile, '--tls-key', server.keyFile]);
    try {
      await fleet.waitFor(/fleet server listening on 127\.0\.0\.1:\d+ \(gRPC, TLS\)/);
      const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
      expect(credentials.tls).toBe(true);
      const child = spawn(process.execPath, [BIN, 'simulate', '--robots', '1', '--rate', '10', '--data-dir', dataDir, '--ca-file', ca.certFile], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await waitFor('robots online over TLS', () => /robots online 1\/1 · lines sent [1-9]/.test(stderr), 20_000);
      expect(stderr).toContain(`https://${credentials.address}`);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr.trim().split('\n').at(-1)).toMatch(/errors 0/);
    } finally {
      await fleet.stop();
      removeDir(dataDir);
    }
  });

  it('`serve --fleet-tls-cert/--fleet-tls-key` runs the embedded fleet server over TLS, trusted by the gateway with --upstream-ca-file', async () => {
    const serve = startCli(['serve', '--port', '0', '--data-dir', ':memory:', '--fleet-tls-cert', server.certFile, '--fleet-tls-key', server.keyFile, '--upstream-ca-file', ca.certFile]);
    try {
      const url = (await serve.waitFor(/GraphQL at (http:\/\/\S+)\n/))[1]!;
      await serve.waitFor(/upstream: embedded fleet server at 127\.0\.0\.1:\d+ \(TLS\)/);
      const result = await postGraphQL(url, FLEET_TREE_QUERY, apiKeyHeaders(await serveDemoKey(serve)));
      expect(result.errors).toBeUndefined();
      expect(result.data.organizations.map((o: { name: string }) => o.name)).toContain('Demo Fleet');
    } finally {
      await serve.stop();
    }
  });

  it('warns that part secrets would travel in the clear when it listens beyond loopback without TLS', async () => {
    const fleet = startCli(['fleet-server', '--host', '0.0.0.0', '--port', '0', '--data-dir', ':memory:']);
    try {
      const [, address] = (await fleet.waitFor(/fleet server listening on (0\.0\.0\.0:\d+)/)) as unknown as [string, string];
      await waitFor('the warning', () => fleet.stderr().includes(PLAINTEXT_WARNING(address)));
    } finally {
      await fleet.stop();
    }
  });

  it('stays quiet on loopback', async () => {
    const fleet = startCli(['fleet-server', '--port', '0', '--data-dir', ':memory:']);
    try {
      await fleet.waitFor(FLEET_SERVER_ADDRESS_LINE);
      expect(fleet.stderr()).not.toContain('without TLS');
    } finally {
      await fleet.stop();
    }
  });
});
