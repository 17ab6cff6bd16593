/** RobotPart: one viam-server of a robot, with its config, secrets and edit history. */
import { builder } from './builder.ts';
import { LocationRef, RobotPartHistoryEntryRef, RobotPartRef, RobotRef, SharedSecretRef } from './refs.ts';
import { OnlineStateEnum } from './enums.ts';
import { fromStruct, fromTimestamp } from '../wire/struct.ts';
import {
  createRobotPartSecret,
  deleteRobotPart,
  deleteRobotPartSecret,
  historyEditedBy,
  historyEntryId,
  historyOld,
  partObjectId,
  markPartAsMain,
  markPartForRestart,
  newRobotPart,
  partConfigJson,
  partHistory,
  robotPartByName,
  updateRobotPart,
} from '../resolvers/parts.ts';

RobotPartRef.implement({
  description: 'A part of a robot: one viam-server process with its own config and secrets.',
  fields: (t) => ({
    id: t.id({
      nullable: false,
      description:
        "Part id (UUID). An old version (`history.old`) has the id of its history entry instead, so a client cache keeps it apart from the part now; the part's id is then the entry's `partId`.",
      resolve: partObjectId,
    }),
    name: t.exposeString('name', { nullable: false, description: 'Display name, unique within the robot.' }),
    mainPart: t.exposeBoolean('main_part', { nullable: false, description: 'Whether this is the main part of its robot.' }),
    dnsName: t.exposeString('dns_name', { description: 'DNS label of the part.' }),
    fqdn: t.exposeString('fqdn', { description: 'Fully qualified name for remote connections.' }),
    localFqdn: t.exposeString('local_fqdn', { description: 'Fully qualified name on the local network.' }),
    createdOn: t.field({ type: 'DateTime', description: 'When the part was created.', resolve: (p) => fromTimestamp(p.created_on) }),
    lastUpdated: t.field({ type: 'DateTime', description: 'When its config last changed.', resolve: (p) => fromTimestamp(p.last_updated) }),
    lastAccess: t.field({ type: 'DateTime', description: 'Last contact of the part with the cloud.', resolve: (p) => fromTimestamp(p.last_access) }),
    onlineState: t.field({ type: OnlineStateEnum, description: 'Online, offline or awaiting setup.', resolve: (p) => p.online_state }),
    secondsSinceOnline: t.exposeInt('seconds_since_online', { description: 'Seconds since its last contact.' }),
    config: t.field({ type: 'JSON', description: 'The robot config of this part, as JSON.', resolve: (p) => fromStruct(p.robot_config) }),
    configJson: t.string({
      description:
        'The config as the upstream formats it (GetRobotPart config_json). For a version in `history`, which the upstream keeps no text of, that version\'s config as indented JSON.',
      resolve: partConfigJson,
    }),
    secrets: t.field({ type: [SharedSecretRef], description: "Secrets the part authenticates with: empty unless the caller owns the part in its own organization (not through a share).", resolve: (p) => p.secrets }),
    robot: t.field({ type: RobotRef, description: 'The robot this part belongs to.', resolve: (p) => p.robot }),
    location: t.field({ type: LocationRef, description: 'The location of its robot.', resolve: (p) => p.location_id }),
    history: t.field({
      type: [RobotPartHistoryEntryRef],
      description: 'Earlier versions of the part, newest first, with who changed them (GetRobotPartHistory).',
      resolve: partHistory,
    }),
  }),
});

RobotPartHistoryEntryRef.implement({
  description: 'A part as it was before one edit, and who made the edit.',
  fields: (t) => ({
    id: t.id({
      nullable: false,
      description: 'Id of this entry (upstream has none): the part, the time of the edit to the nanosecond and a digest of the version it replaced.',
      resolve: historyEntryId,
    }),
    partId: t.exposeID('part', { description: 'The part.' }),
    robotId: t.exposeID('robot', { description: 'Its robot.' }),
    when: t.field({ type: 'DateTime', description: 'When the edit happened.', resolve: (h) => fromTimestamp(h.when) }),
    old: t.field({
      type: RobotPartRef,
      description: 'The part before the edit.',
      resolve: historyOld,
    }),
    editedBy: t.string({
      description:
        'Who edited it: "<kind>:<id>", kind being api-key, user, robot-part or location (a part or location secret), e.g. "api-key:<key id>".',
      resolve: historyEditedBy,
    }),
  }),
});

builder.queryField('robotPart', (t) =>
  t.field({
    type: RobotPartRef,
    description: 'One robot part by id (GetRobotPart).',
    args: { id: t.arg.id({ required: true, description: 'Part id.' }) },
    resolve: (_root, args) => args.id,
  }),
);

builder.queryField('robotPartByName', (t) =>
  t.field({
    type: RobotPartRef,
    description:
      'The part of that name among the robots of a location (GetRobotPartByNameAndLocation); the oldest if robots there share part names. NOT_FOUND when there is none.',
    args: {
      locationId: t.arg.id({ required: true, description: 'The location its robot is in.' }),
      name: t.arg.string({ required: true, description: 'Part name.' }),
    },
    resolve: robotPartByName,
  }),
);

builder.mutationFields((t) => {
  const partId = () => t.arg.id({ required: true, description: 'The part.' });
  return {
  newRobotPart: t.field({
    type: RobotPartRef,
    description: 'Add a part to a robot (NewRobotPart).',
    args: { robotId: t.arg.id({ required: true, description: 'The robot.' }), name: t.arg.string({ required: true, description: 'Part name.' }) },
    resolve: newRobotPart,
  }),
  updateRobotPart: t.field({
    type: RobotPartRef,
    description: 'Rename a part and replace its config; the old version goes to its history (UpdateRobotPart).',
    args: {
      id: partId(),
      name: t.arg.string({ required: true, description: 'New (or same) name.' }),
      config: t.arg({ type: 'JSON', required: true, description: 'The whole new robot config, a JSON object.' }),
      lastKnownUpdate: t.arg({
        type: 'DateTime',
        description: 'The `lastUpdated` you read: if the part changed after it, the update is refused with CONFLICT and nothing is written.',
      }),
    },
    resolve: updateRobotPart,
  }),
  deleteRobotPart: t.id({
    description: 'Delete a part that is not the main part; returns its id (DeleteRobotPart).',
    args: { id: partId() },
    resolve: deleteRobotPart,
  }),
  markPartAsMain: t.field({
    type: RobotPartRef,
    description: 'Make this part the main part of its robot (MarkPartAsMain).',
    args: { id: partId() },
    resolve: markPartAsMain,
  }),
  markPartForRestart: t.field({
    type: RobotPartRef,
    description: 'Ask the part to restart the next time it checks in (MarkPartForRestart).',
    args: { id: partId() },
    resolve: markPartForRestart,
  }),
  createRobotPartSecret: t.field({
    type: RobotPartRef,
    description: 'Add a secret to a part; returns the part with all its secrets (CreateRobotPartSecret).',
    args: { partId: partId() },
    resolve: createRobotPartSecret,
  }),
  deleteRobotPartSecret: t.id({
    description: 'Delete one of a part\'s secrets (not its last); returns the secret id (DeleteRobotPartSecret).',
    args: { partId: partId(), secretId: t.arg.id({ required: true, description: 'The secret to delete.' }) },
    resolve: deleteRobotPartSecret,
  }),
  };
});
