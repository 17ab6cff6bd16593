/**
 * One simulated robot part, behaving like viam-server towards the cloud: reads its Config on
 * start and then periodically (which keeps it online), sends its log lines in batches, asks
 * NeedsRestart at the interval the server gives and "restarts" when told to.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { LogEntry } from '../generated/viam/common/v1/LogEntry.ts';
import { describeCallError, isPartGone, type RobotClient } from './robot-client.ts';
import { simulatedAgentInfo } from './agent-info.ts';
import type { AgentInfo } from '../generated/viam/app/v1/AgentInfo.ts';
import { LineMaker, RESTART_MESSAGE, startupLines, type Random } from './log-lines.ts';

export interface SimulatedPart {
  partId: string;
  secret: string;
  robotName: string;
  partName: string;
}

export interface RobotTimings {
  /** Lines per second this robot logs (fractions accumulate across batches). */
  linesPerSecond: number;
  batchIntervalMs: number;
  configPollMs: number;
  /** Replaces the interval NeedsRestart answers with (the fleet server says 5 s). */
  restartCheckMs?: number;
}

export interface LogBatch {
  partId: string;
  robotName: string;
  entries: LogEntry[];
}

export interface RobotListener {
  /** Called as a batch is sent, before the call is answered. */
  onLog?(batch: LogBatch): void;
  onRestart?(part: SimulatedPart): void;
}

const DEFAULT_RESTART_CHECK_MS = 5_000;
const MAX_BACKOFF_MS = 30_000;
/** Viam caps a Log call; we stay far below and drop what a long outage piled up. */
const MAX_LINES_PER_BATCH = 1_000;

export class SimulatedRobot {
  online = false;
  linesSent = 0;
  errors = 0;
  restarts = 0;
  lastError: string | null = null;
  lastErrorAt = 0;
  /** The part was deleted: the robot stopped for good. */
  gone = false;

  private readonly stopping = new AbortController();
  private readonly lines: LineMaker;
  /** Reported in every Config call. */
  private readonly agentInfo: AgentInfo;
  private running: Promise<void> | null = null;
  private restarting = false;
  private owedLines = 0;
  private lastBatchAt = performance.now();

  constructor(
    readonly part: SimulatedPart,
    private readonly client: RobotClient,
    private readonly timings: RobotTimings,
    private readonly listener: RobotListener = {},
    random: Random = Math.random,
  ) {
    this.lines = new LineMaker(`${part.robotName}.local`, random);
    this.agentInfo = simulatedAgentInfo(part.robotName);
  }

  /** Starts after `delayMs`, which spreads a fleet's calls over time. */
  start(delayMs = 0): void {
    this.running ??= this.run(delayMs);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private get stopped(): boolean {
    return this.stopping.signal.aborted || this.gone;
  }

  /** Waits, or returns false as soon as the robot is stopped. */
  private async wait(ms: number): Promise<boolean> {
    if (this.stopped) return false;
    try {
      await sleep(ms, undefined, { signal: this.stopping.signal });
      return !this.stopped;
    } catch {
      return false;
    }
  }

  /** Runs one RPC of this robot; counts failures instead of throwing. */
  private async attempt(work: () => Promise<void>): Promise<boolean> {
    try {
      await work();
      this.online = true;
      return true;
    } catch (error) {
      if (this.stopping.signal.aborted) return false;
      this.errors++;
      this.online = false;
      this.lastError = `${this.part.robotName}: ${describeCallError(error)}`;
      this.lastErrorAt = Date.now();
      if (isPartGone(error)) this.gone = true;
      return false;
    }
  }

  private async run(delayMs: number): Promise<void> {
    if (delayMs > 0 && !(await this.wait(delayMs))) return;
    if (!(await this.boot())) return;
    await Promise.all([this.logLoop(), this.configLoop(), this.restartLoop()]);
  }

  /** Config until it answers (with backoff), then the startup lines. */
  private async boot(): Promise<boolean> {
    for (let failures = 0; !this.stopped; failures++) {
      if (await this.attempt(() => this.readConfigAndAnnounce())) return true;
      if (!(await this.wait(Math.min(MAX_BACKOFF_MS, 500 * 2 ** failures)))) return false;
    }
    return false;
  }

  private async readConfigAndAnnounce(): Promise<void> {
    const config = await this.client.config(this.agentInfo);
    await this.send(startupLines(this.lines, config.revision));
  }

  private async send(entries: LogEntry[]): Promise<void> {
    this.listener.onLog?.({ partId: this.part.partId, robotName: this.part.robotName, entries });
    await this.client.log(entries);
    this.linesSent += entries.length;
  }

  private async logLoop(): Promise<void> {
    this.lastBatchAt = performance.now();
    while (await this.wait(this.timings.batchIntervalMs)) {
      const now = performance.now();
      const elapsedMs = now - this.lastBatchAt;
      this.lastBatchAt = now;
      const perSecond = this.timings.linesPerSecond;
      // Catching up after a long pause would be a burst no real robot sends.
      this.owedLines = Math.min(this.owedLines + (perSecond * elapsedMs) / 1000, Math.max(1, perSecond * 5));
      const count = Math.min(Math.floor(this.owedLines), MAX_LINES_PER_BATCH);
      if (count === 0 || this.restarting) continue;
      this.owedLines -= count;
      // Timestamps spread over the interval, as if logged one by one since the last batch.
      const end = Date.now();
      const spanMs = Math.min(elapsedMs, this.timings.batchIntervalMs * 2);
      const entries = Array.from({ length: count }, (_, i) => this.lines.next(Math.round(end - spanMs + ((i + 1) * spanMs) / count)));
      await this.attempt(() => this.send(entries));
    }
  }

  private async configLoop(): Promise<void> {
    while (await this.wait(this.timings.configPollMs)) {
      if (!this.restarting) await this.attempt(async () => void (await this.client.config(this.agentInfo)));
    }
  }

  private async restartLoop(): Promise<void> {
    let intervalMs = this.timings.restartCheckMs ?? DEFAULT_RESTART_CHECK_MS;
    while (await this.wait(intervalMs)) {
      await this.attempt(async () => {
        const answer = await this.client.needsRestart();
        if (this.timings.restartCheckMs === undefined && answer.checkAgainMs) intervalMs = answer.checkAgainMs;
        if (answer.mustRestart) await this.restart();
      });
    }
  }

  private async restart(): Promise<void> {
    this.restarting = true;
    try {
      await this.send([this.lines.entry('info', 'rdk', RESTART_MESSAGE)]);
      this.restarts++;
      this.listener.onRestart?.(this.part);
      await this.readConfigAndAnnounce();
    } finally {
      this.restarting = false;
    }
  }
}
