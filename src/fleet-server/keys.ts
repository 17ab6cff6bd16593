/**
 * API keys: minted by the CLI, the demo seed and `CreateKey`/`CreateKeyFromExistingKeyAuthorizations`;
 * listed by `ListKeys` and `GetRobotAPIKeys`; renamed, rotated and deleted by their RPCs. A key's
 * secret is shown once, when it is made, and stored only as a hash. A key never grants more than
 * its maker owns, and only owners of everything a key may do manage it — owners in the resource's
 * own organization: a location shared with another organization gives that one no say over keys
 * (`IN_OWN_ORGANIZATION`), so no key it made or changed there outlives the share.
 */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import { hashSecret, randomSecret, type ApiKeyCaller } from './auth.ts';
import { IN_OWN_ORGANIZATION, grantRole, organizationScope, roleFor, validateAuthorization, locationScope, robotScope, type Scope } from './access.ts';
import { RpcError, failedPrecondition, invalidArgument, notFound, permissionDenied } from './errors.ts';
import { NAME_MAX, requireId, requireMaxItems, requireName } from './validate.ts';
import { toTimestamp } from '../wire/struct.ts';
import { status } from '@grpc/grpc-js';
import type { APIKeyWithAuthorizations } from '../generated/viam/app/v1/APIKeyWithAuthorizations.ts';
import type { CreateKeyRequest__Output } from '../generated/viam/app/v1/CreateKeyRequest.ts';
import type { CreateKeyResponse } from '../generated/viam/app/v1/CreateKeyResponse.ts';
import type { ListKeysRequest__Output } from '../generated/viam/app/v1/ListKeysRequest.ts';
import type { ListKeysResponse } from '../generated/viam/app/v1/ListKeysResponse.ts';
import type { DeleteKeyRequest__Output } from '../generated/viam/app/v1/DeleteKeyRequest.ts';
import type { DeleteKeyResponse } from '../generated/viam/app/v1/DeleteKeyResponse.ts';
import type { RotateKeyRequest__Output } from '../generated/viam/app/v1/RotateKeyRequest.ts';
import type { RotateKeyResponse } from '../generated/viam/app/v1/RotateKeyResponse.ts';
import type { RenameKeyRequest__Output } from '../generated/viam/app/v1/RenameKeyRequest.ts';
import type { RenameKeyResponse } from '../generated/viam/app/v1/RenameKeyResponse.ts';
import type { CreateKeyFromExistingKeyAuthorizationsRequest__Output } from '../generated/viam/app/v1/CreateKeyFromExistingKeyAuthorizationsRequest.ts';
import type { CreateKeyFromExistingKeyAuthorizationsResponse } from '../generated/viam/app/v1/CreateKeyFromExistingKeyAuthorizationsResponse.ts';
import type { GetRobotAPIKeysRequest__Output } from '../generated/viam/app/v1/GetRobotAPIKeysRequest.ts';
import type { GetRobotAPIKeysResponse } from '../generated/viam/app/v1/GetRobotAPIKeysResponse.ts';

/** Most authorizations one CreateKey may give a key. */
export const MAX_KEY_AUTHORIZATIONS = 100;

export interface KeyGrant {
  authorizationId: string;
  resourceType: string;
  resourceId: string;
}

export interface MintedKey {
  id: string;
  key: string;
}

interface KeyRow {
  id: string;
  name: string;
  organization_id: string;
  created_on: number;
}

interface KeyGrantRow {
  authorization_id: string;
  resource_type: string;
  resource_id: string;
  organization_id: string;
}

/** Stores a new key (hash only) with its authorizations and returns the key once, in clear. */
export function createApiKey(db: Db, organizationId: string, name: string, grants: KeyGrant[]): MintedKey {
  const id = crypto.randomUUID();
  const key = randomSecret(32);
  db.prepare('INSERT INTO api_keys (id, key_hash, name, organization_id, created_on) VALUES (?, ?, ?, ?, ?)').run(
    id,
    hashSecret(key),
    name,
    organizationId,
    Date.now(),
  );
  for (const grant of grants) grantRole(db, { organizationId, identityId: id, identityType: 'api-key', ...grant });
  return { id, key };
}

