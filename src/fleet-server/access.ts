/**
 * Who may do what. A key holds Viam-style role authorizations (`organization_owner`,
 * `location_operator`, `robot_owner`, ...) on one resource each; a grant on an organization covers
 * everything in it, a grant on a location covers its nested locations and their robots.
 * Owners change things; operators read, see logs and mark parts for restart.
 *
 * Sharing: a location shared with another organization (ShareLocation) is in the scope of that
 * organization too (`Scope.sharedWith`), for it and its nested locations and robots. Keys of the
 * other organization bring the role they hold on their own organization (organization_owner →
 * owner, organization_operator → operator); `roleFor` is the one place that applies it, so every
 * RPC that authorizes a location, robot or part scope honours shares alike.
 *
 * A share reaches robots and parts, never identities or secrets: what would outlive the share
 * (API keys, roles, invites, members, location and part secrets) and sharing, unsharing or
 * deleting the location are decided with `IN_OWN_ORGANIZATION`, which leaves the shares out, so
 * after UnshareLocation nothing the other organization made or learned there still works.
 */
import type { Db } from './db.ts';
import type { ApiKeyCaller } from './auth.ts';
import { invalidArgument, lookupIn, notFound, permissionDenied } from './errors.ts';
import { requireId } from './validate.ts';

export type Role = 'owner' | 'operator';
export const RESOURCE_TYPES = ['organization', 'location', 'robot'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export const ROLE_IDS = RESOURCE_TYPES.flatMap((type) => [`${type}_owner`, `${type}_operator`]);

/** Where a resource sits: its organization, the chain of locations above it, the robot. */
export interface Scope {
  organizationId: string;
  /** The location itself (for a location) or the robot's location, then its ancestors. */
  locationIds: string[];
  robotId?: string;
  /** Other organizations a location in `locationIds` is shared with (ShareLocation). */
  sharedWith?: string[];
}

interface Grant {
  authorization_id: string;
  resource_type: string;
  resource_id: string;
  organization_id: string;
}

export function grantsOf(db: Db, caller: ApiKeyCaller): Grant[] {
  return db
    .prepare('SELECT authorization_id, resource_type, resource_id, organization_id FROM authorizations WHERE identity_id = ?')
    .all(caller.keyId) as Grant[];
}

const roleOf = (grant: Grant): Role => (grant.authorization_id.endsWith('_owner') ? 'owner' : 'operator');

export interface AccessOptions {
  /** Whether roles held through a location share count (default true). */
  throughShare?: boolean;
}

/**
 * For identities and secrets (keys, roles, invites, members, location and part secrets) and for
 * sharing, unsharing or deleting a location: only roles in the resource's own organization count.
 */
export const IN_OWN_ORGANIZATION: AccessOptions = Object.freeze({ throughShare: false });

/** The strongest role the caller holds over the scope, or null. */
export function roleFor(db: Db, caller: ApiKeyCaller, scope: Scope, { throughShare = true }: AccessOptions = {}): Role | null {
  let best: Role | null = null;
  const organizations = [scope.organizationId, ...(throughShare ? (scope.sharedWith ?? []) : [])];
  for (const grant of grantsOf(db, caller)) {
    const covers =
      (grant.resource_type === 'organization' && organizations.includes(grant.resource_id)) ||
      (grant.organization_id === scope.organizationId &&
        ((grant.resource_type === 'location' && scope.locationIds.includes(grant.resource_id)) ||
          (grant.resource_type === 'robot' && grant.resource_id === scope.robotId)));
    if (!covers) continue;
    const role = roleOf(grant);
    if (role === 'owner') return 'owner';
    best = role;
  }
  return best;
}

/** Throws PERMISSION_DENIED unless the caller holds `need` (an owner also has operator rights). */
export function authorize(db: Db, caller: ApiKeyCaller, need: Role, scope: Scope, options: AccessOptions = {}): void {
  const role = roleFor(db, caller, scope, options);
  if (role === 'owner' || (role === 'operator' && need === 'operator')) return;
  if (options.throughShare === false && roleFor(db, caller, scope) !== role) {
    throw permissionDenied(`this key reaches organization ${scope.organizationId}'s resource only through a shared location; ${need} in that organization is needed`);
  }
  throw permissionDenied(role ? `this key is an operator here; ${need} is needed` : 'this key has no access to that resource');
}

/** Organizations other than its own that a location chain (a location and its ancestors) is shared with. */
export function sharedWith(db: Db, locationIds: string[]): string[] {
  const rows = db
    .prepare('SELECT DISTINCT organization_id FROM location_shares WHERE location_id IN (SELECT value FROM json_each(?)) ORDER BY organization_id')
    .all(JSON.stringify(locationIds)) as { organization_id: string }[];
  return rows.map((r) => r.organization_id);
}

/** Locations shared with the organization, with their nested locations. */
export function locationIdsSharedWith(db: Db, organizationId: string): string[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE tree(id, depth) AS (
         SELECT location_id, 0 FROM location_shares WHERE organization_id = ?
         UNION
         SELECT l.id, tree.depth + 1 FROM locations l JOIN tree ON l.parent_location_id = tree.id WHERE tree.depth < 64
       ) SELECT DISTINCT id FROM tree`,
    )
    .all(organizationId) as { id: string }[];
  return rows.map((r) => r.id);
}

export function organizationScope(db: Db, organizationId: string): Scope {
  const row = db.prepare('SELECT id FROM organizations WHERE id = ?').get(organizationId);
  if (!row) throw notFound(`organization ${organizationId} not found`);
  return { organizationId, locationIds: [] };
}

/** The location and its ancestors, nearest first. */
export function locationChain(db: Db, locationId: string): string[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE chain(id, parent, depth) AS (
         SELECT id, parent_location_id, 0 FROM locations WHERE id = ?
         UNION ALL
         SELECT l.id, l.parent_location_id, chain.depth + 1 FROM locations l JOIN chain ON l.id = chain.parent
         WHERE chain.depth < 64
       ) SELECT id FROM chain ORDER BY depth`,
    )
    .all(locationId) as { id: string }[];
  return rows.map((r) => r.id);
}

