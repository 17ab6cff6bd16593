/** Authorizations (roles) and the mutations that grant and revoke them. */
import { builder } from './builder.ts';
import { AuthorizationRef, OrganizationRef } from './refs.ts';
import { ResourceTypeEnum, RoleEnum } from './enums.ts';
import { AuthorizationInput } from './authorization-input.ts';
import { addRole, authorizationObjectId, authorizationResourceType, changeRole, authorizationRole, organizationAuthorizations, removeRole } from '../resolvers/roles.ts';

AuthorizationRef.implement({
  description: 'A role held by an identity (API key or user) on one resource.',
  fields: (t) => ({
    id: t.id({
      nullable: false,
      description: 'Id of this grant (upstream has none): organization, identity, authorization id and resource; the same role of the same identity on the same resource has the same id everywhere.',
      resolve: authorizationObjectId,
    }),
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: 'OWNER or OPERATOR, read from the authorization id ("<resource type>_<role>").',
      resolve: authorizationRole,
    }),
    resourceType: t.field({
      type: ResourceTypeEnum,
      nullable: true,
      description: 'Kind of resource the role is on.',
      resolve: authorizationResourceType,
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
    resolve: organizationAuthorizations,
  }),
);

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
    resolve: addRole,
  }),
  removeRole: t.field({
    type: AuthorizationRef,
    description: 'Revoke a role; returns the role removed (RemoveRole).',
    args: roleArgs(),
    resolve: removeRole,
  }),
  changeRole: t.field({
    type: AuthorizationRef,
    nullable: false,
    description:
      "Replace one role of an identity with another in one step, e.g. operator to owner; returns the new role (ChangeRole). Either both happen or neither; the organization's last owner cannot step down.",
    args: {
      organizationId: t.arg.id({ required: true, description: 'Organization of both roles.' }),
      from: t.arg({ type: AuthorizationInput, required: true, description: 'The role held now (identityId required).' }),
      to: t.arg({ type: AuthorizationInput, required: true, description: 'The role to hold instead (identityId defaults to from.identityId).' }),
    },
    resolve: changeRole,
  }),
  };
});
