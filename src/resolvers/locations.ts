/** Locations: their organization, robots and secrets, and the mutations that change them. */
import type { GraphQLContext } from '../context.ts';
import { loadLocations, loadRobotsByLocation } from '../upstream/batch.ts';
import { clientError } from '../upstream/errors.ts';
import { operationLoader } from './operation-cache.ts';
import { withChildLoads } from './child-loads.ts';
import { earlyMetadata } from './metadata.ts';
import type { LocationShape } from './shapes.ts';

/** Location by id (GetLocation), for the Location type's loader. */
export const locationsById = (ids: readonly string[], ctx: GraphQLContext) => loadLocations(ctx.upstream, ids);

/** Robots of each location: the locations of one tick in one ListRobotsForLocations call. */
const robotsOf = operationLoader((locationIds: readonly string[], ctx) => loadRobotsByLocation(ctx.upstream, locationIds));

/** `location(id)`: the Location type loads it; its robots and metadata go out in the same wave. */
export const locationById = withChildLoads((_root: unknown, args: { id: string }) => args.id, {
  robots: (ctx, id) => robotsOf(ctx).load(id),
  metadata: earlyMetadata('location'),
});

/** The organization that owns the location: its primary one, else the first. */
export function locationOrganization(l: LocationShape): string | null {
  return l.organizations.find((o) => o.primary)?.organization_id ?? l.organizations[0]?.organization_id ?? null;
}

/** Carried along when the location came from ListMachineSummaries, else ListRobotsForLocations. */
export function locationRobots(l: LocationShape, _args: object, ctx: GraphQLContext) {
  return l.summaryRobots ?? robotsOf(ctx).load(l.id);
}

export async function locationAuth(l: LocationShape, _args: object, ctx: GraphQLContext) {
  return (await ctx.upstream.call('LocationAuth', { location_id: l.id })).auth;
}

export async function createLocation(_root: unknown, args: { organizationId: string; name: string; parentLocationId?: string | null }, ctx: GraphQLContext) {
  const { location } = await ctx.upstream.call('CreateLocation', {
    organization_id: args.organizationId,
    name: args.name,
    ...(args.parentLocationId ? { parent_location_id: args.parentLocationId } : {}),
  });
  return location;
}

/**
 * Only the fields given are changed. `parentLocationId: null` moves the location to the top
 * level (upstream: an empty parent_location_id); leaving it out keeps the parent.
 */
export async function updateLocation(
  _root: unknown,
  args: { id: string; name?: string | null; parentLocationId?: string | null; region?: string | null },
  ctx: GraphQLContext,
) {
  // Upstream an empty name means "keep the name", so an explicit "" would silently do nothing.
  if (args.name === '') throw clientError('BAD_USER_INPUT', 'name must not be empty; leave it out to keep the name');
  const { location } = await ctx.upstream.call('UpdateLocation', {
    location_id: args.id,
    ...(args.name != null ? { name: args.name } : {}),
    ...(args.parentLocationId !== undefined ? { parent_location_id: args.parentLocationId ?? '' } : {}),
    ...(args.region != null ? { region: args.region } : {}),
  });
  return location;
}

export async function deleteLocation(_root: unknown, args: { id: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteLocation', { location_id: args.id });
  return args.id;
}

export async function createLocationSecret(_root: unknown, args: { locationId: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('CreateLocationSecret', { location_id: args.locationId })).auth;
}

export async function deleteLocationSecret(_root: unknown, args: { locationId: string; secretId: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteLocationSecret', { location_id: args.locationId, secret_id: args.secretId });
  return args.secretId;
}