/**
 * Organizations in which the key is the only API key holding `organization_owner`: deleting it
 * would leave nobody able to manage them (the embedded server has no user logins to fall back on).
 */
function organizationsOnlyOwnedBy(db: Db, keyId: string): string[] {
  const rows = db
    .prepare(
      `SELECT a.organization_id FROM authorizations a
        WHERE a.identity_id = ? AND a.identity_type = 'api-key' AND a.authorization_id = 'organization_owner'
          AND a.resource_type = 'organization' AND a.resource_id = a.organization_id
          AND NOT EXISTS (
            SELECT 1 FROM authorizations o JOIN api_keys k ON k.id = o.identity_id
             WHERE o.organization_id = a.organization_id AND o.identity_id <> a.identity_id AND o.identity_type = 'api-key'
               AND o.authorization_id = 'organization_owner' AND o.resource_type = 'organization' AND o.resource_id = a.organization_id)
        ORDER BY a.organization_id`,
    )
    .all(keyId) as { organization_id: string }[];
  return rows.map((row) => row.organization_id);
}

/**
 * Deletes a key and every role it holds (DeleteKey and `fleetgraph keys delete`); false when there
 * was no such key. FAILED_PRECONDITION when it is the last owner key of an organization. Its
 * tokens fail their next verify; the caller signals revocation so open streams end (revocation.ts).
 */
export function deleteApiKey(db: Db, keyId: string): boolean {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM api_keys WHERE id = ?').get(keyId)) return false;
    const orphaned = organizationsOnlyOwnedBy(db, keyId);
    if (orphaned.length > 0) {
      throw failedPrecondition(`API key ${keyId} is the last API key with organization_owner on organization ${orphaned.join(', ')}; create another owner key first`);
    }
    db.prepare("DELETE FROM authorizations WHERE identity_id = ? AND identity_type = 'api-key'").run(keyId);
    return db.prepare('DELETE FROM api_keys WHERE id = ?').run(keyId).changes > 0;
  })();
}

/** Gives the key a new secret (shown once); tokens minted from the old one are refused from now on (auth.ts `keyBinding`). */
export function rotateApiKey(db: Db, keyId: string): MintedKey {
  const key = randomSecret(32);
  db.prepare('UPDATE api_keys SET key_hash = ? WHERE id = ?').run(hashSecret(key), keyId);
  return { id: keyId, key };
}

/** The scope of a resource named by an authorization; NOT_FOUND when it does not exist. */
export function scopeOfResource(db: Db, resourceType: string, resourceId: string): Scope {
  const id = requireId('authorization.resource_id', resourceId);
  if (resourceType === 'organization') return organizationScope(db, id);
  if (resourceType === 'location') return locationScope(db, id);
  if (resourceType === 'robot') return robotScope(db, id);
  throw invalidArgument(`unknown resource_type ${resourceType}`);
}

function keyRow(db: Db, field: string, value: string): KeyRow {
  const id = requireId(field, value);
  const row = db.prepare('SELECT id, name, organization_id, created_on FROM api_keys WHERE id = ?').get(id) as KeyRow | undefined;
  if (!row) throw notFound(`API key ${id} not found`);
  return row;
}

const grantsOfKey = (db: Db, keyId: string): KeyGrantRow[] =>
  db
    .prepare(
      "SELECT authorization_id, resource_type, resource_id, organization_id FROM authorizations WHERE identity_id = ? AND identity_type = 'api-key' ORDER BY organization_id, resource_type, resource_id, authorization_id",
    )
    .all(keyId) as KeyGrantRow[];

/**
 * Whether the caller owns the resource a grant is on. A grant on a resource deleted since is
 * judged by its organization.
 */
