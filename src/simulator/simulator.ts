/**
 * The fleet simulator: N simulated robots on one channel to the fleet server, sharing a total log
 * rate, with their combined counters for the status line.
 */
import { RobotChannel } from './robot-client.ts';
import { SimulatedRobot, type RobotListener, type SimulatedPart } from './simulated-robot.ts';
import { findSimulatedParts, type ApiKey } from './fleet-parts.ts';
import type { Random } from './log-lines.ts';
import type { UpstreamTarget } from '../upstream/target.ts';

export interface SimulatorOptions extends RobotListener {
  target: UpstreamTarget;
  parts: SimulatedPart[];
  /** Log lines per second of the whole fleet. */
  linesPerSecond: number;
  batchIntervalMs?: number;
  configPollMs?: number;
  restartCheckMs?: number;
  random?: Random;
}

export interface SimulatorStats {
  robots: number;
  online: number;
  linesSent: number;
  errors: number;
  restarts: number;
  lastError: string | null;
}

export interface Simulator {
  robots: SimulatedRobot[];
  stats(): SimulatorStats;
  stop(): Promise<void>;
}

export const DEFAULT_BATCH_INTERVAL_MS = 500;
/** viam-server re-reads its config about this often; well inside the 60 s online window. */
export const DEFAULT_CONFIG_POLL_MS = 10_000;

export function startSimulator(options: SimulatorOptions): Simulator {
  const channel = new RobotChannel(options.target);
  const batchIntervalMs = options.batchIntervalMs ?? DEFAULT_BATCH_INTERVAL_MS;
  const random = options.random ?? Math.random;
  const timings = {
    linesPerSecond: options.parts.length > 0 ? options.linesPerSecond / options.parts.length : 0,
    batchIntervalMs,
    configPollMs: options.configPollMs ?? DEFAULT_CONFIG_POLL_MS,
    restartCheckMs: options.restartCheckMs,
  };
  const robots = options.parts.map((part) => new SimulatedRobot(part, channel.robot(part.partId, part.secret), timings, options, random));
  // Spread the robots over one batch interval so a large fleet does not call in lockstep.
  for (const robot of robots) robot.start(Math.floor(random() * batchIntervalMs));

  let stopped: Promise<void> | null = null;
  return {
    robots,
    stats() {
      const sum = (pick: (r: SimulatedRobot) => number) => robots.reduce((total, r) => total + pick(r), 0);
      const latest = robots.reduce<SimulatedRobot | null>((found, r) => (r.lastErrorAt > (found?.lastErrorAt ?? 0) ? r : found), null);
      return {
        robots: robots.length,
        online: sum((r) => (r.online ? 1 : 0)),
        linesSent: sum((r) => r.linesSent),
        errors: sum((r) => r.errors),
        restarts: sum((r) => r.restarts),
        lastError: latest?.lastError ?? null,
      };
    },
    stop() {
      stopped ??= Promise.all(robots.map((r) => r.stop())).then(() => channel.close());
      return stopped;
    },
  };
}

export interface FleetSimulationOptions extends Omit<SimulatorOptions, 'parts'> {
  apiKey: ApiKey;
  robots: number;
  /** Told about robots the simulator had to create. */
  notice?: (message: string) => void;
}

/** Picks the parts with the API key, then starts the simulator on them. */
export async function startFleetSimulation(options: FleetSimulationOptions): Promise<Simulator> {
  const parts = await findSimulatedParts(options.target, options.apiKey, options.robots, options.notice);
  return startSimulator({ ...options, parts });
}
