/** Organization: the root of a fleet, with its locations, robots, members and invites. */
import { builder } from './builder.ts';
import { AuthorizationRef, LocationRef, OrganizationInviteRef, OrganizationMemberRef, OrganizationRef, RobotRef } from './refs.ts';
import { fromTimestamp } from '../wire/struct.ts';
import { listOrganizations, namespaceAvailable, organizationMembers, updateInviteAuthorizations } from '../resolvers/organizations.ts';
import { listLocations } from '../resolvers/locations.ts';
import { listRobotsForOrganization } from '../resolvers/robots.ts';
import { AuthorizationInput, toAuthorization } from './authorization-input.ts';
import { changed } from './refresh.ts';
import { answeredByMachineSummaries } from './summary-coverage.ts';
import { operationLoader } from './loaders.ts';
import { loadLocationSummaries } from '../upstream/summaries.ts';

/** An organization's locations with their robots and parts, from ListMachineSummaries; once per operation, forgotten after a mutation. */
const locationSummaries = operationLoader((organizationIds: readonly string[], ctx) => loadLocationSummaries(ctx.upstream, organizationIds));

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
      resolve: (org, _args, ctx, info) => (ctx.batching && answeredByMachineSummaries(info) ? locationSummaries(ctx).load(org.id) : listLocations(ctx, org.id)),
    }),
    robots: t.field({
      type: [RobotRef],
      description: 'Every robot of the organization that the caller can see (ListRobotsForOrg).',
      resolve: (org, _args, ctx) => listRobotsForOrganization(ctx, org.id),
    }),
    members: t.field({
      type: [OrganizationMemberRef],
      description: 'Members of the organization (ListOrganizationMembers).',
      resolve: async (org, _args, ctx) => (await organizationMembers(ctx, org.id)).members,
    }),
    invites: t.field({
      type: [OrganizationInviteRef],
      description: 'Pending invitations (ListOrganizationMembers).',
      resolve: async (org, _args, ctx) => (await organizationMembers(ctx, org.id)).invites,
    }),
  }),
});

OrganizationMemberRef.implement({
  description: 'A user who belongs to an organization.',
  fields: (t) => ({
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
    resolve: (_root, _args, ctx) => listOrganizations(ctx),
  }),
  organization: t.field({
    type: OrganizationRef,
    description: 'One organization by id (GetOrganization).',
    args: { id: t.arg.id({ required: true, description: 'Organization id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
  organizationNamespaceAvailable: t.boolean({
    description: 'Whether a public namespace is still free (GetOrganizationNamespaceAvailability).',
    args: { namespace: t.arg.string({ required: true, description: 'Namespace to check: lowercase letters, digits and dashes.' }) },
    resolve: (_root, args, ctx) => namespaceAvailable(ctx, args.namespace),
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
    resolve: async (_root, args, ctx) =>
      changed(
        ctx,
        await updateInviteAuthorizations(ctx, {
          organizationId: String(args.organizationId),
          email: args.email,
          add: (args.add ?? []).map((a) => toAuthorization(String(args.organizationId), a)),
          remove: (args.remove ?? []).map((a) => toAuthorization(String(args.organizationId), a)),
        }),
      ),
  }),
}));
