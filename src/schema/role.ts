/** Authorizations (roles) and the mutations that grant and revoke them. */
import { builder } from './builder.ts';
import { AuthorizationRef, OrganizationRef } from './refs.ts';
import { ResourceTypeEnum, RoleEnum } from './enums.ts';
import { AuthorizationInput, toAuthorization } from './authorization-input.ts';
import { addRole, listAuthorizations, removeRole } from '../resolvers/roles.ts';
import { clientError } from '../upstream/errors.ts';

AuthorizationRef.implement({
  description: 'A role held by an identity (API key or user) on one resource.',
  fields: (t) => ({
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: 'OWNER or OPERATOR, read from the authorization id ("<resource type>_<role>").',
      resolve: (a) => {
        const role = a.authorization_id.split('_').at(-1);
        return role === 'owner' || role === 'operator' ? role : null;
      },
    }),
    resourceType: t.field({
      type: ResourceTypeEnum,
      nullable: true,
      description: 'Kind of resource the role is on.',
      resolve: (a) => (['organization', 'location', 'robot'].includes(a.resource_type) ? (a.resource_type as 'organization') : null),
    }),
    authorizationType: t.exposeString('authorization_type', { description: 'Always "role" today.' }),
    authorizationId: t.exposeString('authorization_id', { description: 'Viam authorization id, e.g. "location_owner".' }),
    resourceId: t.exposeID('resource_id', { description: 'Id of the organization, location or robot.' }),
    identityId: t.exposeID('identity_id', { description: 'Who holds the role.' }),
    identityType: t.string({
      description: 'Kind of identity, e.g. "api-key" or "user".',
      // addRole/removeRole echo the input, which does not say; null rather than an empty string.
      resolve: (a) => a.identity_type || null,
    }),
    organizationId: t.exposeID('organization_id', { description: 'Organization the role belongs to.' }),
  }),
});

builder.objectField(OrganizationRef, 'authorizations', (t) =>
  t.field({
    type: [AuthorizationRef],
    description: 'Roles granted in the organization, optionally only those on some resources (ListAuthorizations).',
    args: { resourceIds: t.arg.idList({ description: 'Only roles on these resources.' }) },
    resolve: (org, args, ctx) => listAuthorizations(ctx, org.id, (args.resourceIds ?? []).map(String)),
  }),
);

function authorizationFrom(args: { organizationId: string | number; input: { role: string; resourceType: string; resourceId: string | number; identityId?: string | number | null } }) {
  if (args.input.identityId == null || args.input.identityId === '') throw clientError('BAD_USER_INPUT', 'input.identityId is required');
  return toAuthorization(String(args.organizationId), args.input);
}

builder.mutationFields((t) => {
  const roleArgs = () => ({
    organizationId: t.arg.id({ required: true, description: 'Organization of the resource.' }),
    input: t.arg({ type: AuthorizationInput, required: true, description: 'The role, the resource and who holds it (identityId required).' }),
  });
  return {
  addRole: t.field({
    type: AuthorizationRef,
    description: 'Grant a role to an identity (AddRole).',
    args: roleArgs(),
    resolve: (_root, args, ctx) => addRole(ctx, authorizationFrom(args)),
  }),
  removeRole: t.field({
    type: AuthorizationRef,
    description: 'Revoke a role; returns the role removed (RemoveRole).',
    args: roleArgs(),
    resolve: (_root, args, ctx) => removeRole(ctx, authorizationFrom(args)),
  }),
  };
});
