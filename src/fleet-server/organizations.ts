/** Organizations, their members and invites, and public namespaces. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { HandlerMap, OrganizationLimits } from './rpc.ts';
import type { ApiKeyCaller } from './auth.ts';
import { appService } from './rpc.ts';
import { IN_OWN_ORGANIZATION, authorize, grantRole, grantsOf, organizationScope, requireVisibleOrganization, validateAuthorization, visibleOrganizationIds } from './access.ts';
import { scopeOfResource } from './keys.ts';
import { alreadyExists, invalidArgument, notFound, permissionDenied, resourceExhausted } from './errors.ts';
import { isValidNamespace, requireEmail, requireId, requireName } from './validate.ts';
import { organizationMessage, type OrganizationRow } from './records.ts';
import { toTimestamp } from '../wire/struct.ts';
import type { Authorization } from '../generated/viam/app/v1/Authorization.ts';
import type { OrganizationInvite } from '../generated/viam/app/v1/OrganizationInvite.ts';
import type { ListOrganizationsResponse } from '../generated/viam/app/v1/ListOrganizationsResponse.ts';
import type { GetOrganizationRequest__Output } from '../generated/viam/app/v1/GetOrganizationRequest.ts';
import type { GetOrganizationResponse } from '../generated/viam/app/v1/GetOrganizationResponse.ts';
import type { CreateOrganizationRequest__Output } from '../generated/viam/app/v1/CreateOrganizationRequest.ts';
import type { CreateOrganizationResponse } from '../generated/viam/app/v1/CreateOrganizationResponse.ts';
import type { ListOrganizationMembersRequest__Output } from '../generated/viam/app/v1/ListOrganizationMembersRequest.ts';
import type { ListOrganizationMembersResponse } from '../generated/viam/app/v1/ListOrganizationMembersResponse.ts';
import type { CreateOrganizationInviteRequest__Output } from '../generated/viam/app/v1/CreateOrganizationInviteRequest.ts';
import type { CreateOrganizationInviteResponse } from '../generated/viam/app/v1/CreateOrganizationInviteResponse.ts';
import type { UpdateOrganizationInviteAuthorizationsRequest__Output } from '../generated/viam/app/v1/UpdateOrganizationInviteAuthorizationsRequest.ts';
import type { UpdateOrganizationInviteAuthorizationsResponse } from '../generated/viam/app/v1/UpdateOrganizationInviteAuthorizationsResponse.ts';
import type { GetOrganizationNamespaceAvailabilityRequest__Output } from '../generated/viam/app/v1/GetOrganizationNamespaceAvailabilityRequest.ts';
import type { GetOrganizationNamespaceAvailabilityResponse } from '../generated/viam/app/v1/GetOrganizationNamespaceAvailabilityResponse.ts';

export function insertOrganization(db: Db, name: string, publicNamespace: string | null = null): OrganizationRow {
  const row: OrganizationRow = { id: crypto.randomUUID(), name, public_namespace: publicNamespace, default_region: 'us-east-1', cid: null, created_on: Date.now() };
  db.prepare('INSERT INTO organizations (id, name, public_namespace, default_region, cid, created_on) VALUES (@id, @name, @public_namespace, @default_region, @cid, @created_on)').run(row);
  return row;
}

function getOrganizationRow(db: Db, id: string): OrganizationRow {
  const row = db.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as OrganizationRow | undefined;
  if (!row) throw notFound(`organization ${id} not found`);
  return row;
}

export type StoredAuthorization = Required<Pick<Authorization, 'authorization_type' | 'authorization_id' | 'resource_type' | 'resource_id' | 'organization_id'>>;

/** Validates invite authorizations: real roles on resources of this organization. */
export function inviteAuthorizations(db: Db, organizationId: string, field: string, list: Authorization[]): StoredAuthorization[] {
  return list.map((auth) => {
    let grant;
    try {
      grant = validateAuthorization(auth);
    } catch (error) {
      throw invalidArgument(`${field}: ${(error as Error).message}`);
    }
    const scope = scopeOfResource(db, grant.resourceType, grant.resourceId);
    if (scope.organizationId !== organizationId) throw invalidArgument(`${field}: resource ${grant.resourceId} is not in organization ${organizationId}`);
    return { authorization_type: 'role', authorization_id: grant.authorizationId, resource_type: grant.resourceType, resource_id: grant.resourceId, organization_id: organizationId };
  });
}

