/** Module: a registry module of an organization, with versions uploaded per platform. */
import { builder } from './builder.ts';
import { ModuleModelRef, ModuleRef, ModuleVersionRef, OrganizationRef } from './refs.ts';
import { fromTimestamp } from '../wire/struct.ts';
import {
  createModule,
  moduleUploadId,
  moduleVersionFiles,
  moduleVersionId,
  moduleVersions,
  organizationModules,
  updateModule,
  uploadModuleFile,
  type ModuleUploadShape,
} from '../resolvers/modules.ts';

export const ModuleVisibilityEnum = builder.enumType('ModuleVisibility', {
  description: 'Who can see and use a module.',
  values: {
    PRIVATE: { value: 'VISIBILITY_PRIVATE', description: 'Only its organization.' },
    PUBLIC: { value: 'VISIBILITY_PUBLIC', description: 'Everyone, and listed.' },
    PUBLIC_UNLISTED: { value: 'VISIBILITY_PUBLIC_UNLISTED', description: 'Everyone who knows its id.' },
    UNSPECIFIED: { value: 'VISIBILITY_UNSPECIFIED', description: 'The upstream did not say.' },
  } as const,
});

ModuleRef.implement({
  description: 'A registry module.',
  fields: (t) => ({
    id: t.exposeID('module_id', { nullable: false, description: 'Module id: "<public namespace>:<name>".' }),
    name: t.exposeString('name', { nullable: false, description: 'Module name.' }),
    visibility: t.field({ type: ModuleVisibilityEnum, description: 'Who can see it.', resolve: (m) => m.visibility }),
    url: t.exposeString('url', { description: 'Source or documentation URL.' }),
    description: t.exposeString('description', { description: 'What it does.' }),
    entrypoint: t.exposeString('entrypoint', { description: 'Executable inside the uploaded archive.' }),
    publicNamespace: t.exposeString('public_namespace', { description: 'Namespace of the owning organization.' }),
    organization: t.field({ type: OrganizationRef, description: 'Owning organization.', resolve: (m) => m.organization_id || null }),
    models: t.field({ type: [ModuleModelRef], description: 'Models the module provides.', resolve: (m) => m.models }),
    versions: t.field({ type: [ModuleVersionRef], description: 'Uploaded versions.', resolve: moduleVersions }),
    totalRobotUsage: t.exposeInt('total_robot_usage', { description: 'Robots that use it.' }),
    totalOrganizationUsage: t.exposeInt('total_organization_usage', { description: 'Organizations that use it.' }),
  }),
});

ModuleModelRef.implement({
  description: 'A value without identity: a model a module provides, an API and a model triplet.',
  fields: (t) => ({
    api: t.exposeString('api', { nullable: false, description: 'API triplet, e.g. "rdk:component:camera".' }),
    model: t.exposeString('model', { nullable: false, description: 'Model triplet, e.g. "acme:cameras:fast".' }),
  }),
});

const ModuleUploadRef = builder.objectRef<ModuleUploadShape>('ModuleUpload');
ModuleUploadRef.implement({
  description: 'A file of one version for one platform.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Id of the file: the module, the version and the platform.', resolve: moduleUploadId }),
    platform: t.exposeString('platform', { nullable: false, description: 'Platform, e.g. "linux/amd64".' }),
    uploadedAt: t.field({ type: 'DateTime', description: 'When it was uploaded.', resolve: (u) => fromTimestamp(u.uploaded_at) }),
  }),
});

ModuleVersionRef.implement({
  description: 'One version of a module.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Id of the version: the module id and the version.', resolve: moduleVersionId }),
    version: t.exposeString('version', { nullable: false, description: 'Semantic version.' }),
    entrypoint: t.exposeString('entrypoint', { description: 'Executable of this version.' }),
    files: t.field({ type: [ModuleUploadRef], description: 'Files per platform.', resolve: moduleVersionFiles }),
    models: t.field({ type: [ModuleModelRef], description: 'Models of this version.', resolve: (v) => v.models }),
  }),
});

builder.objectField(OrganizationRef, 'modules', (t) =>
  t.field({
    type: [ModuleRef],
    description: 'Modules of the organization (ListModules).',
    resolve: organizationModules,
  }),
);

builder.queryField('module', (t) =>
  t.field({
    type: ModuleRef,
    description: 'One module by id, "<namespace>:<name>" (GetModule).',
    args: { id: t.arg.id({ required: true, description: 'Module id.' }) },
    resolve: (_root, args) => args.id,
  }),
);

export const ModelInput = builder.inputType('ModuleModelInput', {
  description: 'A model a module provides.',
  fields: (t) => ({
    api: t.string({ required: true, description: 'API triplet, e.g. "rdk:component:camera".' }),
    model: t.string({ required: true, description: 'Model triplet, e.g. "acme:cameras:fast".' }),
  }),
});

builder.mutationFields((t) => ({
  createModule: t.field({
    type: ModuleRef,
    description: 'Create a module in an organization with a public namespace (CreateModule).',
    args: {
      organizationId: t.arg.id({ required: true, description: 'Owning organization.' }),
      name: t.arg.string({ required: true, description: 'Module name.' }),
    },
    resolve: createModule,
  }),
  updateModule: t.field({
    type: ModuleRef,
    description: 'Set a module\'s visibility, URL, description, models and entrypoint (UpdateModule).',
    args: {
      id: t.arg.id({ required: true, description: 'Module id.' }),
      visibility: t.arg({ type: ModuleVisibilityEnum, required: true, description: 'Who can see it.' }),
      url: t.arg.string({ required: true, description: 'Source or documentation URL.' }),
      description: t.arg.string({ required: true, description: 'What it does.' }),
      models: t.arg({ type: [ModelInput], required: true, description: 'Models it provides.' }),
      entrypoint: t.arg.string({ required: true, description: 'Executable inside uploaded archives.' }),
    },
    resolve: updateModule,
  }),
  uploadModuleFile: t.field({
    type: ModuleRef,
    description: 'Upload a module file for one version and platform, as a GraphQL multipart request (UploadModuleFile).',
    args: {
      moduleId: t.arg.id({ required: true, description: 'Module id.' }),
      version: t.arg.string({ required: true, description: 'Semantic version, e.g. "1.2.0".' }),
      platform: t.arg.string({ required: true, description: 'Platform, e.g. "linux/amd64".' }),
      file: t.arg({ type: 'File', required: true, description: 'The archive.' }),
    },
    resolve: uploadModuleFile,
  }),
}));
