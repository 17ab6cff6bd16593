/**
 * Runs the fleet server in a child process (so the benchmark client and the server do not share
 * an event loop) and reads the RPCs it received, by method, over IPC.
 */
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pinnedFork, type Core } from './pin.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type FleetChildRequest = { type: 'reset' } | { type: 'calls' };
export type FleetChildReply =
  | { type: 'ready'; address: string }
  | { type: 'reset' }
  | { type: 'calls'; counts: Record<string, number>; peaks: Record<string, number>; waves: number };

export interface CallCounts {
  /** RPCs received by method since the last reset. */
  counts: Record<string, number>;
  /** The most calls of each method handled at the same moment. */
  peaks: Record<string, number>;
  /** Upstream waves: levels of calls that waited for another method's answer (CallStats.waves). */
  waves: number;
}

export interface FleetServerProcess {
  address: string;
  pid: number;
  resetCalls(): Promise<void>;
  calls(): Promise<CallCounts>;
  stop(): Promise<void>;
}

/** `core`: pin the server to that core (see pin.ts); otherwise it runs wherever the OS puts it. */
export async function spawnFleetServer(dataDir: string, options: { core?: Core } = {}): Promise<FleetServerProcess> {
  const exec = options.core === undefined ? { execArgv: ['--import', 'tsx'] } : pinnedFork(options.core, ['--import', 'tsx']);
  const child: ChildProcess = fork(path.join(ROOT, 'bench/support/fleet-server-child.ts'), [dataDir], {
    cwd: ROOT,
    ...exec,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = <T extends FleetChildReply['type']>(type: T) =>
    new Promise<Extract<FleetChildReply, { type: T }>>((resolve, reject) => {
      const onMessage = (reply: FleetChildReply) => {
        if (reply.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(reply as Extract<FleetChildReply, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`fleet server process exited (${code}) while waiting for "${type}"`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ask = async <T extends FleetChildRequest['type']>(type: T) => {
    const reply = next(type);
    child.send({ type });
    return reply;
  };
  const { address } = await next('ready');
  return {
    address,
    pid: child.pid!,
    resetCalls: async () => void (await ask('reset')),
    calls: async () => {
      const { counts, peaks, waves } = await ask('calls');
      return { counts, peaks, waves };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
