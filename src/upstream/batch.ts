/**
 * Batch functions behind the per-request DataLoaders: the fewest upstream calls for a set of keys.
 * Each returns one result per key, in key order, with an Error in the slot of a key that failed.
 */
import type { UpstreamSession } from './session.ts';
import type { Robot__Output } from '../generated/viam/app/v1/Robot.ts';
import type { Location__Output } from '../generated/viam/app/v1/Location.ts';
import type { RobotPart__Output } from '../generated/viam/app/v1/RobotPart.ts';
import type { Organization__Output } from '../generated/viam/app/v1/Organization.ts';
import type { Fragment__Output } from '../generated/viam/app/v1/Fragment.ts';
import type { Module__Output } from '../generated/viam/app/v1/Module.ts';

/** Runs `load` for every key (the session bounds how many are in flight), keeping failures per key. */
async function eachKey<K, V>(session: UpstreamSession, keys: readonly K[], load: (key: K) => Promise<V>): Promise<(V | Error)[]> {
  const settled = await Promise.allSettled(keys.map((key) => session.limit(() => load(key))));
  return settled.map((r) => (r.status === 'fulfilled' ? r.value : r.reason instanceof Error ? r.reason : new Error(String(r.reason))));
}

function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`upstream answered without ${what}`);
  return value;
}

export const loadOrganizations = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Organization__Output>(session, ids, async (id) => present((await session.call('GetOrganization', { organization_id: id })).organization, 'an organization'));

export const loadLocations = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Location__Output>(session, ids, async (id) => present((await session.call('GetLocation', { location_id: id })).location, 'a location'));

export const loadRobots = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Robot__Output>(session, ids, async (id) => present((await session.call('GetRobot', { id })).robot, 'a robot'));

export const loadParts = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, RobotPart__Output>(session, ids, async (id) => present((await session.call('GetRobotPart', { id })).part, 'a part'));

export const loadFragments = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Fragment__Output>(session, ids, async (id) => present((await session.call('GetFragment', { id })).fragment, 'a fragment'));

export const loadModules = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Module__Output>(session, ids, async (id) => present((await session.call('GetModule', { module_id: id })).module, 'a module'));

/** Robots of many locations in one ListRobotsForLocations call. */
export async function loadRobotsByLocation(session: UpstreamSession, locationIds: readonly string[]): Promise<(Robot__Output[] | Error)[]> {
  try {
    const { robots } = await session.call('ListRobotsForLocations', { location_ids: [...locationIds] });
    const byLocation = new Map<string, Robot__Output[]>(locationIds.map((id) => [id, []]));
    for (const robot of robots) byLocation.get(robot.location)?.push(robot);
    return locationIds.map((id) => byLocation.get(id)!);
  } catch (error) {
    return locationIds.map(() => error as Error);
  }
}

/** Parts of each robot: GetRobotParts per robot (there is no batch RPC), all issued in the same tick. */
export const loadPartsByRobot = (session: UpstreamSession, robotIds: readonly string[]) =>
  eachKey<string, RobotPart__Output[]>(session, robotIds, async (id) => (await session.call('GetRobotParts', { robot_id: id })).parts);
