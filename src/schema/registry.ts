/** RegistryItem: modules, ML models and training scripts of the registry; a module item links to its Module. */
import { builder } from './builder.ts';
import { ModuleRef, OrganizationRef, RegistryItemRef } from './refs.ts';
import { ModelInput, ModuleVisibilityEnum } from './module.ts';
import { fromTimestamp } from '../wire/struct.ts';
import {
  DEFAULT_REGISTRY_PAGE,
  MAX_REGISTRY_PAGE,
  createRegistryItem,
  deleteRegistryItem,
  registryItems,
  renameRegistryItem,
  transferRegistryItem,
  updateRegistryItem,
  type RegistryPage,
} from '../resolvers/registry.ts';
import type { RegistryItem__Output } from '../generated/viam/app/v1/RegistryItem.ts';

const RegistryItemTypeEnum = builder.enumType('RegistryItemType', {
  description: 'What a registry item is (viam.app.packages.v1.PackageType).',
  values: {
    MODULE: { value: 'PACKAGE_TYPE_MODULE', description: 'A module.' },
    ML_MODEL: { value: 'PACKAGE_TYPE_ML_MODEL', description: 'A machine-learning model.' },
    ML_TRAINING: { value: 'PACKAGE_TYPE_ML_TRAINING', description: 'A training script.' },
    ARCHIVE: { value: 'PACKAGE_TYPE_ARCHIVE', description: 'An archive package.' },
    SLAM_MAP: { value: 'PACKAGE_TYPE_SLAM_MAP', description: 'A SLAM map.' },
    UNSPECIFIED: { value: 'PACKAGE_TYPE_UNSPECIFIED', description: 'The upstream did not say.' },
  } as const,
});

RegistryItemRef.implement({
  description: 'An item of the registry.',
  fields: (t) => ({
    id: t.exposeID('item_id', { nullable: false, description: 'Item id: "<public namespace>:<name>", or "<organization id>:<name>" without a namespace.' }),
    name: t.exposeString('name', { nullable: false, description: 'Item name.' }),
    type: t.field({ type: RegistryItemTypeEnum, nullable: false, description: 'What it is.', resolve: (i) => i.type }),
    visibility: t.field({ type: ModuleVisibilityEnum, description: 'Who can see it.', resolve: (i) => i.visibility }),
    url: t.exposeString('url', { description: 'Source or documentation URL.' }),
    description: t.exposeString('description', { description: 'What it does.' }),
    publicNamespace: t.exposeString('public_namespace', { description: 'Namespace of the owning organization.' }),
    organization: t.field({ type: OrganizationRef, description: 'Owning organization.', resolve: (i) => i.organization_id || null }),
    totalRobotUsage: t.exposeInt('total_robot_usage', { description: 'Machines that configure it.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (i) => fromTimestamp(i.created_at) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (i) => fromTimestamp(i.updated_at) }),
    module: t.field({
      type: ModuleRef,
      description: 'The module, with its models and versions, when the item is one (GetModule).',
      resolve: (i) => (i.type === 'PACKAGE_TYPE_MODULE' ? i.item_id : null),
    }),
  }),
});

const RegistryItemEdgeRef = builder.objectRef<RegistryItem__Output>('RegistryItemEdge');
const RegistryPageInfoRef = builder.objectRef<RegistryPage>('RegistryPageInfo');
const RegistryItemConnectionRef = builder.objectRef<RegistryPage>('RegistryItemConnection');

RegistryItemEdgeRef.implement({
  description: 'A value without identity: a registry item in a page, with its cursor.',
  fields: (t) => ({
    node: t.field({ type: RegistryItemRef, nullable: false, description: 'The item.', resolve: (i) => i }),
    cursor: t.string({ nullable: false, description: 'Pass as `after` to continue after this item.', resolve: (i) => i.item_id }),
  }),
});

RegistryPageInfoRef.implement({
  description: 'A value without identity: where the next page of registry items starts.',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', { nullable: false, description: 'Whether more items follow.' }),
    endCursor: t.string({ description: 'Pass as `after` to get the next page.', resolve: (p) => p.items.at(-1)?.item_id ?? null }),
  }),
});

RegistryItemConnectionRef.implement({
  description: 'A value without identity: a page of registry items, by namespace and name.',
  fields: (t) => ({
    edges: t.field({ type: [RegistryItemEdgeRef], nullable: false, description: 'Items of this page with cursors.', resolve: (p) => p.items }),
    nodes: t.field({ type: [RegistryItemRef], nullable: false, description: 'Items of this page.', resolve: (p) => p.items }),
    pageInfo: t.field({ type: RegistryPageInfoRef, nullable: false, description: 'Paging information.', resolve: (p) => p }),
    totalCount: t.exposeInt('totalCount', { nullable: false, description: 'Items in the whole list.' }),
  }),
});

