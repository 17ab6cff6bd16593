/**
 * Every object type's ref, declared once so domain files can point at each other without import
 * cycles. Types with an upstream "get by id" call are loadable: one call per distinct id per
 * operation, and objects that arrive from list calls prime the cache (`cacheResolved`). With the
 * gateway's `batching: false`, each load is a call of its own (see loaders.ts).
 */
import { builder } from './builder.ts';
import { loadFragments, loadLocations, loadModules, loadOrganizations, loadParts, loadRobots } from '../upstream/batch.ts';
import { isFromSummary } from '../upstream/summaries.ts';
import { byBatchingOption, type BatchLoad } from './loaders.ts';
import type { UpstreamSession } from '../upstream/session.ts';
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

type FetchByIds<Shape> = (session: UpstreamSession, ids: readonly string[]) => Promise<(Shape | Error)[]>;

/**
 * A loadable ref fetching by id with `fetch`. Objects from ListMachineSummaries hold only a few
 * fields, so they are cached under a key no by-id load asks for: `robot(id)` elsewhere in the
 * operation still fetches the whole robot.
 */
function loadableRef<Shape extends object>(name: string, toKey: (value: Shape) => string, fetch: FetchByIds<Shape>) {
  const load: BatchLoad<string, Shape> = (ids, ctx) => fetch(ctx.upstream, ids);
  const cacheResolved = (value: Shape) => (isFromSummary(value) ? `summary:${toKey(value)}` : toKey(value));
  const ref = builder.loadableObjectRef<Shape, string, string, Shape>(name, { cacheResolved, load });
  // Pothos reads getDataloader off the ref when the type is implemented, which is after this.
  ref.getDataloader = byBatchingOption(ref.getDataloader, load);
  return ref;
}

const byId = (value: { id: string }) => value.id;

export const OrganizationRef = loadableRef<Organization__Output>('Organization', byId, loadOrganizations);
export const LocationRef = loadableRef<Location__Output>('Location', byId, loadLocations);
export const RobotRef = loadableRef<Robot__Output>('Robot', byId, loadRobots);
export const RobotPartRef = loadableRef<RobotPart__Output>('RobotPart', byId, loadParts);
export const FragmentRef = loadableRef<Fragment__Output>('Fragment', byId, loadFragments);
export const ModuleRef = loadableRef<Module__Output>('Module', (value) => value.module_id, loadModules);

export const LocationAuthRef = builder.objectRef<LocationAuth__Output>('LocationAuth');
export const SharedSecretRef = builder.objectRef<SharedSecret__Output>('SharedSecret');
export const RobotPartHistoryEntryRef = builder.objectRef<RobotPartHistoryEntry__Output>('RobotPartHistoryEntry');
export const LogEntryRef = builder.objectRef<LogEntry__Output>('LogEntry');
export const ModuleVersionRef = builder.objectRef<VersionHistory__Output>('ModuleVersion');
export const ModuleModelRef = builder.objectRef<Model__Output>('ModuleModel');
export const AuthorizationRef = builder.objectRef<Authorization__Output>('Authorization');
export const OrganizationMemberRef = builder.objectRef<OrganizationMember__Output>('OrganizationMember');
export const OrganizationInviteRef = builder.objectRef<OrganizationInvite__Output>('OrganizationInvite');
