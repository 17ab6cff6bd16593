/** Sharing a location with other organizations, and who has access to it. */
import type { GraphQLContext } from '../context.ts';
import type { LocationShape } from './shapes.ts';

/** Returns the location's id: the Location loader then reads it as it is after the change. */
export async function shareLocation(_root: unknown, args: { locationId: string; organizationId: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('ShareLocation', { location_id: args.locationId, organization_id: args.organizationId });
  return args.locationId;
}

export async function unshareLocation(_root: unknown, args: { locationId: string; organizationId: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('UnshareLocation', { location_id: args.locationId, organization_id: args.organizationId });
  return args.locationId;
}

export async function organizationsWithAccess(l: LocationShape, _args: object, ctx: GraphQLContext) {
  return (await ctx.upstream.call('GetOrganizationsWithAccessToLocation', { location_id: l.id })).organization_identities;
}
