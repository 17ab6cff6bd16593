/**
 * Subscription.machineStatus: the online state and make-up of an organization's fleet, pushed. Its
 * objects carry `id` (robots, parts, locations) so client caches normalize them, and every field
 * is read from the shared poll's data: resolving an event never calls the upstream.
 */
import { builder } from './builder.ts';
import { OnlineStateEnum } from './enums.ts';
import { machineStatusEvent, subscribeToMachineStatus } from '../resolvers/machine-status.ts';
import type { StatusChange, StatusEvent, StatusLocation, StatusPart, StatusRobot } from '../upstream/machine-status-diff.ts';

const EventKindEnum = builder.enumType('MachineStatusEventKind', {
  description: 'What a machineStatus event holds.',
  values: {
    SNAPSHOT: { description: 'The first event: every location and robot in scope; replace what you hold.' },
    CHANGE: { description: 'What changed since the previous event; apply `changes` in order.' },
  } as const,
});

const ChangeKindEnum = builder.enumType('MachineStatusChangeKind', {
  description: 'One change to the fleet as machineStatus sees it.',
  values: {
    LOCATION_ADDED: { description: 'A location came into scope (`location`).' },
    LOCATION_REMOVED: { description: 'A location left the scope or was deleted (`locationId`).' },
    LOCATION_RENAMED: { description: 'A location has a new name (`location`, `previousName`).' },
    ROBOT_ADDED: { description: 'A robot came into scope (`robot`, with its parts); also a robot moved here from outside the scope.' },
    ROBOT_REMOVED: { description: 'A robot left the scope or was deleted (`robotId`); also a robot moved outside the scope.' },
    ROBOT_RENAMED: { description: 'A robot has a new name (`robot`, `previousName`).' },
    ROBOT_MOVED: { description: 'A robot moved to another location in scope (`robot`, `previousLocationId`).' },
    PART_ADDED: { description: 'A part was added to a robot (`part`, `robot`).' },
    PART_REMOVED: { description: 'A part was deleted (`partId`, `robot`).' },
    PART_RENAMED: { description: 'A part has a new name (`part`, `previousName`).' },
    PART_UPDATED: { description: 'What a part reports changed: viam-server or agent version, OS, platform, address, or which part is main (`part`).' },
    ONLINE: { description: 'A part (`partId` set) or a robot as a whole (`partId` null) came online.' },
    OFFLINE: { description: 'A part (`partId` set) or a robot as a whole (`partId` null) went offline: no contact within the upstream\'s online window.' },
  } as const,
});

const LocationStatusRef = builder.objectRef<StatusLocation>('MachineStatusLocation');
const RobotStatusRef = builder.objectRef<StatusRobot>('MachineStatusRobot');
const PartStatusRef = builder.objectRef<StatusPart>('MachineStatusPart');
const ChangeRef = builder.objectRef<StatusChange>('MachineStatusChange');
const EventRef = builder.objectRef<StatusEvent>('MachineStatusEvent');

LocationStatusRef.implement({
  description: 'A location as machineStatus shows it.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Location id.' }),
    name: t.exposeString('name', { nullable: false, description: 'Location name.' }),
  }),
});

PartStatusRef.implement({
  description: 'A robot part as machineStatus shows it, with what its robot last reported.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Part id.' }),
    name: t.exposeString('name', { nullable: false, description: 'Part name.' }),
    robotId: t.exposeID('robotId', { nullable: false, description: 'Its robot.' }),
    locationId: t.exposeID('locationId', { nullable: false, description: "Its robot's location." }),
    mainPart: t.exposeBoolean('mainPart', { nullable: false, description: 'Whether it is the main part.' }),
    onlineState: t.field({ type: OnlineStateEnum, nullable: false, description: 'Online, offline or awaiting setup.', resolve: (p) => p.onlineState }),
    lastAccess: t.field({ type: 'DateTime', description: 'Last contact with the cloud, as of this event.', resolve: (p) => p.lastAccess }),
    lastOnline: t.field({ type: 'DateTime', description: 'When it was last online, as of this event.', resolve: (p) => p.lastOnline }),
    viamServerVersion: t.exposeString('viamServerVersion', { description: 'Reported viam-server version.' }),
    viamAgentVersion: t.exposeString('viamAgentVersion', { description: 'Reported viam-agent version.' }),
    os: t.exposeString('os', { description: 'Reported operating system.' }),
    platform: t.exposeString('platform', { description: 'Reported platform.' }),
    publicIpAddress: t.exposeString('publicIpAddress', { description: 'Address it last called from.' }),
  }),
});