function ownsResourceOf(db: Db, caller: ApiKeyCaller, grant: KeyGrantRow): boolean {
  let scope: Scope;
  try {
    scope = scopeOfResource(db, grant.resource_type, grant.resource_id);
  } catch (error) {
    if (!(error instanceof RpcError && error.code === status.NOT_FOUND)) throw error;
    scope = organizationScope(db, grant.organization_id);
  }
  return scope.organizationId === grant.organization_id && roleFor(db, caller, scope, IN_OWN_ORGANIZATION) === 'owner';
}

/**
 * Only owners manage keys: the caller must own every resource the key has a role on (a key
 * holding no role: its organization), i.e. could have made the key itself.
 */
function requireKeyManager(db: Db, caller: ApiKeyCaller, key: KeyRow): void {
  const grants = grantsOfKey(db, key.id);
  if (grants.length === 0) {
    if (roleFor(db, caller, organizationScope(db, key.organization_id), IN_OWN_ORGANIZATION) !== 'owner') {
      throw permissionDenied(`API key ${key.id}: managing it needs organization_owner on organization ${key.organization_id}`);
    }
    return;
  }
  for (const grant of grants) {
    if (!ownsResourceOf(db, caller, grant)) {
      throw permissionDenied(`API key ${key.id} holds ${grant.authorization_id} on ${grant.resource_type} ${grant.resource_id}; managing it needs owner there`);
    }
  }
}

/** A key can only hand out what its maker could do itself: PERMISSION_DENIED naming the first role it does not own. */
function requireGrantable(db: Db, caller: ApiKeyCaller, grant: KeyGrant, scope: Scope): void {
  if (roleFor(db, caller, scope, IN_OWN_ORGANIZATION) !== 'owner') {
    throw permissionDenied(`cannot grant ${grant.authorizationId} on ${grant.resourceType} ${grant.resourceId}: this key is not an owner of it`);
  }
}

/** A key name from a request: trimmed, at most NAME_MAX characters, no control characters; empty gets `fallback`. */
function keyName(value: string, fallback: string): string {
  return value.trim() ? requireName('name', value) : fallback;
}

/** Keys as ListKeys and GetRobotAPIKeys answer them: never the secret (only its hash is stored). */
function keysWithAuthorizations(db: Db, keys: KeyRow[]): APIKeyWithAuthorizations[] {
  return keys.map((key) => ({
    api_key: { id: key.id, key: '', name: key.name, created_on: toTimestamp(key.created_on) },
    authorizations: grantsOfKey(db, key.id).map((g) => ({
      authorization_type: 'role',
      authorization_id: g.authorization_id,
      resource_type: g.resource_type,
      resource_id: g.resource_id,
      org_id: g.organization_id,
    })),
  }));
}