export const authKey = (a: StoredAuthorization) => `${a.authorization_id}|${a.resource_type}|${a.resource_id}`;

export function inviteMessage(row: { organization_id: string; email: string; created_on: number; authorizations: string }): OrganizationInvite {
  return { organization_id: row.organization_id, email: row.email, created_on: toTimestamp(row.created_on), authorizations: JSON.parse(row.authorizations) as Authorization[] };
}

export const DEFAULT_ORGANIZATION_LIMITS: OrganizationLimits = { perKey: 10, total: 1000 };

/**
 * Who may create an organization: an API key that owns an organization (organization_owner),
 * owning fewer than `perKey` of them, on a server holding fewer than `total`. Viam lets users,
 * not keys, create organizations; a key that owns one is the closest we have to such a user.
 */
function requireMayCreateOrganization(db: Db, caller: ApiKeyCaller, limits: OrganizationLimits): void {
  const owned = grantsOf(db, caller).filter((g) => g.authorization_id === 'organization_owner' && g.resource_type === 'organization').length;
  if (owned === 0) throw permissionDenied('creating an organization needs an API key with organization_owner on an organization');
  if (owned >= limits.perKey) throw resourceExhausted(`this key already owns ${owned} organizations; the limit is ${limits.perKey} per key (--max-organizations-per-key)`);
  const total = (db.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number }).n;
  if (total >= limits.total) throw resourceExhausted(`the server holds ${total} organizations; the limit is ${limits.total} (--max-organizations)`);
}

