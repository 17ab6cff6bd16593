/**
 * Rows of the fleet database as Viam's proto messages. Every handler that returns an
 * organization, location, robot or part builds it here, so all RPCs answer alike.
 */
import type { Db } from './db.ts';
import type { Organization } from '../generated/viam/app/v1/Organization.ts';
import type { Location } from '../generated/viam/app/v1/Location.ts';
import type { Robot } from '../generated/viam/app/v1/Robot.ts';
import type { RobotPart } from '../generated/viam/app/v1/RobotPart.ts';
import type { SharedSecret } from '../generated/viam/app/v1/SharedSecret.ts';
import type { OnlineState } from '../generated/viam/app/v1/OnlineState.ts';
import { toStruct, toTimestamp, type JsonObject } from '../wire/struct.ts';
import { locationChain, sharedWith } from './access.ts';

export interface OrganizationRow { id: string; name: string; public_namespace: string | null; default_region: string; cid: string | null; created_on: number }
export interface LocationRow { id: string; organization_id: string; name: string; parent_location_id: string | null; created_on: number }
export interface RobotRow { id: string; location_id: string; name: string; created_on: number }
export interface PartRow {
  id: string;
  robot_id: string;
  name: string;
  main_part: number;
  robot_config: string;
  user_supplied_info: string;
  created_on: number;
  last_updated: number;
  last_access: number | null;
  needs_restart: number;
}
export interface SecretRow { id: string; secret: string; created_on: number }

/** The domain under which parts get their DNS names, as Viam's `<part>.<location>.viam.cloud`. */
export const FQDN_DOMAIN = 'fleet.local';

export function organizationMessage(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    created_on: toTimestamp(row.created_on),
    public_namespace: row.public_namespace ?? '',
    default_region: row.default_region,
    ...(row.cid ? { cid: row.cid } : {}),
  };
}

export function secretMessage(row: SecretRow): SharedSecret {
  return { id: row.id, secret: row.secret, created_on: toTimestamp(row.created_on), state: 'STATE_ENABLED' };
}

export function locationSecrets(db: Db, locationId: string): SecretRow[] {
  return db.prepare('SELECT id, secret, created_on FROM location_secrets WHERE location_id = ? ORDER BY created_on, id').all(locationId) as SecretRow[];
}

export function locationMessage(db: Db, row: LocationRow): Location {
  const secrets = locationSecrets(db, row.id);
  const robotCount = (db.prepare('SELECT count(*) AS n FROM robots WHERE location_id = ?').get(row.id) as { n: number }).n;
  return {
    id: row.id,
    name: row.name,
    parent_location_id: row.parent_location_id ?? '',
    auth: { location_id: row.id, secret: secrets[0]?.secret ?? '', secrets: secrets.map(secretMessage) },
    organizations: [
      { organization_id: row.organization_id, primary: true },
      ...sharedWith(db, locationChain(db, row.id)).map((organizationId) => ({ organization_id: organizationId, primary: false })),
    ],
    created_on: toTimestamp(row.created_on),
    robot_count: robotCount,
  };
}

/** Online state from the last time the part (or any part, for a robot) called the fleet server. */
export function onlineState(lastAccess: number | null, windowSeconds: number, now = Date.now()): { state: OnlineState; secondsSinceOnline: number } {
  if (lastAccess === null) return { state: 'ONLINE_STATE_AWAITING_SETUP', secondsSinceOnline: 0 };
  const seconds = Math.max(0, Math.floor((now - lastAccess) / 1000));
  return { state: seconds <= windowSeconds ? 'ONLINE_STATE_ONLINE' : 'ONLINE_STATE_OFFLINE', secondsSinceOnline: seconds };
}

/**
 * Robots as messages, with the last access of all of them (the latest of their parts) read in one
 * grouped query; robot lists are on the hot path of fleet trees. `robotMessage` is the single form.
 */
