/**
 * Every object type's ref, declared once so domain files can point at each other without import
 * cycles. Types with an upstream "get by id" call are loadable (stock `loadableObjectRef`): one
 * call per distinct id per operation, and objects that arrive from other calls prime the cache
 * (`cacheResolved`). Their loaders use the process's stock loader options (operation-cache.ts).
 */
import { builder } from './builder.ts';
import { loaderOptions } from '../resolvers/operation-cache.ts';
import { cacheKeyOf, type FragmentShape, type LocationShape, type PartShape, type RobotShape } from '../resolvers/shapes.ts';
import { organizationsById } from '../resolvers/organizations.ts';
import { locationsById } from '../resolvers/locations.ts';
import { robotsById } from '../resolvers/robots.ts';
import { partsById } from '../resolvers/parts.ts';
import { fragmentsById } from '../resolvers/fragments.ts';
import { modulesById } from '../resolvers/modules.ts';
import { registryItemsById } from '../resolvers/registry.ts';
import type { Organization__Output } from '../generated/viam/app/v1/Organization.ts';
import type { LocationAuth__Output } from '../generated/viam/app/v1/LocationAuth.ts';
import type { SharedSecret__Output } from '../generated/viam/app/v1/SharedSecret.ts';
import type { RobotPartHistoryEntry__Output } from '../generated/viam/app/v1/RobotPartHistoryEntry.ts';
import type { PartLogEntry } from '../upstream/log-entries.ts';
import type { Module__Output } from '../generated/viam/app/v1/Module.ts';
import type { RegistryItem__Output } from '../generated/viam/app/v1/RegistryItem.ts';
import type { ModuleVersionShape } from '../resolvers/modules.ts';
import type { Model__Output } from '../generated/viam/app/v1/Model.ts';
import type { Authorization__Output } from '../generated/viam/app/v1/Authorization.ts';
import type { MemberShape } from '../resolvers/members.ts';
import type { OrganizationInvite__Output } from '../generated/viam/app/v1/OrganizationInvite.ts';
import type { OrgDetails__Output } from '../generated/viam/app/v1/OrgDetails.ts';
import type { OrganizationIdentity__Output } from '../generated/viam/app/v1/OrganizationIdentity.ts';
import type { ApiKeyAuthorizationShape, ApiKeyShape, NewApiKeyShape } from '../resolvers/api-keys.ts';
import type { LocationSummary__Output } from '../generated/viam/app/v1/LocationSummary.ts';
import type { MachineSummary__Output } from '../generated/viam/app/v1/MachineSummary.ts';
import type { PartSummary__Output } from '../generated/viam/app/v1/PartSummary.ts';

export const OrganizationRef = builder.loadableObjectRef<Organization__Output, string>('Organization', { load: organizationsById, cacheResolved: cacheKeyOf, loaderOptions });
export const LocationRef = builder.loadableObjectRef<LocationShape, string>('Location', { load: locationsById, cacheResolved: cacheKeyOf, loaderOptions });
export const RobotRef = builder.loadableObjectRef<RobotShape, string>('Robot', { load: robotsById, cacheResolved: cacheKeyOf, loaderOptions });
export const RobotPartRef = builder.loadableObjectRef<PartShape, string>('RobotPart', { load: partsById, cacheResolved: cacheKeyOf, loaderOptions });
export const FragmentRef = builder.loadableObjectRef<FragmentShape, string>('Fragment', { load: fragmentsById, cacheResolved: cacheKeyOf, loaderOptions });
export const ModuleRef = builder.loadableObjectRef<Module__Output, string>('Module', { load: modulesById, cacheResolved: (m) => m.module_id, loaderOptions });
export const RegistryItemRef = builder.loadableObjectRef<RegistryItem__Output, string>('RegistryItem', { load: registryItemsById, cacheResolved: (i) => i.item_id, loaderOptions });

export const LocationAuthRef = builder.objectRef<LocationAuth__Output>('LocationAuth');
export const SharedSecretRef = builder.objectRef<SharedSecret__Output>('SharedSecret');
export const RobotPartHistoryEntryRef = builder.objectRef<RobotPartHistoryEntry__Output>('RobotPartHistoryEntry');
export const LogEntryRef = builder.objectRef<PartLogEntry>('LogEntry');
export const ModuleVersionRef = builder.objectRef<ModuleVersionShape>('ModuleVersion');
export const ModuleModelRef = builder.objectRef<Model__Output>('ModuleModel');
export const AuthorizationRef = builder.objectRef<Authorization__Output>('Authorization');
export const OrganizationMemberRef = builder.objectRef<MemberShape>('OrganizationMember');
export const OrganizationInviteRef = builder.objectRef<OrganizationInvite__Output>('OrganizationInvite');
export const OrganizationOfUserRef = builder.objectRef<OrgDetails__Output>('OrganizationOfUser');
export const OrganizationIdentityRef = builder.objectRef<OrganizationIdentity__Output>('OrganizationIdentity');
export const ApiKeyRef = builder.objectRef<ApiKeyShape>('ApiKey');
export const ApiKeyAuthorizationRef = builder.objectRef<ApiKeyAuthorizationShape>('ApiKeyAuthorization');
export const NewApiKeyRef = builder.objectRef<NewApiKeyShape>('NewApiKey');
export const LocationSummaryRef = builder.objectRef<LocationSummary__Output>('LocationSummary');
export const MachineSummaryRef = builder.objectRef<MachineSummary__Output>('MachineSummary');
export const PartSummaryRef = builder.objectRef<PartSummary__Output>('PartSummary');
