/** API keys: minted by the CLI, the demo seed and `CreateKey`; listed by `ListKeys`. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import { hashSecret, randomSecret } from './auth.ts';
import { authorize, grantRole, organizationScope, validateAuthorization, locationScope, robotScope, type Scope } from './access.ts';
import { invalidArgument } from './errors.ts';
import { requireId } from './validate.ts';
import { toTimestamp } from '../wire/struct.ts';
import type { CreateKeyRequest__Output } from '../generated/viam/app/v1/CreateKeyRequest.ts';
import type { CreateKeyResponse } from '../generated/viam/app/v1/CreateKeyResponse.ts';
import type { ListKeysRequest__Output } from '../generated/viam/app/v1/ListKeysRequest.ts';
import type { ListKeysResponse } from '../generated/viam/app/v1/ListKeysResponse.ts';

export interface KeyGrant {
  authorizationId: string;
  resourceType: string;
  resourceId: string;
}

export interface MintedKey {
  id: string;
  key: string;
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
 * Deletes a key and every role it holds; false when there was no such key. Its tokens fail
 * their next verify, and open streams end at their next re-check (see revocation.ts).
 */
export function deleteApiKey(db: Db, keyId: string): boolean {
  return db.transaction(() => {
    db.prepare("DELETE FROM authorizations WHERE identity_id = ? AND identity_type = 'api-key'").run(keyId);
    return db.prepare('DELETE FROM api_keys WHERE id = ?').run(keyId).changes > 0;
  })();
}

/** The scope of a resource named by an authorization; NOT_FOUND when it does not exist. */
export function scopeOfResource(db: Db, resourceType: string, resourceId: string): Scope {
  const id = requireId('authorization.resource_id', resourceId);
  if (resourceType === 'organization') return organizationScope(db, id);
  if (resourceType === 'location') return locationScope(db, id);
  if (resourceType === 'robot') return robotScope(db, id);
  throw invalidArgument(`unknown resource_type ${resourceType}`);
}

export const keyRpcs: HandlerMap = {
  CreateKey: appService.unary<CreateKeyRequest__Output, CreateKeyResponse>((request, { db, caller }) => {
    if (request.authorizations.length === 0) throw invalidArgument('authorizations must not be empty');
    let organizationId: string | undefined;
    const grants = request.authorizations.map((auth) => {
      const grant = validateAuthorization(auth);
      const scope = scopeOfResource(db, grant.resourceType, grant.resourceId);
      if (auth.organization_id && auth.organization_id !== scope.organizationId) {
        throw invalidArgument('authorization.organization_id does not own authorization.resource_id');
      }
      if (organizationId && organizationId !== scope.organizationId) throw invalidArgument('all authorizations of a key must be in one organization');
      organizationId = scope.organizationId;
      // A key can only hand out what its creator could do itself.
      authorize(db, caller, 'owner', scope);
      return grant;
    });
    const name = request.name.trim() || `key-${new Date().toISOString()}`;
    return createApiKey(db, organizationId!, name, grants);
  }),

  ListKeys: appService.unary<ListKeysRequest__Output, ListKeysResponse>((request, { db, caller }) => {
    const organizationId = requireId('org_id', request.org_id);
    authorize(db, caller, 'owner', organizationScope(db, organizationId));
    const keys = db.prepare('SELECT id, name, created_on FROM api_keys WHERE organization_id = ? ORDER BY created_on, id').all(organizationId) as {
      id: string;
      name: string;
      created_on: number;
    }[];
    const grants = db.prepare(
      "SELECT authorization_id, resource_type, resource_id, organization_id FROM authorizations WHERE identity_id = ? AND identity_type = 'api-key'",
    );
    return {
      api_keys: keys.map((key) => ({
        // The key itself is stored only as a hash, so it can never be listed.
        api_key: { id: key.id, key: '', name: key.name, created_on: toTimestamp(key.created_on) },
        authorizations: (grants.all(key.id) as { authorization_id: string; resource_type: string; resource_id: string; organization_id: string }[]).map(
          (g) => ({ authorization_type: 'role', authorization_id: g.authorization_id, resource_type: g.resource_type, resource_id: g.resource_id, org_id: g.organization_id }),
        ),
      })),
    };
  }),
};

