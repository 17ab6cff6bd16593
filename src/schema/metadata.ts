/** Metadata: a JSON object on every organization, location, robot and part, replaced whole by its update mutation. */
import { builder } from './builder.ts';
import { LocationRef, OrganizationRef, RobotPartRef, RobotRef } from './refs.ts';
import {
  metadataOf,
  updateLocationMetadata,
  updateOrganizationMetadata,
  updateRobotMetadata,
  updateRobotPartMetadata,
} from '../resolvers/metadata.ts';

const READ = 'Metadata, a JSON object ({} when none was set). Operators read it; asked on many objects, one call per object, all in the same wave';

builder.objectField(OrganizationRef, 'metadata', (t) =>
  t.field({ type: 'JSON', nullable: false, description: `${READ} (GetOrganizationMetadata).`, resolve: metadataOf('organization') }),
);
builder.objectField(LocationRef, 'metadata', (t) =>
  t.field({ type: 'JSON', nullable: false, description: `${READ} (GetLocationMetadata).`, resolve: metadataOf('location') }),
);
builder.objectField(RobotRef, 'metadata', (t) =>
  t.field({ type: 'JSON', nullable: false, description: `${READ} (GetRobotMetadata).`, resolve: metadataOf('robot') }),
);
builder.objectField(RobotPartRef, 'metadata', (t) =>
  t.field({ type: 'JSON', nullable: false, description: `${READ} (GetRobotPartMetadata).`, resolve: metadataOf('part') }),
);

const WRITE = 'Replace the metadata whole with `data`, a JSON object of at most 64 KiB (owners only)';

builder.mutationFields((t) => {
  const data = () => t.arg({ type: 'JSON', required: true, description: 'The whole new metadata, a JSON object ({} clears it).' });
  return {
    updateOrganizationMetadata: t.field({
      type: OrganizationRef,
      nullable: false,
      description: `${WRITE} (UpdateOrganizationMetadata).`,
      args: { id: t.arg.id({ required: true, description: 'The organization.' }), data: data() },
      resolve: updateOrganizationMetadata,
    }),
    updateLocationMetadata: t.field({
      type: LocationRef,
      nullable: false,
      description: `${WRITE} (UpdateLocationMetadata).`,
      args: { id: t.arg.id({ required: true, description: 'The location.' }), data: data() },
      resolve: updateLocationMetadata,
    }),
    updateRobotMetadata: t.field({
      type: RobotRef,
      nullable: false,
      description: `${WRITE} (UpdateRobotMetadata).`,
      args: { id: t.arg.id({ required: true, description: 'The robot.' }), data: data() },
      resolve: updateRobotMetadata,
    }),
    updateRobotPartMetadata: t.field({
      type: RobotPartRef,
      nullable: false,
      description: `${WRITE} (UpdateRobotPartMetadata).`,
      args: { id: t.arg.id({ required: true, description: 'The robot part.' }), data: data() },
      resolve: updateRobotPartMetadata,
    }),
  };
});
