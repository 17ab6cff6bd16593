/** Organizations: their locations, robots, members and invites, and namespace availability. */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.ts';
import type { Organization__Output } from '../generated/viam/app/v1/Organization.ts';
import { loadLocationsByOrganization, loadMembers, loadOrganizations } from '../upstream/batch.ts';
import { batching, operationLoader } from './operation-cache.ts';
import { answeredByMachineSummaries, locationsAnsweredBySummaries } from './summary-coverage.ts';
import { withChildLoads, type ChildLoad } from './child-loads.ts';
import { earlyMetadata } from './metadata.ts';
import { fleetTreeOf, locationFromSummary } from './machine-summaries.ts';
import { toAuthorization, type AuthorizationInputShape } from './roles.ts';
import type { MemberShape } from './members.ts';
import type { LocationShape } from './shapes.ts';

/** Organization by id (GetOrganization), for the Organization type's loader. */
export const organizationsById = (ids: readonly string[], ctx: GraphQLContext) => loadOrganizations(ctx.upstream, ids);

/** Members and invites come from one ListOrganizationMembers call; both fields share it. */
const membersOf = operationLoader((organizationIds: readonly string[], ctx) => loadMembers(ctx.upstream, organizationIds));

/** ListLocations per organization and operation (the locations field, and its early load). */
const locationsOf = operationLoader((organizationIds: readonly string[], ctx) => loadLocationsByOrganization(ctx.upstream, organizationIds));

/** What an organization's fields need of it besides its id, started together with GetOrganization. */
const ORGANIZATION_CHILD_LOADS: Record<string, ChildLoad> = {
  locations: (ctx, id, nodes, fragments) => (locationsAnsweredBySummaries(nodes, fragments) ? fleetTreeOf(ctx).load(id) : locationsOf(ctx).load(id)),
  members: (ctx, id) => membersOf(ctx).load(id),
  invites: (ctx, id) => membersOf(ctx).load(id),
  metadata: earlyMetadata('organization'),
  // Unfiltered, it is the operation's one ListMachineSummaries (machine-summaries.ts).
  machineSummaries: (ctx, id, nodes) => (nodes.every((n) => !n.arguments?.length) ? fleetTreeOf(ctx).load(id) : undefined),
};

/** `organization(id)`: the Organization type loads it; what its fields need goes out in the same wave. */
export const organizationById = withChildLoads((_root: unknown, args: { id: string }) => args.id, ORGANIZATION_CHILD_LOADS);

export async function organizations(_root: unknown, _args: object, ctx: GraphQLContext) {
  return (await ctx.upstream.call('ListOrganizations', {})).organizations;
}

/** ListLocations; a selection ListMachineSummaries answers alone takes the whole tree from that one call. */
export async function organizationLocations(org: Organization__Output, _args: object, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<LocationShape[]> {
  if (batching() && answeredByMachineSummaries(info)) return (await fleetTreeOf(ctx).load(org.id)).map(locationFromSummary);
  return locationsOf(ctx).load(org.id);
}

export async function organizationRobots(org: Organization__Output, _args: object, ctx: GraphQLContext) {
  return (await ctx.upstream.call('ListRobotsForOrg', { org_id: org.id })).robots;
}

export async function organizationMembers(org: Organization__Output, _args: object, ctx: GraphQLContext): Promise<MemberShape[]> {
  return (await membersOf(ctx).load(org.id)).members.map((member) => ({ ...member, organizationId: org.id }));
}

export async function organizationInvites(org: Organization__Output, _args: object, ctx: GraphQLContext) {
  return (await membersOf(ctx).load(org.id)).invites;
}

export async function organizationNamespaceAvailable(_root: unknown, args: { namespace: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('GetOrganizationNamespaceAvailability', { public_namespace: args.namespace })).available;
}

export async function updateOrganizationInviteAuthorizations(
  _root: unknown,
  args: { organizationId: string; email: string; add?: AuthorizationInputShape[] | null; remove?: AuthorizationInputShape[] | null },
  ctx: GraphQLContext,
) {
  const { invite } = await ctx.upstream.call('UpdateOrganizationInviteAuthorizations', {
    organization_id: args.organizationId,
    email: args.email,
    add_authorizations: (args.add ?? []).map((a) => toAuthorization(args.organizationId, a)),
    remove_authorizations: (args.remove ?? []).map((a) => toAuthorization(args.organizationId, a)),
  });
  return invite;
}
