/**
 * Runs the real `fleetgraph` command line as a child process, the way a newcomer does, and reads
 * what it prints: the built package's bin (dist/, which test/support/build.ts keeps current), or
 * `npm start` in a process group of its own, as in a terminal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The package's bin, as package.json names it. */
export const BIN = path.join(ROOT, (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: { fleetgraph: string } }).bin.fleetgraph);

/** The demo owner key in `serve`'s banner: id, then key. */
export const SERVE_BANNER_KEY = /x-viam-api-key-id: (\S+)\n {2}x-viam-api-key: (\S+)\n/;
/** `serve`'s banner in production: the credentials file it names instead of printing the key. */
export const SERVE_BANNER_CREDENTIALS_FILE = /demo organization owner key: not printed in production mode; it is in (\S+) \(0600\)\n/;
/** `fleet-server`'s address line: the address, then the port. */
export const FLEET_SERVER_ADDRESS_LINE = /fleet server listening on (127\.0\.0\.1:(\d+))/;
/** The demo owner key as `fleet-server` prints it: id, then key. */
export const FLEET_SERVER_KEY_LINES = /demo owner API key id: (\S+)\ndemo owner API key: +(\S+)\n/;

/** Env for children: the caller's, minus the variables that would change fleetgraph's defaults. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('FLEETGRAPH_') || name.startsWith('FLEET_SERVER_') || name === 'PORT') delete env[name];
  return { ...env, ...extra };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command that finishes by itself (e.g. `keys create`, a bad flag). */
export function runCli(args: string[], options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`fleetgraph ${args.join(' ')} did not exit within ${options.timeoutMs ?? 20_000} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 20_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface RunningCli {
  child: ChildProcess;
  /** Everything printed to stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stdout; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
  /** SIGINT to the whole process group, as Ctrl-C in a terminal does (only with `npmStart`). */
  ctrlC(): void;
}

export interface StartCliOptions {
  env?: Record<string, string>;
  /**
   * Run `npm start -- <args>` (the README's command; `args` are serve's flags) instead of the bin, in a process group of
   * its own, so that `ctrlC` reaches npm and the gateway together as a terminal's Ctrl-C does.
   */
  npmStart?: boolean;
}

/** The demo owner key of a running `serve`: from its banner, or in production from the credentials file the banner names. */
export async function serveDemoKey(cli: RunningCli): Promise<{ id: string; key: string }> {
  const match = await cli.waitFor(new RegExp(`${SERVE_BANNER_KEY.source}|${SERVE_BANNER_CREDENTIALS_FILE.source}`));
  if (match[1]) return { id: match[1], key: match[2]! };
  const { apiKeyId, apiKey } = JSON.parse(fs.readFileSync(match[3]!, 'utf8')) as { apiKeyId: string; apiKey: string };
  return { id: apiKeyId, key: apiKey };
}

/** Starts a long-running command (`serve`, `fleet-server`). */
export function startCli(args: string[], options: StartCliOptions = {}): RunningCli {
  const child = options.npmStart
    ? spawn('npm', ['start', '--', ...args], { cwd: ROOT, env: cleanEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    : spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? null : code);
      resolve(exitCode);
    }),
  );
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const l of listeners) l();
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    waitFor(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(stdout);
          if (!match) return;
          done();
          resolve(match);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`fleetgraph ${args.join(' ')}: no ${pattern} on stdout within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
        }, timeoutMs);
        const onExit = () => {
          done();
          reject(new Error(`fleetgraph ${args.join(' ')} exited (${exitCode}) before printing ${pattern}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
        };
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', onExit);
        };
        listeners.add(check);
        child.once('exit', onExit);
        check();
        if (listeners.has(check) && exitCode !== undefined) onExit();
      });
    },
    async stop() {
      if (exitCode === undefined) child.kill('SIGTERM');
      return exited;
    },
    ctrlC() {
      if (!options.npmStart) throw new Error('ctrlC needs a process group of its own: start with npmStart');
      process.kill(-child.pid!, 'SIGINT');
    },
  };
}

/** A fresh temporary data dir; remove it with `removeDir`. */
export function tempDataDir(prefix = 'fleetgraph-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** POSTs a GraphQL operation to a running gateway. */
export async function postGraphQL(url: string, query: string, headers: Record<string, string>, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}
