/**
 * A fleet's status as Subscription.machineStatus shows it, built from one ListMachineSummaries,
 * and the changes between two of them. Pure data: a poll (machine-status.ts) keeps the last
 * status and hands each group of subscribers (one per location scope) the same event object.
 *
 * Only what a frontend shows as a change makes an event: a robot or part added, removed, renamed,
 * moved, its online state, what its robot reports (version, OS, platform, address, main part). A
 * last access that merely moved forward does not; it rides along in the objects of later events.
 */
import type { LocationSummary__Output } from '../generated/viam/app/v1/LocationSummary.ts';
import type { PartSummary__Output } from '../generated/viam/app/v1/PartSummary.ts';
import type { ViamServerVersion__Output } from '../generated/viam/app/v1/ViamServerVersion.ts';
import type { ViamAgentVersion__Output } from '../generated/viam/app/v1/ViamAgentVersion.ts';
import type { OnlineState__Output } from '../generated/viam/app/v1/OnlineState.ts';
import { fromTimestamp } from '../wire/struct.ts';

/** OnlineState enum values (ONLINE_STATE_*), as the upstream sends them. */
export type OnlineStateValue = OnlineState__Output;

const ONLINE = 'ONLINE_STATE_ONLINE';
const OFFLINE = 'ONLINE_STATE_OFFLINE';
const AWAITING_SETUP = 'ONLINE_STATE_AWAITING_SETUP';

export interface StatusLocation {
  id: string;
  name: string;
}

export interface StatusPart {
  id: string;
  name: string;
  robotId: string;
  locationId: string;
  mainPart: boolean;
  onlineState: OnlineStateValue;
  lastAccess: Date | null;
  lastOnline: Date | null;
  viamServerVersion: string | null;
  viamAgentVersion: string | null;
  os: string | null;
  platform: string | null;
  publicIpAddress: string | null;
}

export interface StatusRobot {
  id: string;
  name: string;
  locationId: string;
  /** Online when any part is; offline when none is but one was seen; else awaiting setup. */
  onlineState: OnlineStateValue;
  /** The latest last access of its parts. */
  lastAccess: Date | null;
  /** Main part first, as ListMachineSummaries orders them. */
  parts: StatusPart[];
}

export interface FleetStatus {
  locations: Map<string, StatusLocation>;
  robots: Map<string, StatusRobot>;
}

export type StatusChangeKind =
  | 'LOCATION_ADDED'
  | 'LOCATION_REMOVED'
  | 'LOCATION_RENAMED'
  | 'ROBOT_ADDED'
  | 'ROBOT_REMOVED'
  | 'ROBOT_RENAMED'
  | 'ROBOT_MOVED'
  | 'PART_ADDED'
  | 'PART_REMOVED'
  | 'PART_RENAMED'
  | 'PART_UPDATED'
  | 'ONLINE'
  | 'OFFLINE';

export interface StatusChange {
  kind: StatusChangeKind;
  locationId: string;
  /** Null for a location change. */
  robotId: string | null;
  /** Null for a location or robot change (ONLINE/OFFLINE of the robot as a whole). */
  partId: string | null;
  /** ROBOT_MOVED: where the robot was. */
  previousLocationId: string | null;
  /** *_RENAMED: the name before. */
  previousName: string | null;
  /** The location as it is now (null when removed or for robot and part changes). */
  location: StatusLocation | null;
  /** The robot as it is now (null when removed or for location changes). */
  robot: StatusRobot | null;
  /** The part as it is now, for part changes (null when removed). */
  part: StatusPart | null;
}

export type StatusEventKind = 'SNAPSHOT' | 'CHANGE';

export interface StatusEvent {
  kind: StatusEventKind;
  organizationId: string;
  /** When the poll that produced it was answered. */
  polledAt: Date;
  /** SNAPSHOT: every location in scope; CHANGE: the locations added or renamed. */
  locations: StatusLocation[];
  /** SNAPSHOT: every robot in scope; CHANGE: the robots (as they are now) that changed and were not removed. */
  robots: StatusRobot[];
  /** CHANGE: what changed, in order; SNAPSHOT: none. */
  changes: StatusChange[];
}

/** The version text whichever way the upstream says it. */
export const versionText = (version: ViamServerVersion__Output | ViamAgentVersion__Output | null | undefined): string | null =>
  version?.major || version?.minor || null;

function toPart(summary: PartSummary__Output, robotId: string, locationId: string): StatusPart {
  return {
    id: summary.part_id,
    name: summary.part_name,
    robotId,
    locationId,
    mainPart: summary.is_main_part,
    onlineState: summary.online_state,
    lastAccess: fromTimestamp(summary.last_access),
    lastOnline: fromTimestamp(summary.last_online),
    viamServerVersion: versionText(summary.viam_server_version),
    viamAgentVersion: versionText(summary.viam_agent_version),
    os: summary.os || null,
    platform: summary.platform || null,
    publicIpAddress: summary.public_ip_address || null,
  };
}

function robotOnlineState(parts: StatusPart[]): OnlineStateValue {
  if (parts.some((p) => p.onlineState === ONLINE)) return ONLINE;
  if (parts.some((p) => p.onlineState === OFFLINE)) return OFFLINE;
  return AWAITING_SETUP;
}

function latest(dates: (Date | null)[]): Date | null {
  let found: Date | null = null;
  for (const date of dates) if (date && (!found || date > found)) found = date;
  return found;
}

