/** Creating, changing and deleting organizations, and the organizations a user belongs to. */
import { builder } from './builder.ts';
import { OrganizationOfUserRef, OrganizationRef } from './refs.ts';
import { createOrganization, deleteOrganization, organizationsOfUser, updateOrganization, updateOrganizationNamespace } from '../resolvers/organization-admin.ts';

OrganizationOfUserRef.implement({
  description: 'An organization a user is a member of (ListOrganizationsByUser).',
  fields: (t) => ({
    id: t.exposeID('org_id', { nullable: false, description: 'Organization id.' }),
    name: t.exposeString('org_name', { nullable: false, description: 'Display name.' }),
    cid: t.string({ description: 'Customer id, if one is set.', resolve: (o) => o.org_cid || null }),
    publicNamespace: t.string({ description: 'Public namespace, if one is set.', resolve: (o) => o.public_namespace || null }),
    billingTier: t.string({ description: 'Billing tier, if the upstream reports one.', resolve: (o) => o.billing_tier || null }),
    organization: t.field({ type: OrganizationRef, description: 'The organization itself (GetOrganization).', resolve: (o) => o.org_id }),
  }),
});

builder.queryFields((t) => ({
  organizationsOfUser: t.field({
    type: [OrganizationOfUserRef],
    nullable: false,
    description: "Organizations the user is a member of, among those the caller holds an organization role in (ListOrganizationsByUser).",
    args: { userId: t.arg.id({ required: true, description: 'User id (OrganizationMember.userId).' }) },
    resolve: organizationsOfUser,
  }),
}));

builder.mutationFields((t) => ({
  createOrganization: t.field({
    type: OrganizationRef,
    nullable: false,
    description: "Create an organization; the caller's key becomes its owner (CreateOrganization).",
    args: { name: t.arg.string({ required: true, description: 'Display name.' }) },
    resolve: createOrganization,
  }),
  updateOrganization: t.field({
    type: OrganizationRef,
    nullable: false,
    description: 'Change an organization; only the arguments given change. Owners only (UpdateOrganization).',
    args: {
      id: t.arg.id({ required: true, description: 'Organization to change.' }),
      name: t.arg.string({ description: 'New display name.' }),
      region: t.arg.string({ description: 'New default data region, e.g. us-east-1.' }),
      cid: t.arg.string({ description: 'New customer id; "" clears it.' }),
    },
    resolve: updateOrganization,
  }),
  updateOrganizationNamespace: t.field({
    type: OrganizationRef,
    nullable: false,
    description: 'Set the public namespace: lowercase letters, digits and dashes; ALREADY_EXISTS when taken. Owners only (UpdateOrganizationNamespace).',
    args: {
      id: t.arg.id({ required: true, description: 'Organization to change.' }),
      namespace: t.arg.string({ required: true, description: 'The new namespace.' }),
    },
    resolve: updateOrganizationNamespace,
  }),
  deleteOrganization: t.id({
    nullable: false,
    description: 'Delete an organization without locations, with its keys, invites and authorizations; returns its id. Owners only (DeleteOrganization).',
    args: { id: t.arg.id({ required: true, description: 'Organization to delete.' }) },
    resolve: deleteOrganization,
  }),
}));
