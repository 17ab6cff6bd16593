/** Members and invites: the mutations that invite, resend, uninvite and remove, and user lookup. */
import { builder } from './builder.ts';
import { OrganizationInviteRef } from './refs.ts';
import { AuthorizationInput } from './authorization-input.ts';
import { createOrganizationInvite, deleteOrganizationInvite, deleteOrganizationMember, resendOrganizationInvite, userIdByEmail } from '../resolvers/members.ts';

builder.queryFields((t) => ({
  userIdByEmail: t.id({
    nullable: true,
    description: 'The user id of a member with this email, in the organizations the caller has a role in; null when there is none (GetUserIDByEmail).',
    args: { email: t.arg.string({ required: true, description: 'Email address.' }) },
    resolve: userIdByEmail,
  }),
}));

builder.mutationFields((t) => {
  const inviteArgs = () => ({
    organizationId: t.arg.id({ required: true, description: 'Organization of the invite.' }),
    email: t.arg.string({ required: true, description: 'Email address invited (matched without regard to case).' }),
  });
  return {
    createOrganizationInvite: t.field({
      type: OrganizationInviteRef,
      nullable: false,
      description: 'Invite an email address to the organization with a set of roles; one invite per address (CreateOrganizationInvite).',
      args: {
        ...inviteArgs(),
        authorizations: t.arg({ type: [AuthorizationInput], required: true, description: 'Roles the invitee gets on accepting (identityId is not used).' }),
        sendEmailInvite: t.arg.boolean({ description: 'Whether Viam emails the invite (default true); the embedded fleet server sends no email.' }),
      },
      resolve: createOrganizationInvite,
    }),
    resendOrganizationInvite: t.field({
      type: OrganizationInviteRef,
      nullable: false,
      description: 'Send a pending invite again (ResendOrganizationInvite).',
      args: inviteArgs(),
      resolve: resendOrganizationInvite,
    }),
    deleteOrganizationInvite: t.id({
      nullable: false,
      description: 'Withdraw a pending invite; returns its id (OrganizationInvite.id) so clients can evict it (DeleteOrganizationInvite).',
      args: inviteArgs(),
      resolve: deleteOrganizationInvite,
    }),
    deleteOrganizationMember: t.id({
      nullable: false,
      description: "Remove a member and every role they hold in the organization; returns the membership's id (OrganizationMember.id) so clients can evict it (DeleteOrganizationMember). The organization's last owner cannot be removed.",
      args: {
        organizationId: t.arg.id({ required: true, description: 'Organization to remove the member from.' }),
        userId: t.arg.id({ required: true, description: 'User id of the member (Organization.members.userId).' }),
      },
      resolve: deleteOrganizationMember,
    }),
  };
});
