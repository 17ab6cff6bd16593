/**
 * Every object type's ref, declared once so domain files can point at each other without import
 * cycles. Types with an upstream "get by id" call are loadable: one call per distinct id per
 * operation, and objects that arrive from list calls prime the cache (`cacheResolved`).
 */
import { builder } from './builder.ts';
import { loadFragments, loadLocations, loadModules, loadOrganizations, loadParts, loadRobots } from '../upstream/batch.ts';
import type { Organization__Output } from '../generated/viam/app/v1/Organization.ts';
import type { Location__Output } from '../generated/viam/app/v1/Location.ts';
import type { LocationAuth__Output } from '../generated/viam/app/v1/LocationAuth.ts';
import type { SharedSecret__Output } from '../generated/viam/app/v1/SharedSecret.ts';
import type { Robot__Output } from '../generated/viam/app/v1/Robot.ts';
import type { RobotPart__Output } from '../generated/viam/app/v1/RobotPart.ts';
import type { RobotPartHistoryEntry__Output } from '../generated/viam/app/v1/RobotPartHistoryEntry.ts';
import type { LogEntry__Output } from '../generated/viam/common/v1/LogEntry.ts';
import type { Fragment__Output } from '../generated/viam/app/v1/Fragment.ts';
import type { Module__Output } from '../generated/viam/app/v1/Module.ts';
import type { VersionHistory__Output } from '../generated/viam/app/v1/VersionHistory.ts';
import type { Model__Output } from '../generated/viam/app/v1/Model.ts';
import type { Authorization__Output } from '../generated/viam/app/v1/Authorization.ts';
import type { OrganizationMember__Output } from '../generated/viam/app/v1/OrganizationMember.ts';
import type { OrganizationInvite__Output } from '../generated/viam/app/v1/OrganizationInvite.ts';

const byId = { toKey: (value: { id: string }) => value.id, cacheResolved: true } as const;

export const OrganizationRef = builder.loadableObjectRef<Organization__Output, string>('Organization', {
  ...byId,
  load: (ids, ctx) => loadOrganizations(ctx.upstream, ids),
});
export const LocationRef = builder.loadableObjectRef<Location__Output, string>('Location', {
  ...byId,
  load: (ids, ctx) => loadLocations(ctx.upstream, ids),
});
export const RobotRef = builder.loadableObjectRef<Robot__Output, string>('Robot', {
  ...byId,
  load: (ids, ctx) => loadRobots(ctx.upstream, ids),
});
export const RobotPartRef = builder.loadableObjectRef<RobotPart__Output, string>('RobotPart', {
  ...byId,
  load: (ids, ctx) => loadParts(ctx.upstream, ids),
});
export const FragmentRef = builder.loadableObjectRef<Fragment__Output, string>('Fragment', {
  ...byId,
  load: (ids, ctx) => loadFragments(ctx.upstream, ids),
});
export const ModuleRef = builder.loadableObjectRef<Module__Output, string>('Module', {
  toKey: (value) => value.module_id,
  cacheResolved: true,
  load: (ids, ctx) => loadModules(ctx.upstream, ids),
});

export const LocationAuthRef = builder.objectRef<LocationAuth__Output>('LocationAuth');
export const SharedSecretRef = builder.objectRef<SharedSecret__Output>('SharedSecret');
export const RobotPartHistoryEntryRef = builder.objectRef<RobotPartHistoryEntry__Output>('RobotPartHistoryEntry');
export const LogEntryRef = builder.objectRef<LogEntry__Output>('LogEntry');
export const ModuleVersionRef = builder.objectRef<VersionHistory__Output>('ModuleVersion');
export const ModuleModelRef = builder.objectRef<Model__Output>('ModuleModel');
export const AuthorizationRef = builder.objectRef<Authorization__Output>('Authorization');
export const OrganizationMemberRef = builder.objectRef<OrganizationMember__Output>('OrganizationMember');
export const OrganizationInviteRef = builder.objectRef<OrganizationInvite__Output>('OrganizationInvite');
