/** Robots (Viam's machines): each lives in one location and has one or more parts. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { ApiKeyCaller } from './auth.ts';
import { appService, type HandlerMap } from './rpc.ts';
import { authorize, grantsOf, listedOrganization, locationScope, robotScope, roleFor, visibleLocationIds } from './access.ts';
import { invalidArgument, lookupIn } from './errors.ts';
import { requireId, requireName } from './validate.ts';
import { robotMessage, robotMessages, type RobotRow } from './records.ts';
import { insertPart } from './parts.ts';
import type { GetRobotRequest__Output } from '../generated/viam/app/v1/GetRobotRequest.ts';
import type { GetRobotResponse } from '../generated/viam/app/v1/GetRobotResponse.ts';
import type { ListRobotsRequest__Output } from '../generated/viam/app/v1/ListRobotsRequest.ts';
import type { ListRobotsResponse } from '../generated/viam/app/v1/ListRobotsResponse.ts';
import type { ListRobotsForLocationsRequest__Output } from '../generated/viam/app/v1/ListRobotsForLocationsRequest.ts';
import type { ListRobotsForLocationsResponse } from '../generated/viam/app/v1/ListRobotsForLocationsResponse.ts';
import type { ListRobotsForOrgRequest__Output } from '../generated/viam/app/v1/ListRobotsForOrgRequest.ts';
import type { ListRobotsForOrgResponse } from '../generated/viam/app/v1/ListRobotsForOrgResponse.ts';
import type { NewRobotRequest__Output } from '../generated/viam/app/v1/NewRobotRequest.ts';
import type { NewRobotResponse } from '../generated/viam/app/v1/NewRobotResponse.ts';
import type { UpdateRobotRequest__Output } from '../generated/viam/app/v1/UpdateRobotRequest.ts';
import type { UpdateRobotResponse } from '../generated/viam/app/v1/UpdateRobotResponse.ts';
import type { DeleteRobotRequest__Output } from '../generated/viam/app/v1/DeleteRobotRequest.ts';
import type { DeleteRobotResponse } from '../generated/viam/app/v1/DeleteRobotResponse.ts';

/** A new robot with its main part, named `<robot>-main` as Viam does. */
export function insertRobot(db: Db, locationId: string, name: string): RobotRow {
  const row: RobotRow = { id: crypto.randomUUID(), location_id: locationId, name, created_on: Date.now() };
  db.prepare('INSERT INTO robots (id, location_id, name, created_on) VALUES (@id, @location_id, @name, @created_on)').run(row);
  insertPart(db, row.id, `${name}-main`);
  return row;
}

const ROBOT_COLUMNS = 'id, location_id, name, created_on';

function robotRow(db: Db, id: string): RobotRow {
  return db.prepare(`SELECT ${ROBOT_COLUMNS} FROM robots WHERE id = ?`).get(id) as RobotRow;
}

/** All robots of the given locations in one query, in a stable order. */
export function robotsIn(db: Db, locationIds: Iterable<string>): RobotRow[] {
  return db
    .prepare(`SELECT ${ROBOT_COLUMNS} FROM robots WHERE location_id IN (SELECT value FROM json_each(?)) ORDER BY created_on, id`)
    .all(JSON.stringify([...locationIds])) as RobotRow[];
}

/**
 * Which robots of an organization the caller can see: those in locations its organization or
 * location grants cover, plus robots granted one by one. A robot grant makes the robot's location
 * visible (`visibleLocationIds`) but not the other robots there.
 */
export function robotVisibility(db: Db, caller: ApiKeyCaller, organizationId: string): { locationIds: Set<string>; covers: (robot: RobotRow) => boolean } {
  const locationIds = visibleLocationIds(db, caller, organizationId);
  const grants = grantsOf(db, caller).filter((grant) => grant.organization_id === organizationId);
  if (grants.some((grant) => grant.resource_type === 'organization')) return { locationIds, covers: () => true };
  const wholeLocations = new Set([...locationIds].filter((id) => roleFor(db, caller, locationScope(db, id)) !== null));
  const robotIds = new Set(grants.filter((grant) => grant.resource_type === 'robot').map((grant) => grant.resource_id));
  return { locationIds, covers: (robot) => wholeLocations.has(robot.location_id) || robotIds.has(robot.id) };
}

function authorizedRobot(db: Db, caller: ApiKeyCaller, need: 'owner' | 'operator', rawId: string): RobotRow {
  const id = requireId('id', rawId);
  authorize(db, caller, need, lookupIn('id', () => robotScope(db, id)));
  return robotRow(db, id);
}

