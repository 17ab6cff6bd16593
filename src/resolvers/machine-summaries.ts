/**
 * An organization's fleet tree from ListMachineSummaries as the Location, Robot and RobotPart
 * types resolve it: each object holds only what a summary says, is marked `fromSummary`, and
 * carries its children (a location its robots, a robot its parts), so no loader shared with the
 * rest of the operation is primed with them.
 */
import type { LocationSummary__Output } from '../generated/viam/app/v1/LocationSummary.ts';
import type { MachineSummary__Output } from '../generated/viam/app/v1/MachineSummary.ts';
import type { PartSummary__Output } from '../generated/viam/app/v1/PartSummary.ts';
import type { LocationShape, PartShape, RobotShape } from './shapes.ts';

/** Builds a partial object: summary-coverage.ts vouches that only `fields` of it are ever read. */
function partial<T>(fields: Partial<T>): T {
  return { ...fields, fromSummary: true } as T;
}

function toPart(summary: PartSummary__Output, robotId: string, locationId: string): PartShape {
  return partial<PartShape>({
    id: summary.part_id,
    name: summary.part_name,
    main_part: summary.is_main_part,
    online_state: summary.online_state,
    seconds_since_online: summary.seconds_since_online,
    last_access: summary.last_access ?? null,
    robot: robotId,
    location_id: locationId,
  });
}

function toRobot(summary: MachineSummary__Output, locationId: string): RobotShape {
  return partial<RobotShape>({
    id: summary.machine_id,
    name: summary.machine_name,
    location: locationId,
    summaryParts: summary.part_summaries.map((part) => toPart(part, summary.machine_id, locationId)),
  });
}

export function locationFromSummary(summary: LocationSummary__Output): LocationShape {
  return partial<LocationShape>({
    id: summary.location_id,
    name: summary.location_name,
    summaryRobots: summary.machine_summaries.map((machine) => toRobot(machine, summary.location_id)),
  });
}
