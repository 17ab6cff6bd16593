/**
 * A test host of our own: a network namespace joined to this one by a veth pair with two private
 * addresses that exist only for the test. A request from it reaches a server listening on
 * 0.0.0.0 from a non-loopback address, without any traffic leaving this machine's namespaces.
 * Needs root and iproute2 (`ip`); `available()` says whether this machine can.
 */
import { execFileSync, execFile } from 'node:child_process';

export interface TestHost {
  /** Our side of the link: where the test host reaches servers of this namespace. */
  hostAddress: string;
  /** The test host's own address: what a server here sees as the caller. */
  peerAddress: string;
  /** GETs `url` from inside the test host; resolves with its status and body. */
  fetch(url: string, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  close(): void;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

/** Whether network namespaces can be made here (root with iproute2). */
export function netnsAvailable(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    ip('netns', 'list');
    return true;
  } catch {
    return false;
  }
}

let made = 0;

export function createTestHost(): TestHost {
  const id = `${process.pid % 10_000}x${made++}`;
  const namespace = `fgtest${id}`;
  const outer = `fgv${id}`;
  const inner = `fgp${id}`;
  // A /30 in 10.231.0.0/16 picked from the pid and a counter, so parallel test files do not collide.
  const block = (process.pid * 8 + made * 4) % 65_536;
  const base = `10.231.${Math.floor(block / 256)}.${block % 256 & ~3}`;
  const [a, b, c] = base.split('.');
  const last = Number(base.split('.')[3]);
  const hostAddress = `${a}.${b}.${c}.${last + 1}`;
  const peerAddress = `${a}.${b}.${c}.${last + 2}`;
  ip('netns', 'add', namespace);
  try {
    ip('link', 'add', outer, 'type', 'veth', 'peer', 'name', inner);
    ip('link', 'set', inner, 'netns', namespace);
    ip('addr', 'add', `${hostAddress}/30`, 'dev', outer);
    ip('link', 'set', outer, 'up');
    ip('netns', 'exec', namespace, 'ip', 'addr', 'add', `${peerAddress}/30`, 'dev', inner);
    ip('netns', 'exec', namespace, 'ip', 'link', 'set', inner, 'up');
  } catch (error) {
    ip('netns', 'del', namespace);
    throw error;
  }
  return {
    hostAddress,
    peerAddress,
    fetch(url, headers = {}) {
      const script = `fetch(${JSON.stringify(url)}, { headers: ${JSON.stringify(headers)}, signal: AbortSignal.timeout(10000) }).then(async (r) => console.log(JSON.stringify({ status: r.status, body: await r.text() })))`;
      return new Promise((resolve, reject) =>
        execFile('ip', ['netns', 'exec', namespace, process.execPath, '-e', script], { timeout: 15_000 }, (error, stdout) =>
          error ? reject(error) : resolve(JSON.parse(stdout) as { status: number; body: string }),
        ),
      );
    },
    close() {
      try {
        ip('link', 'del', outer);
      } finally {
        ip('netns', 'del', namespace);
      }
    },
  };
}