export function robotMessages(db: Db, rows: RobotRow[], windowSeconds: number): Robot[] {
  if (rows.length === 0) return [];
  const lastAccess = new Map(
    (db
      .prepare('SELECT robot_id, max(last_access) AS last_access FROM robot_parts WHERE robot_id IN (SELECT value FROM json_each(?)) GROUP BY robot_id')
      .all(JSON.stringify(rows.map((row) => row.id))) as { robot_id: string; last_access: number | null }[]).map((r) => [r.robot_id, r.last_access]),
  );
  const now = Date.now();
  return rows.map((row) => buildRobotMessage(row, lastAccess.get(row.id) ?? null, windowSeconds, now));
}

export function robotMessage(db: Db, row: RobotRow, windowSeconds: number): Robot {
  return robotMessages(db, [row], windowSeconds)[0]!;
}

function buildRobotMessage(row: RobotRow, lastAccess: number | null, windowSeconds: number, now: number): Robot {
  const online = onlineState(lastAccess, windowSeconds, now);
  return {
    id: row.id,
    name: row.name,
    location: row.location_id,
    last_access: lastAccess === null ? null : toTimestamp(lastAccess),
    created_on: toTimestamp(row.created_on),
    online_state: online.state,
    seconds_since_online: online.secondsSinceOnline,
  };
}

export function partSecrets(db: Db, partId: string): SecretRow[] {
  return db.prepare('SELECT id, secret, created_on FROM part_secrets WHERE part_id = ? ORDER BY created_on, id').all(partId) as SecretRow[];
}

const dnsLabel = (name: string) => name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'part';

/**
 * Parts as messages, with the robots and secrets of all of them read in one query each (lists of
 * parts are on the hot path of fleet trees). `partMessage` is the single-part form of the same.
 */
export function partMessages(db: Db, rows: PartRow[], windowSeconds: number): RobotPart[] {
  if (rows.length === 0) return [];
  const robotIds = JSON.stringify([...new Set(rows.map((row) => row.robot_id))]);
  const robots = new Map(
    (db.prepare('SELECT id, name, location_id FROM robots WHERE id IN (SELECT value FROM json_each(?))').all(robotIds) as {
      id: string;
      name: string;
      location_id: string;
    }[]).map((robot) => [robot.id, robot]),
  );
  const secretsByPart = new Map<string, SecretRow[]>();
  const secretRows = db
    .prepare('SELECT part_id, id, secret, created_on FROM part_secrets WHERE part_id IN (SELECT value FROM json_each(?)) ORDER BY created_on, id')
    .all(JSON.stringify(rows.map((row) => row.id))) as (SecretRow & { part_id: string })[];
  for (const { part_id: partId, ...secret } of secretRows) {
    const list = secretsByPart.get(partId);
    if (list) list.push(secret);
    else secretsByPart.set(partId, [secret]);
  }
  const now = Date.now();
  return rows.map((row) => buildPartMessage(row, robots.get(row.robot_id)!, secretsByPart.get(row.id) ?? [], windowSeconds, now));
}

export function partMessage(db: Db, row: PartRow, windowSeconds: number): RobotPart {
  return partMessages(db, [row], windowSeconds)[0]!;
}

function buildPartMessage(row: PartRow, robot: { name: string; location_id: string }, secrets: SecretRow[], windowSeconds: number, now: number): RobotPart {
  const online = onlineState(row.last_access, windowSeconds, now);
  const dnsName = `${dnsLabel(robot.name)}-${dnsLabel(row.name)}`;
  const fqdn = `${dnsName}.${robot.location_id.slice(0, 8)}.${FQDN_DOMAIN}`;
  return {
    id: row.id,
    name: row.name,
    dns_name: dnsName,
    secret: secrets[0]?.secret ?? '',
    robot: row.robot_id,
    location_id: robot.location_id,
    robot_config: toStruct(JSON.parse(row.robot_config) as JsonObject),
    last_access: row.last_access === null ? null : toTimestamp(row.last_access),
    user_supplied_info: toStruct(JSON.parse(row.user_supplied_info) as JsonObject),
    main_part: row.main_part === 1,
    fqdn,
    local_fqdn: `${dnsName}.${robot.location_id.slice(0, 8)}.local.${FQDN_DOMAIN}`,
    created_on: toTimestamp(row.created_on),
    secrets: secrets.map(secretMessage),
    last_updated: toTimestamp(row.last_updated),
    online_state: online.state,
    seconds_since_online: online.secondsSinceOnline,
  };
}
