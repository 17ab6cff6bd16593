/**
 * AddRole, RemoveRole and ListAuthorizations over the `authorizations` table. access.ts reads
 * that table on every call, so a change here takes effect on the identity's very next call.
 */
import type { Db } from './db.ts';
import type { ApiKeyCaller } from './auth.ts';
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import { IN_OWN_ORGANIZATION, authorize, grantRole, organizationScope, validateAuthorization, type Scope } from './access.ts';
import { scopeOfResource } from './keys.ts';
import { RpcError, alreadyExists, failedPrecondition, invalidArgument, notFound } from './errors.ts';
import { requireId } from './validate.ts';
import type { Authorization, Authorization__Output } from '../generated/viam/app/v1/Authorization.ts';
import type { AddRoleRequest__Output } from '../generated/viam/app/v1/AddRoleRequest.ts';
import type { AddRoleResponse } from '../generated/viam/app/v1/AddRoleResponse.ts';
import type { RemoveRoleRequest__Output } from '../generated/viam/app/v1/RemoveRoleRequest.ts';
import type { RemoveRoleResponse } from '../generated/viam/app/v1/RemoveRoleResponse.ts';
import type { ListAuthorizationsRequest__Output } from '../generated/viam/app/v1/ListAuthorizationsRequest.ts';
import type { ListAuthorizationsResponse } from '../generated/viam/app/v1/ListAuthorizationsResponse.ts';
import type { ChangeRoleRequest__Output } from '../generated/viam/app/v1/ChangeRoleRequest.ts';
import type { ChangeRoleResponse } from '../generated/viam/app/v1/ChangeRoleResponse.ts';

type IdentityType = 'api-key' | 'user';
const IDENTITY_TYPES: readonly string[] = ['api-key', 'user'];

interface AuthorizationRow {
  organization_id: string;
  identity_id: string;
  identity_type: string;
  authorization_type: string;
  authorization_id: string;
  resource_type: string;
  resource_id: string;
}

interface RoleChange {
  organizationId: string;
  identityId: string;
  authorizationId: string;
  resourceType: string;
  resourceId: string;
  scope: Scope;
}

/**
 * The checks AddRole and RemoveRole share: a valid role on an existing resource, and a caller
 * who owns that resource in its own organization (a share gives no say over roles). Authorization
 * comes before anything is said about the identity.
 */
function roleChange(db: Db, caller: ApiKeyCaller, auth: Authorization__Output | null): RoleChange & { requestedIdentityType: string } {
  if (!auth) throw invalidArgument('authorization is required');
  const grant = validateAuthorization(auth);
  const identityId = requireId('authorization.identity_id', auth.identity_id);
  if (auth.identity_type && !IDENTITY_TYPES.includes(auth.identity_type)) {
    throw invalidArgument(`authorization.identity_type must be one of ${IDENTITY_TYPES.join(', ')}, got ${JSON.stringify(auth.identity_type.slice(0, 40))}`);
  }
  const scope = scopeOfResource(db, grant.resourceType, grant.resourceId);
  authorize(db, caller, 'owner', scope, IN_OWN_ORGANIZATION);
  if (auth.organization_id && auth.organization_id.toLowerCase() !== scope.organizationId) {
    throw invalidArgument('authorization.organization_id is not the organization of authorization.resource_id');
  }
  return {
    organizationId: scope.organizationId,
    identityId,
    authorizationId: grant.authorizationId,
    resourceType: grant.resourceType,
    resourceId: grant.resourceId.toLowerCase(),
    scope,
    requestedIdentityType: auth.identity_type,
  };
}

/**
 * What the identity is to the organization: one of its API keys (minted in it, or already
 * holding a role in it), or one of its members. Identities foreign to the organization are unknown.
 */
function identityTypeIn(db: Db, organizationId: string, identityId: string): IdentityType | null {
  const key = db
    .prepare(
      `SELECT 1 FROM api_keys k WHERE k.id = ?
          AND (k.organization_id = ? OR EXISTS (SELECT 1 FROM authorizations a WHERE a.identity_id = k.id AND a.organization_id = ?))`,
    )
    .get(identityId, organizationId, organizationId);
  if (key) return 'api-key';
  const member = db.prepare('SELECT 1 FROM members WHERE organization_id = ? AND user_id = ?').get(organizationId, identityId);
  return member ? 'user' : null;
}

function findAuthorization(db: Db, change: RoleChange): AuthorizationRow | undefined {
  return db
    .prepare('SELECT * FROM authorizations WHERE identity_id = ? AND authorization_id = ? AND resource_type = ? AND resource_id = ? AND organization_id = ?')
    .get(change.identityId, change.authorizationId, change.resourceType, change.resourceId, change.organizationId) as AuthorizationRow | undefined;
}

/**
 * Refuses (FAILED_PRECONDITION) to take organization_owner away from `identityId` when it is the
 * organization's only owner: nobody could then manage the organization.
 */
export function requireAnotherOwner(db: Db, organizationId: string, identityId: string): void {
  const { others } = db
    .prepare(
      "SELECT count(*) AS others FROM authorizations WHERE organization_id = ? AND authorization_id = 'organization_owner' AND resource_type = 'organization' AND resource_id = ? AND identity_id != ?",
    )
    .get(organizationId, organizationId, identityId) as { others: number };
  if (others === 0) throw failedPrecondition(`${identityId} is the last organization_owner of organization ${organizationId}; add another owner first`);
}

function authorizationMessage(row: AuthorizationRow): Authorization {
  return {
    authorization_type: row.authorization_type,
    authorization_id: row.authorization_id,
    resource_type: row.resource_type,
    resource_id: row.resource_id,
    identity_id: row.identity_id,
    organization_id: row.organization_id,
    identity_type: row.identity_type,
  };
}

