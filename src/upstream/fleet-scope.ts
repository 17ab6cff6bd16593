/**
 * The parts a fleet-wide subscription covers: an organization's parts (optionally only some
 * locations or robots), read from the machine status poll shared per (organization, credential)
 * (machine-status.ts), so fleetLogs adds no ListMachineSummaries of its own: each poll's reading
 * lets parts added later join and removed or moved ones leave.
 */
import type { FleetStatus } from './machine-status-diff.ts';

export interface FleetScopeArgs {
  organizationId: string;
  /** Only these locations (empty: every location the caller sees). */
  locationIds: string[];
  /** Only these robots (null: every robot in the locations). */
  robotIds: ReadonlySet<string> | null;
}

/** Part id → its robot's id, in upstream order. */
export type FleetScope = Map<string, string>;

export function fleetScopeOf(status: FleetStatus, args: FleetScopeArgs): FleetScope {
  const locations = args.locationIds.length ? new Set(args.locationIds) : null;
  const scope: FleetScope = new Map();
  for (const robot of status.robots.values()) {
    if (locations && !locations.has(robot.locationId)) continue;
    if (args.robotIds && !args.robotIds.has(robot.id)) continue;
    for (const part of robot.parts) scope.set(part.id, robot.id);
  }
  return scope;
}
