/**
 * Batch functions behind the per-request DataLoaders: the fewest upstream calls for a set of keys.
 * Each returns one result per key, in key order, with an Error in the slot of a key that failed.
 */
import { GraphQLError } from 'graphql';
import type { UpstreamSession } from './session.ts';
import type { Robot__Output } from '../generated/viam/app/v1/Robot.ts';
import type { Location__Output } from '../generated/viam/app/v1/Location.ts';
import type { RobotPart__Output } from '../generated/viam/app/v1/RobotPart.ts';
import type { Organization__Output } from '../generated/viam/app/v1/Organization.ts';
import type { Fragment__Output } from '../generated/viam/app/v1/Fragment.ts';
import type { GetFragmentResponse__Output } from '../generated/viam/app/v1/GetFragmentResponse.ts';
import type { Module__Output } from '../generated/viam/app/v1/Module.ts';
import type { RegistryItem__Output } from '../generated/viam/app/v1/RegistryItem.ts';
import type { ListOrganizationMembersResponse__Output } from '../generated/viam/app/v1/ListOrganizationMembersResponse.ts';
import type { LocationSummary__Output } from '../generated/viam/app/v1/LocationSummary.ts';
import type { Struct__Output } from '../generated/google/protobuf/Struct.ts';

/** Runs `load` for every key, keeping failures per key; session.call bounds how many calls are in flight. */
async function eachKey<K, V>(keys: readonly K[], load: (key: K) => Promise<V>): Promise<(V | Error)[]> {
  const settled = await Promise.allSettled(keys.map((key) => load(key)));
  return settled.map((r) => (r.status === 'fulfilled' ? r.value : r.reason instanceof Error ? r.reason : new Error(String(r.reason))));
}

export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`upstream answered without ${what}`);
  return value;
}

export const loadOrganizations = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Organization__Output>(ids, async (id) => present((await session.call('GetOrganization', { organization_id: id })).organization, 'an organization'));

export const loadLocations = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Location__Output>(ids, async (id) => present((await session.call('GetLocation', { location_id: id })).location, 'a location'));

/** ListLocations of each organization. */
export const loadLocationsByOrganization = (session: UpstreamSession, organizationIds: readonly string[]) =>
  eachKey<string, Location__Output[]>(organizationIds, async (id) => (await session.call('ListLocations', { organization_id: id })).locations);

export const loadRobots = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Robot__Output>(ids, async (id) => present((await session.call('GetRobot', { id })).robot, 'a robot'));

/** GetRobotPart: the part, and its config as the upstream formats it. */
export const loadParts = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, { part: RobotPart__Output; configJson: string }>(ids, async (id) => {
    const { part, config_json: configJson } = await session.call('GetRobotPart', { id });
    return { part: present(part, 'a part'), configJson };
  });

/** GetRobotPart's config_json of each part (for parts that came from other calls). */
export const loadPartConfigJson = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, string>(ids, async (id) => (await session.call('GetRobotPart', { id })).config_json);

/** GetFragment per id; its revisions and tags come along with the fragment. */
export const loadFragments = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Fragment__Output & Pick<GetFragmentResponse__Output, 'revisions' | 'tags'>>(ids, async (id) => {
    const { fragment, revisions, tags } = await session.call('GetFragment', { id });
    return { ...present(fragment, 'a fragment'), revisions, tags };
  });

export const loadModules = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, Module__Output>(ids, async (id) => present((await session.call('GetModule', { module_id: id })).module, 'a module'));

export const loadRegistryItems = (session: UpstreamSession, ids: readonly string[]) =>
  eachKey<string, RegistryItem__Output>(ids, async (id) => present((await session.call('GetRegistryItem', { item_id: id })).item, 'a registry item'));

/** Statuses by which an upstream refuses one id of a batch (gone, not the caller's, malformed); the other ids still deserve an answer. */
const ONE_BAD_ID = new Set(['NOT_FOUND', 'PERMISSION_DENIED', 'INVALID_ARGUMENT']);
const blamesOneId = (error: unknown) => error instanceof GraphQLError && ONE_BAD_ID.has(String(error.extensions.grpcStatus));

/**
 * Robots of many locations in one ListRobotsForLocations call. The batch fails as a whole when
 * one location is refused (e.g. deleted since it was listed), so then each location is asked on
 * its own with ListRobots: only the refused one gets the error, the others their robots.
 */
export async function loadRobotsByLocation(session: UpstreamSession, locationIds: readonly string[]): Promise<(Robot__Output[] | Error)[]> {
  try {
    const { robots } = await session.call('ListRobotsForLocations', { location_ids: [...locationIds] });
    const byLocation = new Map<string, Robot__Output[]>(locationIds.map((id) => [id, []]));
    for (const robot of robots) byLocation.get(robot.location)?.push(robot);
    return locationIds.map((id) => byLocation.get(id)!);
  } catch (error) {
    if (locationIds.length > 1 && blamesOneId(error)) {
      return eachKey(locationIds, async (id) => (await session.call('ListRobots', { location_id: id })).robots);
    }
    return locationIds.map(() => (error instanceof Error ? error : new Error(String(error))));
  }
}

/** Parts of each robot: GetRobotParts per robot (there is no batch RPC), all issued in the same tick. */
export const loadPartsByRobot = (session: UpstreamSession, robotIds: readonly string[]) =>
  eachKey<string, RobotPart__Output[]>(robotIds, async (id) => (await session.call('GetRobotParts', { robot_id: id })).parts);

/** Members and invites of each organization: ListOrganizationMembers per organization. */
export const loadMembers = (session: UpstreamSession, organizationIds: readonly string[]) =>
  eachKey<string, ListOrganizationMembersResponse__Output>(organizationIds, (id) => session.call('ListOrganizationMembers', { organization_id: id }));

/**
 * The fleet tree of each organization from ListMachineSummaries: every location the caller sees
 * (ListLocations order) with its machines and their parts, one call instead of ListLocations,
 * ListRobotsForLocations and GetRobotParts per robot.
 */
export const loadLocationSummaries = (session: UpstreamSession, organizationIds: readonly string[]) =>
  eachKey<string, LocationSummary__Output[]>(organizationIds, async (id) => (await session.call('ListMachineSummaries', { organization_id: id })).location_summaries);

/** What a metadata read answers: its `data` Struct (absent is an empty object). */
type MetadataResponse = { data?: Struct__Output | null };

/**
 * Metadata of each object of one kind: one Get*Metadata per object (Viam has no batch RPC for
 * it), all issued in the same tick, bounded by session.call like GetRobotParts.
 */
export const METADATA_READS = {
  organization: (session: UpstreamSession, id: string): Promise<MetadataResponse> => session.call('GetOrganizationMetadata', { organization_id: id }),
  location: (session: UpstreamSession, id: string): Promise<MetadataResponse> => session.call('GetLocationMetadata', { location_id: id }),
  robot: (session: UpstreamSession, id: string): Promise<MetadataResponse> => session.call('GetRobotMetadata', { id }),
  part: (session: UpstreamSession, id: string): Promise<MetadataResponse> => session.call('GetRobotPartMetadata', { id }),
};
export type MetadataKind = keyof typeof METADATA_READS;

export const loadMetadata = (session: UpstreamSession, kind: MetadataKind, ids: readonly string[]) =>
  eachKey<string, Struct__Output | null>(ids, async (id) => (await METADATA_READS[kind](session, id)).data ?? null);
