/**
 * An organization's fleet tree from ListMachineSummaries: one call instead of ListLocations,
 * ListRobotsForLocations and GetRobotParts per robot. The objects made here hold only what a
 * summary says (ids and names; for parts also main part, online state and last access). Each
 * carries its children (a location its robots, a robot its parts), so no loader shared with the
 * rest of the operation is primed with them, and `isFromSummary` keeps them from standing in for
 * an object fetched by id.
 */
import type { UpstreamSession } from './session.ts';
import type { Location__Output } from '../generated/viam/app/v1/Location.ts';
import type { Robot__Output } from '../generated/viam/app/v1/Robot.ts';
import type { RobotPart__Output } from '../generated/viam/app/v1/RobotPart.ts';
import type { LocationSummary__Output } from '../generated/viam/app/v1/LocationSummary.ts';
import type { MachineSummary__Output } from '../generated/viam/app/v1/MachineSummary.ts';
import type { PartSummary__Output } from '../generated/viam/app/v1/PartSummary.ts';

const fromSummary = new WeakSet<object>();
const robotsOfLocation = new WeakMap<object, Robot__Output[]>();
const partsOfRobot = new WeakMap<object, RobotPart__Output[]>();

/** Whether this object was made from a summary (and so lacks most fields of its type). */
export const isFromSummary = (value: object): boolean => fromSummary.has(value);
/** The robots of a location made from a summary; undefined for any other location. */
export const robotsFromSummary = (location: object): Robot__Output[] | undefined => robotsOfLocation.get(location);
/** The parts of a robot made from a summary, main part first; undefined for any other robot. */
export const partsFromSummary = (robot: object): RobotPart__Output[] | undefined => partsOfRobot.get(robot);

/** Builds a partial object: the caller vouches that only `fields` of it are ever read. */
function partial<T>(fields: Partial<T>): T {
  fromSummary.add(fields);
  return fields as T;
}

function toPart(summary: PartSummary__Output, robotId: string, locationId: string): RobotPart__Output {
  return partial<RobotPart__Output>({
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

function toRobot(summary: MachineSummary__Output, locationId: string): Robot__Output {
  const robot = partial<Robot__Output>({ id: summary.machine_id, name: summary.machine_name, location: locationId });
  partsOfRobot.set(robot, summary.part_summaries.map((part) => toPart(part, summary.machine_id, locationId)));
  return robot;
}

function toLocation(summary: LocationSummary__Output): Location__Output {
  const location = partial<Location__Output>({ id: summary.location_id, name: summary.location_name });
  robotsOfLocation.set(location, summary.machine_summaries.map((machine) => toRobot(machine, summary.location_id)));
  return location;
}

/**
 * Batch function: for each organization, every location the caller sees (ListLocations order)
 * with its robots and their parts, from one ListMachineSummaries call; an Error in the slot of an
 * organization whose call failed.
 */
export function loadLocationSummaries(session: UpstreamSession, organizationIds: readonly string[]): Promise<(Location__Output[] | Error)[]> {
  return Promise.all(
    organizationIds.map((id) =>
      session.call('ListMachineSummaries', { organization_id: id }).then(
        ({ location_summaries: locations }) => locations.map(toLocation),
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      ),
    ),
  );
}
