/** Creating, changing and deleting organizations, and the organizations a user belongs to. */
import type { GraphQLContext } from '../context.ts';
import { clientError } from '../upstream/errors.ts';
import { present } from '../upstream/batch.ts';

export async function createOrganization(_root: unknown, args: { name: string }, ctx: GraphQLContext) {
  return present((await ctx.upstream.call('CreateOrganization', { name: args.name })).organization, 'an organization');
}

/** Only the arguments given change; upstream an absent optional field means "keep". */
export async function updateOrganization(
  _root: unknown,
  args: { id: string; name?: string | null; region?: string | null; cid?: string | null },
  ctx: GraphQLContext,
) {
  if (args.name == null && args.region == null && args.cid == null) throw clientError('BAD_USER_INPUT', 'give at least one of name, region, cid');
  const { organization } = await ctx.upstream.call('UpdateOrganization', {
    organization_id: args.id,
    ...(args.name != null ? { name: args.name } : {}),
    ...(args.region != null ? { region: args.region } : {}),
    ...(args.cid != null ? { cid: args.cid } : {}),
  });
  return present(organization, 'an organization');
}

export async function updateOrganizationNamespace(_root: unknown, args: { id: string; namespace: string }, ctx: GraphQLContext) {
  return present((await ctx.upstream.call('UpdateOrganizationNamespace', { organization_id: args.id, new_public_namespace: args.namespace })).organization, 'an organization');
}

export async function deleteOrganization(_root: unknown, args: { id: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteOrganization', { organization_id: args.id });
  return args.id;
}

export async function organizationsOfUser(_root: unknown, args: { userId: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('ListOrganizationsByUser', { user_id: args.userId })).orgs;
}
