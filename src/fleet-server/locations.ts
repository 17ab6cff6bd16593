/** Locations (nested under one another) and their secrets. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { ApiKeyCaller } from './auth.ts';
import { appService, type HandlerMap } from './rpc.ts';
import { randomSecret } from './auth.ts';
import {
  IN_OWN_ORGANIZATION,
  authorize,
  listedOrganization,
  locationScope,
  organizationScope,
  roleFor,
  visibleLocationIds,
  type AccessOptions,
  type Scope,
} from './access.ts';
import { failedPrecondition, invalidArgument, lookupIn, notFound } from './errors.ts';
import { requireId, requireName } from './validate.ts';
import { locationMessage, locationSecrets, secretMessage, type LocationRow } from './records.ts';
import type { Location } from '../generated/viam/app/v1/Location.ts';
import type { LocationAuth } from '../generated/viam/app/v1/LocationAuth.ts';
import type { CreateLocationRequest__Output } from '../generated/viam/app/v1/CreateLocationRequest.ts';
import type { CreateLocationResponse } from '../generated/viam/app/v1/CreateLocationResponse.ts';
import type { GetLocationRequest__Output } from '../generated/viam/app/v1/GetLocationRequest.ts';
import type { GetLocationResponse } from '../generated/viam/app/v1/GetLocationResponse.ts';
import type { UpdateLocationRequest__Output } from '../generated/viam/app/v1/UpdateLocationRequest.ts';
import type { UpdateLocationResponse } from '../generated/viam/app/v1/UpdateLocationResponse.ts';
import type { DeleteLocationRequest__Output } from '../generated/viam/app/v1/DeleteLocationRequest.ts';
import type { DeleteLocationResponse } from '../generated/viam/app/v1/DeleteLocationResponse.ts';
import type { ListLocationsRequest__Output } from '../generated/viam/app/v1/ListLocationsRequest.ts';
import type { ListLocationsResponse } from '../generated/viam/app/v1/ListLocationsResponse.ts';
import type { LocationAuthRequest__Output } from '../generated/viam/app/v1/LocationAuthRequest.ts';
import type { LocationAuthResponse } from '../generated/viam/app/v1/LocationAuthResponse.ts';
import type { CreateLocationSecretRequest__Output } from '../generated/viam/app/v1/CreateLocationSecretRequest.ts';
import type { CreateLocationSecretResponse } from '../generated/viam/app/v1/CreateLocationSecretResponse.ts';
import type { DeleteLocationSecretRequest__Output } from '../generated/viam/app/v1/DeleteLocationSecretRequest.ts';
import type { DeleteLocationSecretResponse } from '../generated/viam/app/v1/DeleteLocationSecretResponse.ts';

export function insertLocationSecret(db: Db, locationId: string): { id: string; secret: string; created_on: number } {
  const row = { id: crypto.randomUUID(), secret: randomSecret(32), created_on: Date.now() };
  db.prepare('INSERT INTO location_secrets (id, location_id, secret, created_on) VALUES (?, ?, ?, ?)').run(row.id, locationId, row.secret, row.created_on);
  return row;
}

/** A new location with its first secret. */
export function insertLocation(db: Db, organizationId: string, name: string, parentLocationId: string | null): LocationRow {
  const row: LocationRow = { id: crypto.randomUUID(), organization_id: organizationId, name, parent_location_id: parentLocationId, created_on: Date.now() };
  db.prepare('INSERT INTO locations (id, organization_id, name, parent_location_id, created_on) VALUES (@id, @organization_id, @name, @parent_location_id, @created_on)').run(row);
  insertLocationSecret(db, row.id);
  return row;
}

function locationRow(db: Db, id: string): LocationRow {
  return db.prepare('SELECT id, organization_id, name, parent_location_id, created_on FROM locations WHERE id = ?').get(id) as LocationRow;
}

/**
 * Location secrets are for owners in the location's own organization: anyone else (an operator,
 * an owner of an organization the location is shared with) gets the location without its `auth`.
 */
function locationFor(db: Db, caller: ApiKeyCaller, row: LocationRow, scope: Scope): Location {
  const message = locationMessage(db, row);
  return roleFor(db, caller, scope, IN_OWN_ORGANIZATION) === 'owner' ? message : { ...message, auth: null };
}

function locationAuth(db: Db, locationId: string): LocationAuth {
  const secrets = locationSecrets(db, locationId);
  return { location_id: locationId, secret: secrets[0]?.secret ?? '', secrets: secrets.map(secretMessage) };
}

/**
 * Where a location may be put (created or moved): under `parent_location_id` when one is given,
 * which needs owner rights on that parent and the same organization, else at the top level of
 * the organization, which needs owner rights on the organization.
 */
function placement(db: Db, caller: ApiKeyCaller, organizationId: string, parentId: string | null): Scope | null {
  if (parentId === null) {
    authorize(db, caller, 'owner', organizationScope(db, organizationId));
    return null;
  }
  const parentScope = lookupIn('parent_location_id', () => locationScope(db, parentId));
  authorize(db, caller, 'owner', parentScope);
  if (parentScope.organizationId !== organizationId) {
    throw invalidArgument(`parent_location_id ${parentId} is not a location of organization ${organizationId}`);
  }
  return parentScope;
}

/** The location named by `location_id`, after checking the caller holds `need` on it. */
function authorizedLocation(
  db: Db,
  caller: ApiKeyCaller,
  need: 'owner' | 'operator',
  rawId: string,
  options: AccessOptions = {},
): { row: LocationRow; scope: Scope } {
  const id = requireId('location_id', rawId);
  const scope = lookupIn('location_id', () => locationScope(db, id));
  authorize(db, caller, need, scope, options);
  return { row: locationRow(db, id), scope };
}

