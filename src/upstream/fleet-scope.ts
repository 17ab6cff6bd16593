/**
 * The parts a fleet-wide subscription covers: an organization's parts (optionally only some
 * locations or robots) as one ListMachineSummaries call lists them, read again on an interval so
 * parts added later join and removed ones leave. One poll per subscription: a small scope watcher
 * of its own until the live machine status's shared poll can serve it too.
 */
import type { UpstreamSession } from './session.ts';

export interface FleetScopeArgs {
  organizationId: string;
  /** Only these locations (empty: every location the caller sees). */
  locationIds: string[];
  /** Only these robots (null: every robot in the locations). */
  robotIds: ReadonlySet<string> | null;
}

/** Part id → its robot's id, in upstream order. */
export type FleetScope = Map<string, string>;

export async function readFleetScope(session: UpstreamSession, args: FleetScopeArgs): Promise<FleetScope> {
  const { location_summaries: locations } = await session.call('ListMachineSummaries', {
    organization_id: args.organizationId,
    location_ids: args.locationIds,
  });
  const scope: FleetScope = new Map();
  for (const location of locations) {
    for (const machine of location.machine_summaries) {
      if (args.robotIds && !args.robotIds.has(machine.machine_id)) continue;
      for (const part of machine.part_summaries) scope.set(part.part_id, machine.machine_id);
    }
  }
  return scope;
}

/**
 * Reads the scope every `intervalMs` and hands each reading (or failure) to the subscriber; a
 * reading still running skips the next tick. Stopped with `stop()`.
 */
export class FleetScopeWatcher {
  private timer: NodeJS.Timeout | null = null;
  private reading = false;

  constructor(
    private readonly session: UpstreamSession,
    private readonly args: FleetScopeArgs,
    private readonly intervalMs: number,
    private readonly onScope: (scope: FleetScope) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  read(): Promise<FleetScope> {
    return readFleetScope(this.session, this.args);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One reading now (also what the timer runs). */
  async tick(): Promise<void> {
    if (this.reading || !this.timer) return;
    this.reading = true;
    try {
      const scope = await this.read();
      if (this.timer) await this.onScope(scope);
    } catch (error) {
      if (this.timer) this.onError(error);
    } finally {
      this.reading = false;
    }
  }
}