RobotStatusRef.implement({
  description: 'A robot as machineStatus shows it.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Robot id.' }),
    name: t.exposeString('name', { nullable: false, description: 'Robot name.' }),
    locationId: t.exposeID('locationId', { nullable: false, description: 'Its location.' }),
    onlineState: t.field({
      type: OnlineStateEnum,
      nullable: false,
      description: 'Online when any part is; offline when none is but one was seen; else awaiting setup.',
      resolve: (r) => r.onlineState,
    }),
    lastAccess: t.field({ type: 'DateTime', description: 'The latest last access of its parts, as of this event.', resolve: (r) => r.lastAccess }),
    parts: t.field({ type: [PartStatusRef], nullable: false, description: 'Its parts, main part first.', resolve: (r) => r.parts }),
  }),
});

ChangeRef.implement({
  description: 'A value without identity: one change, naming what changed; the objects are as they are after it.',
  fields: (t) => ({
    kind: t.field({ type: ChangeKindEnum, nullable: false, description: 'What happened.', resolve: (c) => c.kind }),
    locationId: t.exposeID('locationId', { nullable: false, description: 'The location concerned (for a robot or part: its robot\'s location now).' }),
    robotId: t.exposeID('robotId', { description: 'The robot concerned; null for location changes.' }),
    partId: t.exposeID('partId', { description: 'The part concerned; null for location and whole-robot changes.' }),
    previousLocationId: t.exposeID('previousLocationId', { description: 'ROBOT_MOVED: where the robot was.' }),
    previousName: t.exposeString('previousName', { description: '*_RENAMED: the name before.' }),
    location: t.field({ type: LocationStatusRef, description: 'LOCATION_ADDED, LOCATION_RENAMED: the location.', resolve: (c) => c.location }),
    robot: t.field({ type: RobotStatusRef, description: 'The robot as it is now; null when removed and for location changes.', resolve: (c) => c.robot }),
    part: t.field({ type: PartStatusRef, description: 'The part as it is now, for part changes; null when removed.', resolve: (c) => c.part }),
  }),
});

EventRef.implement({
  description: 'A value without identity: a machineStatus event, a SNAPSHOT first, then one CHANGE per poll that saw something change.',
  fields: (t) => ({
    kind: t.field({ type: EventKindEnum, nullable: false, description: 'SNAPSHOT or CHANGE.', resolve: (e) => e.kind }),
    organizationId: t.exposeID('organizationId', { nullable: false, description: 'The organization.' }),
    polledAt: t.field({ type: 'DateTime', nullable: false, description: 'When the upstream answered the poll this event comes from.', resolve: (e) => e.polledAt }),
    locations: t.field({
      type: [LocationStatusRef],
      nullable: false,
      description: 'SNAPSHOT: every location in scope. CHANGE: the locations added or renamed.',
      resolve: (e) => e.locations,
    }),
    robots: t.field({
      type: [RobotStatusRef],
      nullable: false,
      description: 'SNAPSHOT: every robot in scope, with its parts. CHANGE: each robot that changed (and still exists in scope), as it is now.',
      resolve: (e) => e.robots,
    }),
    changes: t.field({ type: [ChangeRef], nullable: false, description: 'CHANGE: what changed, in order. SNAPSHOT: empty.', resolve: (e) => e.changes }),
  }),
});

builder.subscriptionField('machineStatus', (t) =>
  t.field({
    type: EventRef,
    nullable: false,
    description:
      'Live status of an organization\'s robots and parts: a SNAPSHOT first, then a CHANGE event whenever a robot or part is added, removed, renamed, moved, goes online or offline, or reports something new. ' +
      'One ListMachineSummaries poll per organization and credentials is shared by every subscriber on this gateway (--status-interval-ms); a mutation through the gateway refreshes it at once. ' +
      'Ends with an error (FORBIDDEN, UNAUTHENTICATED, UPSTREAM_UNAVAILABLE, SUBSCRIBER_BUFFER_OVERFLOW) when it cannot go on.',
    args: {
      organizationId: t.arg.id({ required: true, description: 'The organization.' }),
      locationIds: t.arg.idList({ description: 'Only robots in these locations (absent or empty: every location the credentials see).' }),
    },
    subscribe: subscribeToMachineStatus,
    resolve: (event) => machineStatusEvent(event),
  }),
);
