/** Locations and their secrets. */
import type { GraphQLContext } from '../gateway/context.ts';
import { clientError } from '../upstream/errors.ts';

export async function listLocations(ctx: GraphQLContext, organizationId: string) {
  return (await ctx.upstream.call('ListLocations', { organization_id: organizationId })).locations;
}

export async function locationAuth(ctx: GraphQLContext, locationId: string) {
  return (await ctx.upstream.call('LocationAuth', { location_id: locationId })).auth;
}

export async function createLocation(ctx: GraphQLContext, input: { organizationId: string; name: string; parentLocationId?: string | null }) {
  const { location } = await ctx.upstream.call('CreateLocation', {
    organization_id: input.organizationId,
    name: input.name,
    ...(input.parentLocationId ? { parent_location_id: input.parentLocationId } : {}),
  });
  return location;
}

/**
 * Only the fields given are changed. `parentLocationId: null` moves the location to the top
 * level (upstream: an empty parent_location_id); leaving it out keeps the parent.
 */
export async function updateLocation(ctx: GraphQLContext, input: { id: string; name?: string | null; parentLocationId?: string | null; region?: string | null }) {
  // Upstream an empty name means "keep the name", so an explicit "" would silently do nothing.
  if (input.name === '') throw clientError('BAD_USER_INPUT', 'name must not be empty; leave it out to keep the name');
  const { location } = await ctx.upstream.call('UpdateLocation', {
    location_id: input.id,
    ...(input.name != null ? { name: input.name } : {}),
    ...(input.parentLocationId !== undefined ? { parent_location_id: input.parentLocationId ?? '' } : {}),
    ...(input.region != null ? { region: input.region } : {}),
  });
  return location;
}

export async function deleteLocation(ctx: GraphQLContext, id: string) {
  await ctx.upstream.call('DeleteLocation', { location_id: id });
  return id;
}

export async function createLocationSecret(ctx: GraphQLContext, locationId: string) {
  return (await ctx.upstream.call('CreateLocationSecret', { location_id: locationId })).auth;
}

export async function deleteLocationSecret(ctx: GraphQLContext, locationId: string, secretId: string) {
  await ctx.upstream.call('DeleteLocationSecret', { location_id: locationId, secret_id: secretId });
  return secretId;
}
