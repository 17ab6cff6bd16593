/** Organization: the root of a fleet, with its locations, robots, members and invites. */
import { builder } from './builder.ts';
import { AuthorizationRef, LocationRef, OrganizationInviteRef, OrganizationMemberRef, OrganizationRef, RobotRef } from './refs.ts';
import { fromTimestamp } from '../wire/struct.ts';
import { inviteId, memberId } from '../resolvers/members.ts';
import {
  organizationInvites,
  organizationLocations,
  organizationMembers,
  organizationById,
  organizationNamespaceAvailable,
  organizationRobots,
  organizations,
  updateOrganizationInviteAuthorizations,
} from '../resolvers/organizations.ts';
import { AuthorizationInput } from './authorization-input.ts';

OrganizationRef.implement({
  description: 'An organization: the owner of locations, robots, fragments and modules.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Organization id (UUID).' }),
    name: t.exposeString('name', { nullable: false, description: 'Display name.' }),
    publicNamespace: t.string({
      description: 'Public namespace used in module ids ("<namespace>:<module>"), if one is set.',
      resolve: (org) => org.public_namespace || null,
    }),
    defaultRegion: t.exposeString('default_region', { description: 'Default data region.' }),
    createdOn: t.field({ type: 'DateTime', description: 'When the organization was created.', resolve: (org) => fromTimestamp(org.created_on) }),
    locations: t.field({
      type: [LocationRef],
      description:
        'Locations of the organization that the caller can see (ListLocations). Asked only for ids, names, robots and their parts with online state, the whole tree comes from one ListMachineSummaries call.',
      resolve: organizationLocations,
    }),
    robots: t.field({
      type: [RobotRef],
      description: 'Every robot of the organization that the caller can see (ListRobotsForOrg).',
      resolve: organizationRobots,
    }),
    members: t.field({
      type: [OrganizationMemberRef],
      description: 'Members of the organization (ListOrganizationMembers).',
      resolve: organizationMembers,
    }),
    invites: t.field({
      type: [OrganizationInviteRef],
      description: 'Pending invitations (ListOrganizationMembers).',
      resolve: organizationInvites,
    }),
  }),
});

OrganizationMemberRef.implement({
  description: 'A user who belongs to an organization.',
  fields: (t) => ({
    id: t.id({
      nullable: false,
      description: 'Id of this membership: its organization and user id (a user in two organizations is two members). `deleteOrganizationMember` returns it.',
      resolve: (m) => memberId(m.organizationId, m.user_id),
    }),
    userId: t.exposeID('user_id', { nullable: false, description: 'User id.' }),
    emails: t.exposeStringList('emails', { nullable: false, description: 'Email addresses of the user.' }),
    dateAdded: t.field({ type: 'DateTime', description: 'When the user joined.', resolve: (m) => fromTimestamp(m.date_added) }),
    lastLogin: t.field({ type: 'DateTime', description: 'Last login, if known.', resolve: (m) => fromTimestamp(m.last_login) }),
    lastAccess: t.field({ type: 'DateTime', description: 'Last access, if known.', resolve: (m) => fromTimestamp(m.last_access) }),
  }),
});

OrganizationInviteRef.implement({
  description: 'An invitation to join an organization with a set of authorizations.',
  fields: (t) => ({
    id: t.id({
      nullable: false,
      description: 'Id of this invite: its organization and email (one invite per address). `deleteOrganizationInvite` returns it.',
      resolve: (i) => inviteId(i.organization_id, i.email),
    }),
    organizationId: t.exposeID('organization_id', { nullable: false, description: 'Organization the invite is for.' }),
    email: t.exposeString('email', { nullable: false, description: 'Invited email address.' }),
    createdOn: t.field({ type: 'DateTime', description: 'When the invite was sent.', resolve: (i) => fromTimestamp(i.created_on) }),
    authorizations: t.field({
      type: [AuthorizationRef],
      nullable: false,
      description: 'Roles the invitee receives on joining.',
      resolve: (i) => i.authorizations,
    }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.field({
    type: [OrganizationRef],
    description: 'Organizations the caller belongs to (ListOrganizations).',
    resolve: organizations,
  }),
  organization: t.field({
    type: OrganizationRef,
    description: 'One organization by id (GetOrganization).',
    args: { id: t.arg.id({ required: true, description: 'Organization id.' }) },
    resolve: organizationById,
  }),
  organizationNamespaceAvailable: t.boolean({
    description: 'Whether a public namespace is still free (GetOrganizationNamespaceAvailability).',
    args: { namespace: t.arg.string({ required: true, description: 'Namespace to check: lowercase letters, digits and dashes.' }) },
    resolve: organizationNamespaceAvailable,
  }),
}));

builder.mutationFields((t) => ({
  updateOrganizationInviteAuthorizations: t.field({
    type: OrganizationInviteRef,
    description: 'Add roles to and remove roles from a pending invite (UpdateOrganizationInviteAuthorizations).',
    args: {
      organizationId: t.arg.id({ required: true, description: 'Organization of the invite.' }),
      email: t.arg.string({ required: true, description: 'Email address the invite was sent to.' }),
      add: t.arg({ type: [AuthorizationInput], description: 'Roles to add.' }),
      remove: t.arg({ type: [AuthorizationInput], description: 'Roles to remove.' }),
    },
    resolve: updateOrganizationInviteAuthorizations,
  }),
}));
