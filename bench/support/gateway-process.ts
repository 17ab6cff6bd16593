/**
 * Runs the real `fleetgraph serve --upstream ...` as a child process, from the sources (through
 * tsx, so a bench never measures a stale build), and waits for its URL.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT } from './fleet-server-process.ts';

export interface GatewayProcess {
  /** http://127.0.0.1:port/graphql */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function spawnGateway(upstreamUrl: string): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts'), 'serve', '--port', '0', '--upstream', upstreamUrl], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /GraphQL at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`fleetgraph serve exited with ${code} before listening:\n${out}`)));
  });
  child.stdout.resume();
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