/** Runs `check` and names `field` (old_authorization, new_authorization) in any refusal it throws. */
function inField<T>(field: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof RpcError) throw new RpcError(error.code, `${field}: ${error.message}`);
    throw error;
  }
}

/**
 * ChangeRole: one identity's role replaced by another in one transaction (the unary body's), so
 * a refusal leaves the old role in place. Both roles need an owner caller; the new role's
 * identity defaults to the old one's and may not differ.
 */
function changeRole(db: Db, caller: ApiKeyCaller, request: ChangeRoleRequest__Output): void {
  if (!request.old_authorization) throw invalidArgument('old_authorization is required');
  if (!request.new_authorization) throw invalidArgument('new_authorization is required');
  const from = inField('old_authorization', () => roleChange(db, caller, request.old_authorization));
  const to = inField('new_authorization', () =>
    roleChange(db, caller, { ...request.new_authorization!, identity_id: request.new_authorization!.identity_id || from.identityId }),
  );
  if (to.identityId !== from.identityId) throw invalidArgument(`new_authorization.identity_id must be the old one's (${from.identityId}); ChangeRole changes one identity's role`);
  if (to.organizationId !== from.organizationId) throw invalidArgument(`new_authorization must be in organization ${from.organizationId}, like old_authorization`);
  if (to.authorizationId === from.authorizationId && to.resourceId === from.resourceId) {
    throw invalidArgument(`old_authorization and new_authorization are the same role (${from.authorizationId} on ${from.resourceType} ${from.resourceId})`);
  }
  const row = findAuthorization(db, from);
  if (!row) throw notFound(`old_authorization: identity ${from.identityId} holds no ${from.authorizationId} on ${from.resourceType} ${from.resourceId}`);
  if (findAuthorization(db, to)) throw alreadyExists(`new_authorization: identity ${to.identityId} already holds ${to.authorizationId} on ${to.resourceType} ${to.resourceId}`);
  if (from.authorizationId === 'organization_owner') requireAnotherOwner(db, from.organizationId, from.identityId);
  db.prepare('DELETE FROM authorizations WHERE identity_id = ? AND authorization_id = ? AND resource_type = ? AND resource_id = ? AND organization_id = ?').run(
    row.identity_id,
    row.authorization_id,
    row.resource_type,
    row.resource_id,
    row.organization_id,
  );
  grantRole(db, { ...to, identityType: row.identity_type });
}

export const roleRpcs: HandlerMap = {
  AddRole: appService.unary<AddRoleRequest__Output, AddRoleResponse>((request, { db, caller }) => {
    const change = roleChange(db, caller, request.authorization);
    const identityType = identityTypeIn(db, change.organizationId, change.identityId);
    if (!identityType) throw notFound(`identity ${change.identityId} is neither an API key nor a member of organization ${change.organizationId}`);
    if (change.requestedIdentityType && change.requestedIdentityType !== identityType) {
      throw invalidArgument(`authorization.identity_type is ${change.requestedIdentityType}, but identity ${change.identityId} is a ${identityType}`);
    }
    if (findAuthorization(db, change)) {
      throw alreadyExists(`identity ${change.identityId} already holds ${change.authorizationId} on ${change.resourceType} ${change.resourceId}`);
    }
    grantRole(db, { ...change, identityType });
    return {};
  }),

  RemoveRole: appService.unary<RemoveRoleRequest__Output, RemoveRoleResponse>((request, { db, caller, fleet }) => {
    const change = roleChange(db, caller, request.authorization);
    const row = findAuthorization(db, change);
    if (!row) throw notFound(`identity ${change.identityId} holds no ${change.authorizationId} on ${change.resourceType} ${change.resourceId}`);
    if (change.requestedIdentityType && change.requestedIdentityType !== row.identity_type) {
      throw invalidArgument(`authorization.identity_type is ${change.requestedIdentityType}, but identity ${change.identityId} is a ${row.identity_type}`);
    }
    if (change.authorizationId === 'organization_owner') requireAnotherOwner(db, change.organizationId, change.identityId);
    db.prepare('DELETE FROM authorizations WHERE identity_id = ? AND authorization_id = ? AND resource_type = ? AND resource_id = ? AND organization_id = ?').run(
      change.identityId,
      change.authorizationId,
      change.resourceType,
      change.resourceId,
      change.organizationId,
    );
    // Open log tails of the identity end now, not at their next periodic re-check.
    fleet.revocations.notify();
    return {};
  }),

  ChangeRole: appService.unary<ChangeRoleRequest__Output, ChangeRoleResponse>((request, { db, caller, fleet }) => {
    changeRole(db, caller, request);
    // The old role may have been what an open log tail relied on.
    fleet.revocations.notify();
    return {};
  }),

  ListAuthorizations: appService.unary<ListAuthorizationsRequest__Output, ListAuthorizationsResponse>((request, { db, caller }) => {
    const organizationId = requireId('organization_id', request.organization_id);
    authorize(db, caller, 'operator', organizationScope(db, organizationId));
    const resourceIds = request.resource_ids.map((id, i) => requireId(`resource_ids[${i}]`, id));
    const rows = db
      .prepare(
        `SELECT * FROM authorizations
          WHERE organization_id = ? AND (? = 0 OR resource_id IN (SELECT value FROM json_each(?)))
          ORDER BY resource_type, resource_id, authorization_id, identity_id`,
      )
      .all(organizationId, resourceIds.length, JSON.stringify(resourceIds)) as AuthorizationRow[];
    return { authorizations: rows.map(authorizationMessage) };
  }),
};
