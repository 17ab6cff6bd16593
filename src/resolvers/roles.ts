/** Roles: Viam authorizations on organizations, locations and robots. */
import type { GraphQLContext } from '../context.ts';
import type { Authorization__Output as Authorization } from '../generated/viam/app/v1/Authorization.ts';
import type { Organization__Output } from '../generated/viam/app/v1/Organization.ts';
import { clientError } from '../upstream/errors.ts';
import { compositeId } from './object-ids.ts';

/** AuthorizationInput as GraphQL parses it. */
export interface AuthorizationInputShape {
  role: string;
  resourceType: string;
  resourceId: string;
  identityId?: string | null;
}

/** Viam's convention: authorization_type "role", authorization_id "<resource_type>_<role>". */
export function toAuthorization(organizationId: string, input: AuthorizationInputShape): Authorization {
  return {
    authorization_type: 'role',
    authorization_id: `${input.resourceType}_${input.role}`,
    resource_type: input.resourceType,
    resource_id: input.resourceId,
    identity_id: input.identityId ?? '',
    identity_type: '',
    organization_id: organizationId,
  };
}

/** The role of an addRole/removeRole: like an invite's, but someone must hold it. */
function roleOf(args: { organizationId: string; input: AuthorizationInputShape }): Authorization {
  if (args.input.identityId == null || args.input.identityId === '') throw clientError('BAD_USER_INPUT', 'input.identityId is required');
  return toAuthorization(args.organizationId, args.input);
}

export async function organizationAuthorizations(org: Organization__Output, args: { resourceIds?: string[] | null }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('ListAuthorizations', { organization_id: org.id, resource_ids: args.resourceIds ?? [] })).authorizations;
}

/** addRole and removeRole echo the role they were given (the upstream answers nothing more). */
export async function addRole(_root: unknown, args: { organizationId: string; input: AuthorizationInputShape }, ctx: GraphQLContext) {
  const authorization = roleOf(args);
  await ctx.upstream.call('AddRole', { authorization });
  return authorization;
}

export async function removeRole(_root: unknown, args: { organizationId: string; input: AuthorizationInputShape }, ctx: GraphQLContext) {
  const authorization = roleOf(args);
  await ctx.upstream.call('RemoveRole', { authorization });
  return authorization;
}

/**
 * changeRole: `from` must name who holds it; `to` is for the same identity (its identityId may be
 * left out). Returns the new role.
 */
export async function changeRole(_root: unknown, args: { organizationId: string; from: AuthorizationInputShape; to: AuthorizationInputShape }, ctx: GraphQLContext) {
  const from = roleOf({ organizationId: args.organizationId, input: args.from });
  const to = toAuthorization(args.organizationId, { ...args.to, identityId: args.to.identityId || from.identity_id });
  await ctx.upstream.call('ChangeRole', { old_authorization: from, new_authorization: to });
  return to;
}

/** OWNER or OPERATOR, read from the authorization id ("<resource type>_<role>"). */
export function authorizationRole(a: Authorization): 'owner' | 'operator' | null {
  const role = a.authorization_id.split('_').at(-1);
  return role === 'owner' || role === 'operator' ? role : null;
}

/** A grant is named by what it grants: organization, identity, authorization id and resource. */
export function authorizationObjectId(a: Authorization): string {
  return compositeId(a.organization_id, a.identity_id, a.authorization_id, a.resource_type, a.resource_id);
}

export function authorizationResourceType(a: Authorization): 'organization' | 'location' | 'robot' | null {
  return a.resource_type === 'organization' || a.resource_type === 'location' || a.resource_type === 'robot' ? a.resource_type : null;
}