export const locationRpcs: HandlerMap = {
  CreateLocation: appService.unary<CreateLocationRequest__Output, CreateLocationResponse>((request, { db, caller }) => {
    const organizationId = requireId('organization_id', request.organization_id);
    const name = requireName('name', request.name);
    const parentId = request.parent_location_id ? requireId('parent_location_id', request.parent_location_id) : null;
    lookupIn('organization_id', () => organizationScope(db, organizationId));
    placement(db, caller, organizationId, parentId);
    const row = insertLocation(db, organizationId, name, parentId);
    return { location: locationFor(db, caller, row, locationScope(db, row.id)) };
  }),

  GetLocation: appService.unary<GetLocationRequest__Output, GetLocationResponse>((request, { db, caller }) => {
    const { row, scope } = authorizedLocation(db, caller, 'operator', request.location_id);
    return { location: locationFor(db, caller, row, scope) };
  }),

  UpdateLocation: appService.unary<UpdateLocationRequest__Output, UpdateLocationResponse>((request, { db, caller, fleet }) => {
    const { row } = authorizedLocation(db, caller, 'owner', request.location_id);
    // proto3 `optional`: absent means "leave as is". Viam's SDKs also send an empty name for
    // "no change", while an empty parent_location_id moves the location to the top level.
    const name = request.name ? requireName('name', request.name) : row.name;
    let parentId = row.parent_location_id;
    if (request._parent_location_id === 'parent_location_id') {
      parentId = request.parent_location_id ? requireId('parent_location_id', request.parent_location_id) : null;
      const parentScope = placement(db, caller, row.organization_id, parentId);
      if (parentScope?.locationIds.includes(row.id)) {
        throw invalidArgument(`parent_location_id ${parentId} is ${parentId === row.id ? 'the location itself' : 'nested under the location'}; a location cannot become its own ancestor`);
      }
    }
    // `region` is accepted like Viam does; its SDKs document it as not used by the app.
    const updated: LocationRow = { ...row, name, parent_location_id: parentId };
    db.prepare('UPDATE locations SET name = @name, parent_location_id = @parent_location_id WHERE id = @id').run(updated);
    // A move can take the location out of a caller's reach (a role on its former parent).
    if (parentId !== row.parent_location_id) fleet.revocations.notify();
    return { location: locationFor(db, caller, updated, locationScope(db, updated.id)) };
  }),

  DeleteLocation: appService.unary<DeleteLocationRequest__Output, DeleteLocationResponse>((request, { db, caller, fleet }) => {
    // Organizations it is shared with do not get to delete it.
    const { row } = authorizedLocation(db, caller, 'owner', request.location_id, IN_OWN_ORGANIZATION);
    const robots = (db.prepare('SELECT count(*) AS n FROM robots WHERE location_id = ?').get(row.id) as { n: number }).n;
    if (robots > 0) throw failedPrecondition(`location_id ${row.id} still has ${robots} robot(s); move or delete them first`);
    const children = (db.prepare('SELECT count(*) AS n FROM locations WHERE parent_location_id = ?').get(row.id) as { n: number }).n;
    if (children > 0) throw failedPrecondition(`location_id ${row.id} still has ${children} nested location(s); move or delete them first`);
    db.prepare("DELETE FROM authorizations WHERE resource_type = 'location' AND resource_id = ?").run(row.id);
    // Its secrets go with it (ON DELETE CASCADE).
    db.prepare('DELETE FROM locations WHERE id = ?').run(row.id);
    fleet.revocations.notify();
    return {};
  }),

  ListLocations: appService.unary<ListLocationsRequest__Output, ListLocationsResponse>((request, { db, caller }) => {
    const organizationId = listedOrganization(db, caller, 'organization_id', request.organization_id);
    const visible = visibleLocationIds(db, caller, organizationId);
    // Its own locations and those shared with it (visibleLocationIds).
    const rows = db
      .prepare('SELECT id, organization_id, name, parent_location_id, created_on FROM locations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY created_on, id')
      .all(JSON.stringify([...visible])) as LocationRow[];
    return { locations: rows.map((row) => locationFor(db, caller, row, locationScope(db, row.id))) };
  }),

  LocationAuth: appService.unary<LocationAuthRequest__Output, LocationAuthResponse>((request, { db, caller }) => {
    const { row } = authorizedLocation(db, caller, 'owner', request.location_id, IN_OWN_ORGANIZATION);
    return { auth: locationAuth(db, row.id) };
  }),

  CreateLocationSecret: appService.unary<CreateLocationSecretRequest__Output, CreateLocationSecretResponse>((request, { db, caller }) => {
    const { row } = authorizedLocation(db, caller, 'owner', request.location_id, IN_OWN_ORGANIZATION);
    insertLocationSecret(db, row.id);
    return { auth: locationAuth(db, row.id) };
  }),

  DeleteLocationSecret: appService.unary<DeleteLocationSecretRequest__Output, DeleteLocationSecretResponse>((request, { db, caller }) => {
    const secretId = requireId('secret_id', request.secret_id);
    const { row } = authorizedLocation(db, caller, 'owner', request.location_id, IN_OWN_ORGANIZATION);
    const secrets = locationSecrets(db, row.id);
    if (!secrets.some((secret) => secret.id === secretId)) throw notFound(`secret_id ${secretId} is not a secret of location ${row.id}`);
    if (secrets.length === 1) throw failedPrecondition(`secret_id ${secretId} is the last secret of location ${row.id}; create another first`);
    db.prepare('DELETE FROM location_secrets WHERE id = ? AND location_id = ?').run(secretId, row.id);
    return {};
  }),
};