export function locationScope(db: Db, locationId: string): Scope {
  const row = db.prepare('SELECT organization_id FROM locations WHERE id = ?').get(locationId) as
    | { organization_id: string }
    | undefined;
  if (!row) throw notFound(`location ${locationId} not found`);
  const locationIds = locationChain(db, locationId);
  return { organizationId: row.organization_id, locationIds, sharedWith: sharedWith(db, locationIds) };
}

export function robotScope(db: Db, robotId: string): Scope {
  const row = db
    .prepare('SELECT r.location_id, l.organization_id FROM robots r JOIN locations l ON l.id = r.location_id WHERE r.id = ?')
    .get(robotId) as { location_id: string; organization_id: string } | undefined;
  if (!row) throw notFound(`robot ${robotId} not found`);
  const locationIds = locationChain(db, row.location_id);
  return { organizationId: row.organization_id, locationIds, robotId, sharedWith: sharedWith(db, locationIds) };
}

export function partScope(db: Db, partId: string): Scope & { robotId: string } {
  const row = db.prepare('SELECT robot_id FROM robot_parts WHERE id = ?').get(partId) as { robot_id: string } | undefined;
  if (!row) throw notFound(`robot part ${partId} not found`);
  return { ...robotScope(db, row.robot_id), robotId: row.robot_id };
}

/** Organizations the caller holds any authorization in. */
export function visibleOrganizationIds(db: Db, caller: ApiKeyCaller): string[] {
  return [...new Set(grantsOf(db, caller).map((g) => g.organization_id))];
}

/** Throws PERMISSION_DENIED unless the caller holds some role in the organization. */
export function requireVisibleOrganization(db: Db, caller: ApiKeyCaller, organizationId: string): void {
  if (!visibleOrganizationIds(db, caller).includes(organizationId)) throw permissionDenied('this key has no access to that organization');
}

