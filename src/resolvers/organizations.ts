/** Organizations, their members and invites, and namespace availability. */
import type { GraphQLContext } from '../gateway/context.ts';
import type { Authorization } from '../generated/viam/app/v1/Authorization.ts';

export async function listOrganizations(ctx: GraphQLContext) {
  return (await ctx.upstream.call('ListOrganizations', {})).organizations;
}

/** Members and invites come from one upstream call; both fields of a request share it. */
export function organizationMembers(ctx: GraphQLContext, organizationId: string) {
  return ctx.upstream.once(`members:${organizationId}`, () => ctx.upstream.call('ListOrganizationMembers', { organization_id: organizationId }));
}

export async function namespaceAvailable(ctx: GraphQLContext, namespace: string) {
  return (await ctx.upstream.call('GetOrganizationNamespaceAvailability', { public_namespace: namespace })).available;
}

export async function updateInviteAuthorizations(
  ctx: GraphQLContext,
  input: { organizationId: string; email: string; add: Authorization[]; remove: Authorization[] },
) {
  const { invite } = await ctx.upstream.call('UpdateOrganizationInviteAuthorizations', {
    organization_id: input.organizationId,
    email: input.email,
    add_authorizations: input.add,
    remove_authorizations: input.remove,
  });
  return invite;
}
