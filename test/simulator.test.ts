import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestFleet, type TestFleet } from './support/fleet.ts';
import { BIN } from './support/cli.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { startFleetSimulation, type Simulator } from '../src/simulator/simulator.ts';
import { RESTART_MESSAGE } from '../src/simulator/log-lines.ts';
import type { LogBatch } from '../src/simulator/simulated-robot.ts';
import { SIMULATED_VERSIONS, simulatedAgentInfo } from '../src/simulator/agent-info.ts';

/** Retries `check` until it stops throwing (or the time is up, then rethrows its last error). */
async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A deterministic random source, so the lines a run sends do not vary by luck. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const simulators: Simulator[] = [];
afterEach(async () => {
  await Promise.all(simulators.splice(0).map((s) => s.stop()));
});

async function simulate(fleet: TestFleet, robots: number, extra: { onLog?: (b: LogBatch) => void; notice?: (m: string) => void } = {}) {
  const simulator = await startFleetSimulation({
    target: parseUpstreamUrl(`http://${fleet.address}`),
    apiKey: { apiKeyId: fleet.keyId, apiKey: fleet.key },
    robots,
    linesPerSecond: 20 * robots,
    batchIntervalMs: 100,
    restartCheckMs: 100,
    random: seeded(robots),
    ...extra,
  });
  simulators.push(simulator);
  return simulator;
}

async function allLogs(fleet: TestFleet, partId: string, filter?: string): Promise<any[]> {
  const { logs } = await fleet.app.call('GetRobotPartLogs', { id: partId, limit: 1000, ...(filter ? { filter } : {}) });
  return logs;
}

