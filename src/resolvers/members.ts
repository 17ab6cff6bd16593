/** Members and invites: creating, resending and deleting invites, removing members, finding users. */
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context.ts';
import { toAuthorization, type AuthorizationInputShape } from './roles.ts';
import { compositeId } from './object-ids.ts';
import type { OrganizationMember__Output } from '../generated/viam/app/v1/OrganizationMember.ts';

/** A member as the graph shows it: the upstream member and the organization it is a member of. */
export type MemberShape = OrganizationMember__Output & { organizationId: string };

/** A membership is named by its organization and user (a user is a member of several organizations). */
export function memberId(organizationId: string, userId: string): string {
  return compositeId(organizationId, userId);
}

/** An invite is named by its organization and email, matched without regard to case as upstream does. */
export function inviteId(organizationId: string, email: string): string {
  return compositeId(organizationId, email.toLowerCase());
}

/** The invite an upstream answer must carry; an answer without one is an upstream fault, masked as internal. */
function inviteOf<T>(answer: { invite: T | null }, rpc: string): T {
  if (!answer.invite) throw new Error(`upstream ${rpc} answered without an invite`);
  return answer.invite;
}

interface InviteArgs {
  organizationId: string;
  email: string;
}

export async function createOrganizationInvite(
  _root: unknown,
  args: InviteArgs & { authorizations: AuthorizationInputShape[]; sendEmailInvite?: boolean | null },
  ctx: GraphQLContext,
) {
  const answer = await ctx.upstream.call('CreateOrganizationInvite', {
    organization_id: args.organizationId,
    email: args.email,
    authorizations: args.authorizations.map((a) => toAuthorization(args.organizationId, a)),
    ...(args.sendEmailInvite == null ? {} : { send_email_invite: args.sendEmailInvite }),
  });
  return inviteOf(answer, 'CreateOrganizationInvite');
}

export async function resendOrganizationInvite(_root: unknown, args: InviteArgs, ctx: GraphQLContext) {
  return inviteOf(await ctx.upstream.call('ResendOrganizationInvite', { organization_id: args.organizationId, email: args.email }), 'ResendOrganizationInvite');
}

/** Returns the id of the invite deleted (OrganizationInvite.id), for clients to evict. */
export async function deleteOrganizationInvite(_root: unknown, args: InviteArgs, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteOrganizationInvite', { organization_id: args.organizationId, email: args.email });
  return inviteId(args.organizationId, args.email);
}

/** Returns the id of the membership removed (OrganizationMember.id), for clients to evict. */
export async function deleteOrganizationMember(_root: unknown, args: { organizationId: string; userId: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteOrganizationMember', { organization_id: args.organizationId, user_id: args.userId });
  return memberId(args.organizationId, args.userId);
}

/** The user id of an email, or null when the upstream knows no such user (NOT_FOUND). */
export async function userIdByEmail(_root: unknown, args: { email: string }, ctx: GraphQLContext) {
  try {
    return (await ctx.upstream.call('GetUserIDByEmail', { email: args.email })).user_id;
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.grpcStatus === 'NOT_FOUND') return null;
    throw error;
  }
}