/** The status an organization's ListMachineSummaries answer describes. */
export function fleetStatusOf(summaries: readonly LocationSummary__Output[]): FleetStatus {
  const status: FleetStatus = { locations: new Map(), robots: new Map() };
  for (const location of summaries) {
    status.locations.set(location.location_id, { id: location.location_id, name: location.location_name });
    for (const machine of location.machine_summaries) {
      const parts = machine.part_summaries.map((part) => toPart(part, machine.machine_id, location.location_id));
      status.robots.set(machine.machine_id, {
        id: machine.machine_id,
        name: machine.machine_name,
        locationId: location.location_id,
        onlineState: robotOnlineState(parts),
        lastAccess: latest(parts.map((p) => p.lastAccess)),
        parts,
      });
    }
  }
  return status;
}

/** Location ids a subscription is limited to; null: the whole organization (as the credential sees it). */
export type StatusScope = ReadonlySet<string> | null;

/** The key of subscribers that see the same events. */
export const scopeKey = (scope: StatusScope): string => (scope ? JSON.stringify([...scope].sort()) : '*');

/** The part of `status` inside `scope`. */
export function scopedStatus(status: FleetStatus, scope: StatusScope): FleetStatus {
  if (!scope) return status;
  return {
    locations: new Map([...status.locations].filter(([id]) => scope.has(id))),
    robots: new Map([...status.robots].filter(([, robot]) => scope.has(robot.locationId))),
  };
}

export function snapshotEvent(organizationId: string, status: FleetStatus, polledAt: Date): StatusEvent {
  return { kind: 'SNAPSHOT', organizationId, polledAt, locations: [...status.locations.values()], robots: [...status.robots.values()], changes: [] };
}

function change(kind: StatusChangeKind, locationId: string, fields: Partial<StatusChange> = {}): StatusChange {
  return { kind, locationId, robotId: null, partId: null, previousLocationId: null, previousName: null, location: null, robot: null, part: null, ...fields };
}

/** What the robot reports that a frontend shows: a change of any of it is PART_UPDATED. */
const reportedOf = (p: StatusPart) => [p.mainPart, p.viamServerVersion, p.viamAgentVersion, p.os, p.platform, p.publicIpAddress].join('\u0000');

function onlineChange(before: OnlineStateValue, after: OnlineStateValue): StatusChangeKind | null {
  if (before === after) return null;
  if (after === ONLINE) return 'ONLINE';
  if (after === OFFLINE) return 'OFFLINE';
  return null;
}

function partChanges(before: StatusRobot, after: StatusRobot): StatusChange[] {
  const changes: StatusChange[] = [];
  const old = new Map(before.parts.map((p) => [p.id, p]));
  const at = (part: StatusPart, kind: StatusChangeKind, fields: Partial<StatusChange> = {}) =>
    change(kind, after.locationId, { robotId: after.id, partId: part.id, robot: after, part, ...fields });
  for (const part of after.parts) {
    const was = old.get(part.id);
    old.delete(part.id);
    if (!was) {
      changes.push(at(part, 'PART_ADDED'));
      continue;
    }
    if (was.name !== part.name) changes.push(at(part, 'PART_RENAMED', { previousName: was.name }));
    if (reportedOf(was) !== reportedOf(part)) changes.push(at(part, 'PART_UPDATED'));
    const online = onlineChange(was.onlineState, part.onlineState);
    if (online) changes.push(at(part, online));
  }
  for (const gone of old.values()) changes.push(change('PART_REMOVED', after.locationId, { robotId: after.id, partId: gone.id, robot: after }));
  return changes;
}

/** The CHANGE event that takes a subscriber from `before` to `after` (both in its scope), or null when nothing it shows changed. */
export function changeEvent(organizationId: string, before: FleetStatus, after: FleetStatus, polledAt: Date): StatusEvent | null {
  const changes: StatusChange[] = [];
  const locations: StatusLocation[] = [];
  for (const location of after.locations.values()) {
    const was = before.locations.get(location.id);
    if (!was) changes.push(change('LOCATION_ADDED', location.id, { location }));
    else if (was.name !== location.name) changes.push(change('LOCATION_RENAMED', location.id, { location, previousName: was.name }));
    else continue;
    locations.push(location);
  }
  const robots: StatusRobot[] = [];
  for (const robot of after.robots.values()) {
    const was = before.robots.get(robot.id);
    const count = changes.length;
    const of = (kind: StatusChangeKind, fields: Partial<StatusChange> = {}) => change(kind, robot.locationId, { robotId: robot.id, robot, ...fields });
    if (!was) changes.push(of('ROBOT_ADDED'));
    else {
      if (was.name !== robot.name) changes.push(of('ROBOT_RENAMED', { previousName: was.name }));
      if (was.locationId !== robot.locationId) changes.push(of('ROBOT_MOVED', { previousLocationId: was.locationId }));
      changes.push(...partChanges(was, robot));
      const online = onlineChange(was.onlineState, robot.onlineState);
      if (online) changes.push(of(online));
    }
    if (changes.length > count) robots.push(robot);
  }
  for (const was of before.robots.values()) {
    if (!after.robots.has(was.id)) changes.push(change('ROBOT_REMOVED', was.locationId, { robotId: was.id }));
  }
  for (const was of before.locations.values()) {
    if (!after.locations.has(was.id)) changes.push(change('LOCATION_REMOVED', was.id));
  }
  if (changes.length === 0) return null;
  return { kind: 'CHANGE', organizationId, polledAt, locations, robots, changes };
}
