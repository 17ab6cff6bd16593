/**
 * nginx (Debian's package; `.ci/run` installs it) as the load balancer in front of gateway
 * replicas: started on a free loopback port with a config written to a temp dir, stopped after.
 * `nginxConfig` is the config the README shows under "Running several replicas".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { waitFor } from './wait.ts';

export const NGINX_BIN = '/usr/sbin/nginx';

/** The `http` block's content: round-robin over the replicas, websockets and SSE passed through unbuffered. */
export function nginxConfig(replicas: string[], listen: string): string {
  return `map $http_upgrade $connection_upgrade {
  default upgrade;
  ''      close;
}

upstream fleetgraph {
  # Round-robin; a replica that refuses a connection is skipped for 10 s.
${replicas.map((address) => `  server ${address} max_fails=1 fail_timeout=10s;`).join('\n')}
}

server {
  listen ${listen};

  location / {
    proxy_pass http://fleetgraph;
    proxy_http_version 1.1;
    # A replica that cannot be reached: try the next one (a client reconnecting lands on a live one).
    proxy_next_upstream error timeout;
    proxy_connect_timeout 2s;
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    # graphql-ws: pass the upgrade through.
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection $connection_upgrade;
    # SSE: every event goes out as soon as the replica writes it.
    proxy_buffering off;
    proxy_cache off;
    # Live streams stay open for long; Yoga pings SSE every 12 s and graphql-ws clients can ping too.
    proxy_read_timeout 1h;
    proxy_send_timeout 1h;
  }
}
`;
}

export interface Nginx {
  /** http://127.0.0.1:<port> */
  origin: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it; nginx binds it right after). */
export async function freeLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Starts nginx in the foreground (one worker, so round-robin goes strictly in turn) before `replicas` (host:port). */
export async function startNginx(replicas: string[]): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-nginx-'));
  // nginx's workers run as another user when the test runs as root: they must reach the temp paths.
  fs.chmodSync(dir, 0o755);
  const port = await freeLoopbackPort();
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    file,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${nginxConfig(replicas, `127.0.0.1:${port}`)
  .split('\n')
  .map((line) => (line ? `  ${line}` : line))
  .join('\n')}
}
`,
  );
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', dir, '-c', file, '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitFor('nginx listening', async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
      return accepts(port);
    });
  } catch (error) {
    child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