export const robotRpcs: HandlerMap = {
  GetRobot: appService.unary<GetRobotRequest__Output, GetRobotResponse>((request, { db, caller, fleet }) => {
    const row = authorizedRobot(db, caller, 'operator', request.id);
    return { robot: robotMessage(db, row, fleet.options.onlineWindowSeconds) };
  }),

  ListRobots: appService.unary<ListRobotsRequest__Output, ListRobotsResponse>((request, { db, caller, fleet }) => {
    const locationId = requireId('location_id', request.location_id);
    authorize(db, caller, 'operator', lookupIn('location_id', () => locationScope(db, locationId)));
    return { robots: robotMessages(db, robotsIn(db, [locationId]), fleet.options.onlineWindowSeconds) };
  }),

  // The gateway's batch call for `Location.robots`: every location is authorized, then one query
  // reads the robots of all of them and one grouped query their last access.
  ListRobotsForLocations: appService.unary<ListRobotsForLocationsRequest__Output, ListRobotsForLocationsResponse>((request, { db, caller, fleet }) => {
    const fieldOf = new Map<string, string>(); // each distinct id → the field of its first mention
    request.location_ids.forEach((raw, index) => {
      const id = requireId(`location_ids[${index}]`, raw);
      if (!fieldOf.has(id)) fieldOf.set(id, `location_ids[${index}]`);
    });
    for (const [id, field] of fieldOf) authorize(db, caller, 'operator', lookupIn(field, () => locationScope(db, id)));
    return { robots: robotMessages(db, robotsIn(db, fieldOf.keys()), fleet.options.onlineWindowSeconds) };
  }),

  ListRobotsForOrg: appService.unary<ListRobotsForOrgRequest__Output, ListRobotsForOrgResponse>((request, { db, caller, fleet }) => {
    const organizationId = listedOrganization(db, caller, 'org_id', request.org_id);
    const visibility = robotVisibility(db, caller, organizationId);
    const rows = robotsIn(db, visibility.locationIds).filter(visibility.covers);
    return { robots: robotMessages(db, rows, fleet.options.onlineWindowSeconds) };
  }),

  NewRobot: appService.unary<NewRobotRequest__Output, NewRobotResponse>((request, { db, caller }) => {
    const name = requireName('name', request.name);
    const locationId = requireId('location', request.location);
    authorize(db, caller, 'owner', lookupIn('location', () => locationScope(db, locationId)));
    return { id: insertRobot(db, locationId, name).id };
  }),

  UpdateRobot: appService.unary<UpdateRobotRequest__Output, UpdateRobotResponse>((request, { db, caller, fleet }) => {
    const id = requireId('id', request.id);
    const name = requireName('name', request.name);
    // An empty location keeps the robot where it is (a rename only).
    const targetId = request.location ? requireId('location', request.location) : null;
    const scope = lookupIn('id', () => robotScope(db, id));
    authorize(db, caller, 'owner', scope);
    const row = robotRow(db, id);
    let locationId = row.location_id;
    if (targetId !== null && targetId !== row.location_id) {
      const targetScope = lookupIn('location', () => locationScope(db, targetId));
      authorize(db, caller, 'owner', targetScope);
      if (targetScope.organizationId !== scope.organizationId) {
        throw invalidArgument(`location ${targetId} is in another organization; a robot cannot move between organizations`);
      }
      locationId = targetId;
    }
    const updated: RobotRow = { ...row, name, location_id: locationId };
    db.prepare('UPDATE robots SET name = @name, location_id = @location_id WHERE id = @id').run(updated);
    // A move can take the robot out of a location-scoped caller's reach.
    if (locationId !== row.location_id) fleet.revocations.notify();
    return { robot: robotMessage(db, updated, fleet.options.onlineWindowSeconds) };
  }),

  DeleteRobot: appService.unary<DeleteRobotRequest__Output, DeleteRobotResponse>((request, { db, caller, fleet }) => {
    const row = authorizedRobot(db, caller, 'owner', request.id);
    db.prepare("DELETE FROM authorizations WHERE resource_type = 'robot' AND resource_id = ?").run(row.id);
    // Parts, and with them their secrets, history and logs, go by ON DELETE CASCADE.
    db.prepare('DELETE FROM robots WHERE id = ?').run(row.id);
    fleet.revocations.notify();
    return {};
  }),
};
