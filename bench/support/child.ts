/** A forked benchmark child speaking request/reply messages over IPC, optionally pinned to a core. */
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pinnedFork, type Core } from './pin.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');

export interface ChildOptions {
  args?: string[];
  /** Node flags besides `--import tsx` (e.g. --expose-gc, --cpu-prof). */
  nodeFlags?: string[];
  core?: Core;
}

export interface Child<Req extends { type: string }, Rep extends { type: string }> {
  pid: number;
  /** The next reply of this type (and accepted by `match`, when given). */
  next<T extends Rep['type']>(type: T, match?: (reply: Extract<Rep, { type: T }>) => boolean): Promise<Extract<Rep, { type: T }>>;
  /** Sends a request and waits for the reply of type `reply` (and accepted by `match`). */
  ask<T extends Rep['type']>(request: Req, reply: T, match?: (reply: Extract<Rep, { type: T }>) => boolean): Promise<Extract<Rep, { type: T }>>;
  /** Disconnects (the child then exits on its own, writing any CPU profile), SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/** Forks bench/support/<file> (TypeScript through tsx). */
export function forkChild<Req extends { type: string }, Rep extends { type: string }>(file: string, options: ChildOptions = {}): Child<Req, Rep> {
  const nodeFlags = ['--import', 'tsx', ...(options.nodeFlags ?? [])];
  const exec = options.core === undefined ? { execPath: process.execPath, execArgv: nodeFlags } : pinnedFork(options.core, nodeFlags);
  const child: ChildProcess = fork(path.join(HERE, file), options.args ?? [], { cwd: ROOT, ...exec, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.setMaxListeners(0);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = <T extends Rep['type']>(type: T, match?: (reply: Extract<Rep, { type: T }>) => boolean) =>
    new Promise<Extract<Rep, { type: T }>>((resolve, reject) => {
      const onMessage = (reply: Rep) => {
        if (reply.type !== type || (match && !match(reply as Extract<Rep, { type: T }>))) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(reply as Extract<Rep, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`${file} exited (${code}) while waiting for "${type}"`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return {
    pid: child.pid!,
    next,
    ask(request, reply, match) {
      const answer = next(reply, match);
      child.send(request);
      return answer;
    },
    async stop() {
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