export const organizationRpcs: HandlerMap = {
  ListOrganizations: appService.unary<unknown, ListOrganizationsResponse>((_request, { db, caller }) => {
    const ids = visibleOrganizationIds(db, caller);
    const rows = ids.map((id) => db.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as OrganizationRow | undefined).filter((r) => r !== undefined);
    rows.sort((a, b) => a.created_on - b.created_on || a.id.localeCompare(b.id));
    return { organizations: rows.map(organizationMessage) };
  }),

  GetOrganization: appService.unary<GetOrganizationRequest__Output, GetOrganizationResponse>((request, { db, caller }) => {
    const id = requireId('organization_id', request.organization_id);
    const row = getOrganizationRow(db, id);
    requireVisibleOrganization(db, caller, id);
    return { organization: organizationMessage(row) };
  }),

  CreateOrganization: appService.unary<CreateOrganizationRequest__Output, CreateOrganizationResponse>((request, { db, caller, fleet }) => {
    const name = requireName('name', request.name);
    requireMayCreateOrganization(db, caller, fleet.options.organizationLimits);
    const row = insertOrganization(db, name);
    // The creator owns what it created.
    grantRole(db, {
      organizationId: row.id,
      identityId: caller.keyId,
      identityType: 'api-key',
      authorizationId: 'organization_owner',
      resourceType: 'organization',
      resourceId: row.id,
    });
    return { organization: organizationMessage(row) };
  }),

  ListOrganizationMembers: appService.unary<ListOrganizationMembersRequest__Output, ListOrganizationMembersResponse>((request, { db, caller }) => {
    const id = requireId('organization_id', request.organization_id);
    authorize(db, caller, 'operator', organizationScope(db, id));
    const members = db.prepare('SELECT * FROM members WHERE organization_id = ? ORDER BY date_added, user_id').all(id) as {
      user_id: string;
      email: string;
      date_added: number;
      last_login: number | null;
    }[];
    const invites = db.prepare('SELECT * FROM invites WHERE organization_id = ? ORDER BY created_on, email').all(id) as Parameters<typeof inviteMessage>[0][];
    return {
      organization_id: id,
      members: members.map((m) => ({
        user_id: m.user_id,
        emails: [m.email],
        date_added: toTimestamp(m.date_added),
        ...(m.last_login === null ? {} : { last_login: toTimestamp(m.last_login) }),
      })),
      invites: invites.map(inviteMessage),
    };
  }),

  CreateOrganizationInvite: appService.unary<CreateOrganizationInviteRequest__Output, CreateOrganizationInviteResponse>((request, { db, caller }) => {
    const id = requireId('organization_id', request.organization_id);
    authorize(db, caller, 'owner', organizationScope(db, id), IN_OWN_ORGANIZATION);
    const email = requireEmail('email', request.email);
    if (request.authorizations.length === 0) throw invalidArgument('authorizations must not be empty');
    const auths = inviteAuthorizations(db, id, 'authorizations', request.authorizations);
    if (db.prepare('SELECT 1 FROM invites WHERE organization_id = ? AND email = ?').get(id, email)) {
      throw alreadyExists(`an invite for ${email} already exists in organization ${id}`);
    }
    if (db.prepare('SELECT 1 FROM members WHERE organization_id = ? AND email = ?').get(id, email)) {
      throw alreadyExists(`${email} is already a member of organization ${id}`);
    }
    const row = { organization_id: id, email, created_on: Date.now(), authorizations: JSON.stringify(auths) };
    db.prepare('INSERT INTO invites (organization_id, email, created_on, authorizations) VALUES (@organization_id, @email, @created_on, @authorizations)').run(row);
    return { invite: inviteMessage(row) };
  }),

  UpdateOrganizationInviteAuthorizations: appService.unary<UpdateOrganizationInviteAuthorizationsRequest__Output, UpdateOrganizationInviteAuthorizationsResponse>(
    (request, { db, caller }) => {
      const id = requireId('organization_id', request.organization_id);
      authorize(db, caller, 'owner', organizationScope(db, id), IN_OWN_ORGANIZATION);
      const email = request.email.trim().toLowerCase();
      const row = db.prepare('SELECT * FROM invites WHERE organization_id = ? AND email = ?').get(id, email) as Parameters<typeof inviteMessage>[0] | undefined;
      if (!row) throw notFound(`no invite for ${JSON.stringify(email)} in organization ${id}`);
      if (request.add_authorizations.length === 0 && request.remove_authorizations.length === 0) {
        throw invalidArgument('add_authorizations or remove_authorizations must not be empty');
      }
      const current = new Map((JSON.parse(row.authorizations) as StoredAuthorization[]).map((a) => [authKey(a), a]));
      for (const a of inviteAuthorizations(db, id, 'remove_authorizations', request.remove_authorizations)) {
        if (!current.delete(authKey(a))) throw invalidArgument(`remove_authorizations: the invite has no ${a.authorization_id} on ${a.resource_id}`);
      }
      for (const a of inviteAuthorizations(db, id, 'add_authorizations', request.add_authorizations)) current.set(authKey(a), a);
      if (current.size === 0) throw invalidArgument('an invite must keep at least one authorization');
      const updated = { ...row, authorizations: JSON.stringify([...current.values()]) };
      db.prepare('UPDATE invites SET authorizations = ? WHERE organization_id = ? AND email = ?').run(updated.authorizations, id, email);
      return { invite: inviteMessage(updated) };
    },
  ),

  GetOrganizationNamespaceAvailability: appService.unary<GetOrganizationNamespaceAvailabilityRequest__Output, GetOrganizationNamespaceAvailabilityResponse>(
    (request, { db }) => {
      const namespace = request.public_namespace;
      if (!isValidNamespace(namespace)) {
        throw invalidArgument('public_namespace must be lowercase letters, digits and dashes, starting with a letter');
      }
      const taken = db.prepare('SELECT 1 FROM organizations WHERE public_namespace = ?').get(namespace);
      return { available: !taken };
    },
  ),
};