describe('fleet simulator on the demo fleet', () => {
  let fleet: TestFleet;
  beforeAll(async () => {
    fleet = await startTestFleet();
  });
  afterAll(() => fleet.close());

  it('brings the robots online and their log lines arrive, viam-server-like', async () => {
    const robotIds = (fleet.server.db.prepare('SELECT id FROM robots').all() as { id: string }[]).map((r) => r.id);
    for (const id of robotIds) {
      expect((await fleet.app.call('GetRobot', { id })).robot.online_state).toBe('ONLINE_STATE_AWAITING_SETUP');
    }

    const simulator = await simulate(fleet, 4);
    const parts = simulator.robots.map((r) => r.part);
    expect(parts.map((p) => p.partName).sort()).toEqual(['arm-1-main', 'arm-2-main', 'rover-1-main', 'rover-2-main']);

    await eventually(async () => {
      for (const id of robotIds) expect((await fleet.app.call('GetRobot', { id })).robot.online_state).toBe('ONLINE_STATE_ONLINE');
    });
    // Enough lines per robot that the level mix shows.
    await eventually(async () => {
      for (const part of parts) expect((await allLogs(fleet, part.partId)).length).toBeGreaterThan(60);
    }, 20_000);
    await simulator.stop();

    const stats = simulator.stats();
    expect(stats).toMatchObject({ robots: 4, online: 4, errors: 0, restarts: 0 });
    let stored = 0;
    const levels = new Map<string, number>();
    for (const part of parts) {
      const logs = await allLogs(fleet, part.partId);
      stored += logs.length;
      for (const entry of logs) {
        expect(entry.host).toBe(`${part.robotName}.local`);
        expect(entry.logger_name).toMatch(/^rdk(\.|$)/);
        expect(entry.message).not.toBe('');
        levels.set(entry.level, (levels.get(entry.level) ?? 0) + 1);
      }
      expect(logs.some((e: any) => e.message.startsWith('viam-server starting'))).toBe(true);
    }
    // Every line the simulator counted as sent is stored, and nothing else.
    expect(stored).toBe(stats.linesSent);
    expect([...levels.keys()].every((level) => ['debug', 'info', 'warn', 'error'].includes(level))).toBe(true);
    const count = (level: string) => levels.get(level) ?? 0;
    expect(count('info')).toBeGreaterThan(count('debug'));
    expect(count('debug')).toBeGreaterThan(0);
    expect(count('warn')).toBeGreaterThan(0);
    expect(count('info')).toBeGreaterThan(stored / 2);
  });

  it('reports each robot\'s viam-server version, OS and platform in Config, which ListMachineSummaries then shows', async () => {
    const simulator = await simulate(fleet, 4);
    const parts = simulator.robots.map((r) => r.part);
    const summaryOf = async (partId: string) => {
      const { location_summaries } = await fleet.app.call('ListMachineSummaries', { organization_id: fleet.orgId });
      return location_summaries.flatMap((l: any) => l.machine_summaries).flatMap((m: any) => m.part_summaries).find((p: any) => p.part_id === partId);
    };
    await eventually(async () => {
      for (const part of parts) {
        const expected = simulatedAgentInfo(part.robotName);
        expect(SIMULATED_VERSIONS).toContain(expected.version);
        expect(await summaryOf(part.partId)).toMatchObject({
          viam_server_version: { major: expected.version },
          os: 'linux',
          platform: expected.platform,
          public_ip_address: '127.0.0.1',
        });
      }
    });
  });

  it('logs a restart and reads its config again when the part is marked for restart', async () => {
    const simulator = await simulate(fleet, 4);
    const [target, ...others] = simulator.robots;
    const partId = target!.part.partId;
    await eventually(() => expect(target!.linesSent).toBeGreaterThan(0));
    const configCallsBefore = fleet.server.calls.count('Config');

    await fleet.app.call('MarkPartForRestart', { part_id: partId });
    const [restart] = await eventually(async () => {
      const found = await allLogs(fleet, partId, RESTART_MESSAGE);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(restart).toMatchObject({ level: 'info', logger_name: 'rdk', message: RESTART_MESSAGE });
    // After the restart message: a fresh Config and the startup lines, newer than the restart line.
    await eventually(async () => {
      const newestFirst = await allLogs(fleet, partId);
      const restartAt = newestFirst.findIndex((e: any) => e.message === RESTART_MESSAGE);
      expect(newestFirst.slice(0, restartAt).some((e: any) => e.message.startsWith('viam-server starting'))).toBe(true);
    });
    expect(fleet.server.calls.count('Config')).toBeGreaterThan(configCallsBefore);
    expect(target!.restarts).toBe(1);
    for (const other of others) {
      expect(other.restarts).toBe(0);
      expect(await allLogs(fleet, other.part.partId, RESTART_MESSAGE)).toEqual([]);
    }
  });
});

describe('fleet simulator with more robots than the fleet has', () => {
  it('creates the missing robots, says so, and runs them too', async () => {
    const fleet = await startTestFleet();
    try {
      const notices: string[] = [];
      const simulator = await simulate(fleet, 6, { notice: (m) => notices.push(m) });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain('creating 2 more');
      const names = simulator.robots.map((r) => r.part.robotName);
      expect(names.filter((n) => n.startsWith('sim-robot-')).sort()).toEqual(['sim-robot-1', 'sim-robot-2']);

      const created = fleet.server.db.prepare("SELECT id FROM robots WHERE name LIKE 'sim-robot-%'").all() as { id: string }[];
      expect(created).toHaveLength(2);
      await eventually(async () => {
        for (const { id } of created) expect((await fleet.app.call('GetRobot', { id })).robot.online_state).toBe('ONLINE_STATE_ONLINE');
      });
      await eventually(() => expect(simulator.stats().online).toBe(6));
    } finally {
      await Promise.all(simulators.splice(0).map((s) => s.stop()));
      await fleet.close();
    }
  });
});

describe('`fleetgraph simulate`', () => {
  it('finds the fleet through demo-credentials.json, prints a status line, and stops cleanly on SIGINT', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simulate-cli-'));
    const fleet = await startTestFleet({ dataDir });
    try {
      const child = spawn(process.execPath, [BIN, 'simulate', '--robots', '2', '--rate', '10', '--data-dir', dataDir], {
        cwd: path.resolve(import.meta.dirname, '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

      await eventually(() => expect(stderr).toMatch(/robots online 2\/2 · lines sent [1-9]/), 20_000);
      child.kill('SIGINT');
      expect(await exited).toBe(0);

      // Not a terminal: plain lines, no cursor control.
      expect(stderr).not.toContain('\r');
      const lastLine = stderr.trim().split('\n').at(-1)!;
      const sent = Number(/lines sent ([\d,]+)/.exec(lastLine)![1]!.replace(/,/g, ''));
      expect(lastLine).toMatch(/errors 0/);
      const partIds = (fleet.server.db.prepare("SELECT id FROM robot_parts WHERE last_access IS NOT NULL").all() as { id: string }[]).map((p) => p.id);
      expect(partIds).toHaveLength(2);
      const stored = fleet.server.db.prepare('SELECT COUNT(*) AS n FROM logs').get() as { n: number };
      expect(stored.n).toBe(sent);
    } finally {
      await fleet.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