builder.queryFields((t) => ({
  registryItems: t.field({
    type: RegistryItemConnectionRef,
    nullable: false,
    description: 'Registry items: an organization\'s own (all visibilities) and everyone\'s public ones (ListRegistryItems).',
    args: {
      organizationId: t.arg.id({ description: 'List as this organization sees it; default: every organization of the caller.' }),
      types: t.arg({ type: [RegistryItemTypeEnum], description: 'Only these types.' }),
      visibilities: t.arg({ type: [ModuleVisibilityEnum], description: 'Only these visibilities.' }),
      searchTerm: t.arg.string({ description: 'Only items whose name, description or namespace contains this (case-insensitive).' }),
      first: t.arg.int({ defaultValue: DEFAULT_REGISTRY_PAGE, description: `Page size, 1 to ${MAX_REGISTRY_PAGE}.` }),
      after: t.arg.string({ description: 'endCursor of the previous page.' }),
    },
    resolve: registryItems,
  }),
  registryItem: t.field({
    type: RegistryItemRef,
    description: 'One registry item by id, "<namespace>:<name>" (GetRegistryItem).',
    args: { id: t.arg.id({ required: true, description: 'Item id.' }) },
    resolve: (_root, args) => args.id,
  }),
}));

const RegistryModuleMetadataInput = builder.inputType('RegistryModuleMetadataInput', {
  description: 'What only a module item has.',
  fields: (t) => ({
    models: t.field({ type: [ModelInput], required: true, description: 'Models it provides.' }),
    entrypoint: t.string({ required: true, description: 'Executable inside uploaded archives.' }),
  }),
});

builder.mutationFields((t) => ({
  createRegistryItem: t.field({
    type: RegistryItemRef,
    description: 'Create a registry item; a module needs an organization with a public namespace (CreateRegistryItem).',
    args: {
      organizationId: t.arg.id({ required: true, description: 'Owning organization.' }),
      name: t.arg.string({ required: true, description: 'Letters, digits, underscores and dashes.' }),
      type: t.arg({ type: RegistryItemTypeEnum, required: true, description: 'MODULE, ML_MODEL or ML_TRAINING.' }),
    },
    resolve: createRegistryItem,
  }),
  updateRegistryItem: t.field({
    type: RegistryItemRef,
    description: 'Set a registry item\'s description, visibility, URL and, for a module, models and entrypoint (UpdateRegistryItem).',
    args: {
      id: t.arg.id({ required: true, description: 'Item id.' }),
      type: t.arg({ type: RegistryItemTypeEnum, required: true, description: 'The item\'s type (must match).' }),
      description: t.arg.string({ required: true, description: 'What it does.' }),
      visibility: t.arg({ type: ModuleVisibilityEnum, required: true, description: 'Who can see it.' }),
      url: t.arg.string({ description: 'Source or documentation URL; unchanged when left out.' }),
      moduleMetadata: t.arg({ type: RegistryModuleMetadataInput, description: 'Models and entrypoint (modules only).' }),
    },
    resolve: updateRegistryItem,
  }),
  deleteRegistryItem: t.id({
    description: 'Delete a registry item with its uploaded versions; refused while a machine configures it. Returns its id (DeleteRegistryItem).',
    args: { id: t.arg.id({ required: true, description: 'Item id.' }) },
    resolve: deleteRegistryItem,
  }),
  renameRegistryItem: t.field({
    type: RegistryItemRef,
    description: 'Rename a registry item; its old id keeps finding it and the old name stays reserved (RenameRegistryItem).',
    args: {
      id: t.arg.id({ required: true, description: 'Item id.' }),
      newName: t.arg.string({ required: true, description: 'New name.' }),
    },
    resolve: renameRegistryItem,
  }),
  transferRegistryItem: t.field({
    type: RegistryItemRef,
    description: 'Move a public registry item to another organization, named by its public namespace; the caller must own both (TransferRegistryItem).',
    args: {
      id: t.arg.id({ required: true, description: 'Item id.' }),
      newPublicNamespace: t.arg.string({ required: true, description: 'Public namespace of the organization that receives it.' }),
    },
    resolve: transferRegistryItem,
  }),
}));
