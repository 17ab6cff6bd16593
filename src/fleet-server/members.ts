/**
 * Members and invites beyond listing and creating them (organizations.ts): deleting and resending
 * invites, removing members, finding a user by email, and accepting an invite — which Viam does
 * when the person follows the emailed link, and the embedded server does through
 * `fleetgraph invites accept` (src/cli/invites-command.ts).
 */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import { IN_OWN_ORGANIZATION, authorize, grantRole, organizationScope, visibleOrganizationIds } from './access.ts';
import { alreadyExists, notFound } from './errors.ts';
import { requireEmail, requireId } from './validate.ts';
import { inviteMessage, type StoredAuthorization } from './organizations.ts';
import { requireAnotherOwner } from './roles.ts';
import type { DeleteOrganizationInviteRequest__Output } from '../generated/viam/app/v1/DeleteOrganizationInviteRequest.ts';
import type { DeleteOrganizationInviteResponse } from '../generated/viam/app/v1/DeleteOrganizationInviteResponse.ts';
import type { ResendOrganizationInviteRequest__Output } from '../generated/viam/app/v1/ResendOrganizationInviteRequest.ts';
import type { ResendOrganizationInviteResponse } from '../generated/viam/app/v1/ResendOrganizationInviteResponse.ts';
import type { DeleteOrganizationMemberRequest__Output } from '../generated/viam/app/v1/DeleteOrganizationMemberRequest.ts';
import type { DeleteOrganizationMemberResponse } from '../generated/viam/app/v1/DeleteOrganizationMemberResponse.ts';
import type { GetUserIDByEmailRequest__Output } from '../generated/viam/app/v1/GetUserIDByEmailRequest.ts';
import type { GetUserIDByEmailResponse } from '../generated/viam/app/v1/GetUserIDByEmailResponse.ts';

type InviteRow = Parameters<typeof inviteMessage>[0];

function findInvite(db: Db, organizationId: string, email: string): InviteRow {
  const row = db.prepare('SELECT * FROM invites WHERE organization_id = ? AND email = ?').get(organizationId, email) as InviteRow | undefined;
  if (!row) throw notFound(`no invite for ${email} in organization ${organizationId}`);
  return row;
}

/** The organization and email an invite call names, after checking the caller owns the organization. */
function ownedInvite(db: Db, caller: Parameters<typeof authorize>[1], rawOrganizationId: string, rawEmail: string): InviteRow {
  const organizationId = requireId('organization_id', rawOrganizationId);
  authorize(db, caller, 'owner', organizationScope(db, organizationId), IN_OWN_ORGANIZATION);
  return findInvite(db, organizationId, requireEmail('email', rawEmail));
}

/** The user id an email belongs to in any organization, or null: one person, one id across organizations. */
function userIdOf(db: Db, email: string, organizationIds?: string[]): string | null {
  const row = db
    .prepare(`SELECT user_id FROM members WHERE email = ? AND (? IS NULL OR organization_id IN (SELECT value FROM json_each(?))) ORDER BY date_added LIMIT 1`)
    .get(email, organizationIds ? 1 : null, JSON.stringify(organizationIds ?? [])) as { user_id: string } | undefined;
  return row?.user_id ?? null;
}

export interface AcceptedInvite {
  organizationId: string;
  email: string;
  userId: string;
  authorizations: StoredAuthorization[];
}

/**
 * Turns an invite into a member holding the invite's roles, and removes the invite, in one
 * transaction. The person keeps the user id they have in other organizations.
 */
export function acceptInvite(db: Db, organizationId: string, rawEmail: string): AcceptedInvite {
  const email = requireEmail('email', rawEmail);
  return db.transaction(() => {
    organizationScope(db, organizationId);
    const invite = findInvite(db, organizationId, email);
    const userId = userIdOf(db, email) ?? crypto.randomUUID();
    if (db.prepare('SELECT 1 FROM members WHERE organization_id = ? AND user_id = ?').get(organizationId, userId)) {
      throw alreadyExists(`${email} is already a member of organization ${organizationId}`);
    }
    db.prepare('INSERT INTO members (organization_id, user_id, email, date_added) VALUES (?, ?, ?, ?)').run(organizationId, userId, email, Date.now());
    const authorizations = JSON.parse(invite.authorizations) as StoredAuthorization[];
    for (const a of authorizations) {
      grantRole(db, { organizationId, identityId: userId, identityType: 'user', authorizationId: a.authorization_id, resourceType: a.resource_type, resourceId: a.resource_id });
    }
    db.prepare('DELETE FROM invites WHERE organization_id = ? AND email = ?').run(organizationId, email);
    return { organizationId, email, userId, authorizations };
  })();
}

export const memberRpcs: HandlerMap = {
  DeleteOrganizationInvite: appService.unary<DeleteOrganizationInviteRequest__Output, DeleteOrganizationInviteResponse>((request, { db, caller }) => {
    const invite = ownedInvite(db, caller, request.organization_id, request.email);
    db.prepare('DELETE FROM invites WHERE organization_id = ? AND email = ?').run(invite.organization_id, invite.email);
    return {};
  }),

  // The embedded server sends no email (send_email_invite is accepted and has nothing to do); the
  // invite is checked and returned as Viam does.
  ResendOrganizationInvite: appService.unary<ResendOrganizationInviteRequest__Output, ResendOrganizationInviteResponse>((request, { db, caller }) => ({
    invite: inviteMessage(ownedInvite(db, caller, request.organization_id, request.email)),
  })),

  DeleteOrganizationMember: appService.unary<DeleteOrganizationMemberRequest__Output, DeleteOrganizationMemberResponse>((request, { db, caller, fleet }) => {
    const organizationId = requireId('organization_id', request.organization_id);
    authorize(db, caller, 'owner', organizationScope(db, organizationId), IN_OWN_ORGANIZATION);
    const userId = requireId('user_id', request.user_id);
    if (!db.prepare('SELECT 1 FROM members WHERE organization_id = ? AND user_id = ?').get(organizationId, userId)) {
      throw notFound(`user ${userId} is not a member of organization ${organizationId}`);
    }
    const owner = db
      .prepare("SELECT 1 FROM authorizations WHERE organization_id = ? AND identity_id = ? AND authorization_id = 'organization_owner' AND resource_type = 'organization'")
      .get(organizationId, userId);
    // Unreachable while only API keys call (the caller is an owner itself); kept for any caller.
    if (owner) requireAnotherOwner(db, organizationId, userId);
    db.prepare('DELETE FROM authorizations WHERE organization_id = ? AND identity_id = ?').run(organizationId, userId);
    db.prepare('DELETE FROM members WHERE organization_id = ? AND user_id = ?').run(organizationId, userId);
    fleet.revocations.notify();
    return {};
  }),

  // Only members of organizations the caller has a role in are found: an API key cannot probe
  // which addresses exist elsewhere on the server.
  GetUserIDByEmail: appService.unary<GetUserIDByEmailRequest__Output, GetUserIDByEmailResponse>((request, { db, caller }) => {
    const email = requireEmail('email', request.email);
    const userId = userIdOf(db, email, visibleOrganizationIds(db, caller));
    if (!userId) throw notFound(`no user with email ${email} in the organizations this key can see`);
    return { user_id: userId };
  }),
};