/** The organization a listing request names in `field`: it must exist and the caller hold some role in it. */
export function listedOrganization(db: Db, caller: ApiKeyCaller, field: string, value: string | undefined): string {
  const organizationId = requireId(field, value);
  lookupIn(field, () => organizationScope(db, organizationId));
  requireVisibleOrganization(db, caller, organizationId);
  return organizationId;
}

/**
 * Ids of the organization's locations the caller may see: all of them, and the locations shared
 * with it, with an organization grant; otherwise the granted locations, their descendants, and
 * the locations of granted robots.
 */
export function visibleLocationIds(db: Db, caller: ApiKeyCaller, organizationId: string): Set<string> {
  const all = db.prepare('SELECT id, parent_location_id FROM locations WHERE organization_id = ?').all(organizationId) as {
    id: string;
    parent_location_id: string | null;
  }[];
  const grants = grantsOf(db, caller).filter((g) => g.organization_id === organizationId);
  if (grants.some((g) => g.resource_type === 'organization')) return new Set([...all.map((l) => l.id), ...locationIdsSharedWith(db, organizationId)]);
  const visible = new Set<string>();
  const roots = grants.filter((g) => g.resource_type === 'location').map((g) => g.resource_id);
  const children = new Map<string, string[]>();
  for (const l of all) if (l.parent_location_id) children.set(l.parent_location_id, [...(children.get(l.parent_location_id) ?? []), l.id]);
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (visible.has(id)) continue;
    visible.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  const robotIds = grants.filter((g) => g.resource_type === 'robot').map((g) => g.resource_id);
  for (const robotId of robotIds) {
    const row = db.prepare('SELECT location_id FROM robots WHERE id = ?').get(robotId) as { location_id: string } | undefined;
    if (row) visible.add(row.location_id);
  }
  return visible;
}

/** Stores a role for an identity; an identical role already held is left as it is. */
export function grantRole(
  db: Db,
  grant: { organizationId: string; identityId: string; identityType: string; authorizationId: string; resourceType: string; resourceId: string },
): void {
  db.prepare(
    `INSERT OR IGNORE INTO authorizations (organization_id, identity_id, identity_type, authorization_type, authorization_id, resource_type, resource_id)
     VALUES (@organizationId, @identityId, @identityType, 'role', @authorizationId, @resourceType, @resourceId)`,
  ).run({
    organizationId: grant.organizationId,
    identityId: grant.identityId,
    identityType: grant.identityType,
    authorizationId: grant.authorizationId,
    resourceType: grant.resourceType,
    resourceId: grant.resourceId,
  });
}

/** Checks an authorization as `AddRole`, `RemoveRole` and invites take it. */
export function validateAuthorization(auth: {
  authorization_type?: string;
  authorization_id?: string;
  resource_type?: string;
  resource_id?: string;
}): { authorizationId: string; resourceType: ResourceType; resourceId: string } {
  if (auth.authorization_type !== 'role') {
    throw invalidArgument(`authorization.authorization_type must be "role", got ${JSON.stringify(auth.authorization_type ?? '')}`);
  }
  const resourceType = auth.resource_type as ResourceType;
  if (!RESOURCE_TYPES.includes(resourceType)) {
    throw invalidArgument(`authorization.resource_type must be one of ${RESOURCE_TYPES.join(', ')}, got ${JSON.stringify(auth.resource_type ?? '')}`);
  }
  const authorizationId = auth.authorization_id ?? '';
  if (!ROLE_IDS.includes(authorizationId)) {
    throw invalidArgument(`authorization.authorization_id must be one of ${ROLE_IDS.join(', ')}, got ${JSON.stringify(authorizationId)}`);
  }
  if (!authorizationId.startsWith(`${resourceType}_`)) {
    throw invalidArgument(`authorization.authorization_id ${authorizationId} does not apply to resource_type ${resourceType}`);
  }
  if (!auth.resource_id) throw invalidArgument('authorization.resource_id is required');
  return { authorizationId, resourceType, resourceId: auth.resource_id };
}
