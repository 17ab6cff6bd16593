/** Robot (a Viam machine): lives in a location and is made of parts. */
import { builder } from './builder.ts';
import { LocationRef, RobotPartRef, RobotRef } from './refs.ts';
import { OnlineStateEnum } from './enums.ts';
import { fromTimestamp } from '../wire/struct.ts';
import { deleteRobot, newRobot, robotById, robotMainPart, robotParts, updateRobot } from '../resolvers/robots.ts';

RobotRef.implement({
  description: 'A robot (Viam machine) in a location, made of one or more parts.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Robot id (UUID).' }),
    name: t.exposeString('name', { nullable: false, description: 'Display name.' }),
    createdOn: t.field({ type: 'DateTime', description: 'When the robot was created.', resolve: (r) => fromTimestamp(r.created_on) }),
    lastAccess: t.field({ type: 'DateTime', description: 'Last contact of any of its parts with the cloud.', resolve: (r) => fromTimestamp(r.last_access) }),
    onlineState: t.field({ type: OnlineStateEnum, description: 'Online, offline or awaiting setup.', resolve: (r) => r.online_state }),
    secondsSinceOnline: t.exposeInt('seconds_since_online', { description: 'Seconds since its last contact.' }),
    location: t.field({ type: LocationRef, description: 'The location the robot is in.', resolve: (r) => r.location }),
    parts: t.field({
      type: [RobotPartRef],
      description: 'Parts of the robot, main part first (GetRobotParts; all robots of a request are fetched in the same wave).',
      resolve: robotParts,
    }),
    mainPart: t.field({
      type: RobotPartRef,
      description: 'The main part of the robot (from the same GetRobotParts call as `parts`).',
      resolve: robotMainPart,
    }),
  }),
});

builder.queryField('robot', (t) =>
  t.field({
    type: RobotRef,
    description: 'One robot by id (GetRobot).',
    args: { id: t.arg.id({ required: true, description: 'Robot id.' }) },
    resolve: robotById,
  }),
);

builder.mutationFields((t) => ({
  newRobot: t.field({
    type: RobotRef,
    description: 'Create a robot with its main part in a location (NewRobot).',
    args: {
      locationId: t.arg.id({ required: true, description: 'Location to create it in.' }),
      name: t.arg.string({ required: true, description: 'Display name.' }),
    },
    resolve: newRobot,
  }),
  updateRobot: t.field({
    type: RobotRef,
    description: 'Rename a robot and/or move it to another location (UpdateRobot).',
    args: {
      id: t.arg.id({ required: true, description: 'Robot to change.' }),
      name: t.arg.string({ required: true, description: 'New (or same) name.' }),
      locationId: t.arg.id({ required: true, description: 'New (or same) location.' }),
    },
    resolve: updateRobot,
  }),
  deleteRobot: t.id({
    description: 'Delete a robot and its parts; returns its id (DeleteRobot).',
    args: { id: t.arg.id({ required: true, description: 'Robot to delete.' }) },
    resolve: deleteRobot,
  }),
}));
