/**
 * GraphQL Mesh's gRPC handler (`@graphql-mesh/cli` + `@graphql-mesh/grpc`, dev dependencies) as a
 * second contender: `mesh dev` with its defaults over our own proto/ (AppService), in a child
 * process on the gateway's core, against the same fleet server. Mesh has no API key exchange: its
 * clients send a bearer token (`authorization`), which it passes on as gRPC metadata.
 *
 * On Node 20 Mesh needs `--no-experimental-fetch` (its fetch ponyfill and Node's global fetch
 * clash); this process passes it.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT } from './child.ts';
import { pinning } from './pin.ts';

export interface MeshProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Mesh's generated root field of an AppService method. */
export const meshField = (method: string) => `viam_app_v1_AppService_${method}`;

/** The handler's settings: the proto file and where its imports are; the token passed through. (This handler version calls the proto `protoFilePath`.) */
const meshrc = (protoDir: string) => `sources:
  - name: Fleet
    handler:
      grpc:
        endpoint: "{env.FLEET_ADDRESS}"
        protoFilePath:
          file: ${path.join(protoDir, 'app/v1/app.proto')}
          load:
            includeDirs:
              - ${protoDir}
        metaData:
          authorization: "{headers.authorization}"
`;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startMesh(fleetAddress: string, options: { core?: 0 | 1; readyTimeoutMs?: number } = {}): Promise<MeshProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-mesh-'));
  fs.writeFileSync(path.join(dir, '.meshrc.yaml'), meshrc(path.join(ROOT, 'proto')));
  const port = await freePort();
  const node = [process.execPath, '--no-experimental-fetch', path.join(ROOT, 'node_modules/@graphql-mesh/cli/cjs/bin.js'), 'dev', '--dir', dir, '--port', String(port)];
  const pinned = options.core !== undefined && pinning().enabled;
  const child = spawn(pinned ? 'taskset' : node[0]!, pinned ? ['-c', String(options.core), ...node] : node.slice(1), {
    cwd: dir,
    env: { ...process.env, FLEET_ADDRESS: fleetAddress },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mesh exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (response.ok && (await response.text()).includes('Query')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`mesh did not answer within ${options.readyTimeoutMs ?? 120_000} ms: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
