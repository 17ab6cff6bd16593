/** Roles: Viam authorizations on organizations, locations and robots. */
import type { GraphQLContext } from '../gateway/context.ts';
import type { Authorization__Output as Authorization } from '../generated/viam/app/v1/Authorization.ts';

export async function listAuthorizations(ctx: GraphQLContext, organizationId: string, resourceIds: string[]) {
  return (await ctx.upstream.call('ListAuthorizations', { organization_id: organizationId, resource_ids: resourceIds })).authorizations;
}

export async function addRole(ctx: GraphQLContext, authorization: Authorization) {
  await ctx.upstream.call('AddRole', { authorization });
  return authorization;
}

export async function removeRole(ctx: GraphQLContext, authorization: Authorization) {
  await ctx.upstream.call('RemoveRole', { authorization });
  return authorization;
}