export const keyRpcs: HandlerMap = {
  CreateKey: appService.unary<CreateKeyRequest__Output, CreateKeyResponse>((request, { db, caller }) => {
    if (request.authorizations.length === 0) throw invalidArgument('authorizations must not be empty');
    requireMaxItems('authorizations', request.authorizations, MAX_KEY_AUTHORIZATIONS);
    let organizationId: string | undefined;
    const grants = request.authorizations.map((auth) => {
      const grant = validateAuthorization(auth);
      const scope = scopeOfResource(db, grant.resourceType, grant.resourceId);
      if (auth.organization_id && auth.organization_id.toLowerCase() !== scope.organizationId) {
        throw invalidArgument(`authorization.organization_id ${auth.organization_id} is not the organization of ${grant.resourceType} ${grant.resourceId}`);
      }
      if (organizationId && organizationId !== scope.organizationId) throw invalidArgument('all authorizations of a key must be in one organization');
      organizationId = scope.organizationId;
      requireGrantable(db, caller, grant, scope);
      return { ...grant, resourceId: grant.resourceId.toLowerCase() };
    });
    return createApiKey(db, organizationId!, keyName(request.name, `key-${new Date().toISOString()}`), grants);
  }),

  CreateKeyFromExistingKeyAuthorizations: appService.unary<CreateKeyFromExistingKeyAuthorizationsRequest__Output, CreateKeyFromExistingKeyAuthorizationsResponse>(
    (request, { db, caller }) => {
      const source = keyRow(db, 'id', request.id);
      const grants = grantsOfKey(db, source.id);
      if (grants.length === 0) throw failedPrecondition(`API key ${source.id} holds no authorizations to copy`);
      const copied = grants.map((g) => {
        // A key lives in one organization; a grant elsewhere (a key that made another organization
        // owns it) would be stored under the wrong organization and hide from that one's owners.
        if (g.organization_id !== source.organization_id) {
          throw failedPrecondition(`API key ${source.id} holds a role in organization ${g.organization_id}, outside its own organization ${source.organization_id}; create the copy there with CreateKey`);
        }
        const grant = { authorizationId: g.authorization_id, resourceType: g.resource_type, resourceId: g.resource_id };
        const scope = scopeOfResource(db, g.resource_type, g.resource_id);
        requireGrantable(db, caller, grant, scope);
        return grant;
      });
      return createApiKey(db, source.organization_id, `${source.name} (copy)`.slice(0, NAME_MAX), copied);
    },
  ),

  ListKeys: appService.unary<ListKeysRequest__Output, ListKeysResponse>((request, { db, caller }) => {
    const organizationId = requireId('org_id', request.org_id);
    if (roleFor(db, caller, organizationScope(db, organizationId), IN_OWN_ORGANIZATION) !== 'owner') {
      throw permissionDenied(`listing the API keys of organization ${organizationId} needs organization_owner`);
    }
    const keys = db.prepare('SELECT id, name, organization_id, created_on FROM api_keys WHERE organization_id = ? ORDER BY created_on, id').all(organizationId) as KeyRow[];
    return { api_keys: keysWithAuthorizations(db, keys) };
  }),

  GetRobotAPIKeys: appService.unary<GetRobotAPIKeysRequest__Output, GetRobotAPIKeysResponse>((request, { db, caller }) => {
    const robotId = requireId('robot_id', request.robot_id);
    if (roleFor(db, caller, robotScope(db, robotId), IN_OWN_ORGANIZATION) !== 'owner') {
      throw permissionDenied(`listing the API keys of robot ${robotId} needs owner on it in its own organization`);
    }
    const keys = db
      .prepare(
        `SELECT DISTINCT k.id, k.name, k.organization_id, k.created_on FROM api_keys k
           JOIN authorizations a ON a.identity_id = k.id AND a.identity_type = 'api-key'
          WHERE a.resource_type = 'robot' AND a.resource_id = ?
          ORDER BY k.created_on, k.id`,
      )
      .all(robotId) as KeyRow[];
    return { api_keys: keysWithAuthorizations(db, keys) };
  }),

  RenameKey: appService.unary<RenameKeyRequest__Output, RenameKeyResponse>((request, { db, caller }) => {
    const key = keyRow(db, 'id', request.id);
    const name = requireName('name', request.name);
    requireKeyManager(db, caller, key);
    db.prepare('UPDATE api_keys SET name = ? WHERE id = ?').run(name, key.id);
    return { id: key.id, name };
  }),

  RotateKey: appService.unary<RotateKeyRequest__Output, RotateKeyResponse>((request, { db, caller, fleet }) => {
    const key = keyRow(db, 'id', request.id);
    requireKeyManager(db, caller, key);
    const rotated = rotateApiKey(db, key.id);
    // Open log tails of the old secret's tokens end now, not at their next periodic re-check.
    fleet.revocations.notify();
    return rotated;
  }),

  DeleteKey: appService.unary<DeleteKeyRequest__Output, DeleteKeyResponse>((request, { db, caller, fleet }) => {
    const key = keyRow(db, 'id', request.id);
    requireKeyManager(db, caller, key);
    deleteApiKey(db, key.id);
    fleet.revocations.notify();
    return {};
  }),
};
