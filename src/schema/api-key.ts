/** API keys: listed without their secret; made, rotated, duplicated, renamed and deleted by owners. */
import { builder } from './builder.ts';
import { ApiKeyAuthorizationRef, ApiKeyRef, NewApiKeyRef, OrganizationRef, RobotRef } from './refs.ts';
import { ResourceTypeEnum, RoleEnum } from './enums.ts';
import {
  apiKeyAuthorizationId,
  apiKeyAuthorizationRole,
  apiKeyAuthorizations,
  apiKeyCreatedOn,
  apiKeyName,
  createKey,
  deleteKey,
  duplicateKey,
  organizationApiKeys,
  renameKey,
  robotApiKeys,
  rotateKey,
} from '../resolvers/api-keys.ts';

ApiKeyRef.implement({
  description: 'An API key of an organization and the roles it holds. Never its secret: that is shown once, in a NewApiKey.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Key id (UUID): the `x-viam-api-key-id` header.', resolve: (key) => key.id }),
    name: t.string({ nullable: false, description: 'Display name.', resolve: apiKeyName }),
    createdOn: t.field({ type: 'DateTime', description: 'When the key was made.', resolve: apiKeyCreatedOn }),
    authorizations: t.field({
      type: [ApiKeyAuthorizationRef],
      nullable: false,
      description: 'Roles the key holds.',
      resolve: apiKeyAuthorizations,
    }),
  }),
});

ApiKeyAuthorizationRef.implement({
  description: 'A role an API key holds on one resource.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Id of this grant (upstream has none): the key, its authorization id and the resource.', resolve: apiKeyAuthorizationId }),
    role: t.field({ type: RoleEnum, nullable: false, description: 'Owner or operator.', resolve: apiKeyAuthorizationRole }),
    resourceType: t.field({
      type: ResourceTypeEnum,
      nullable: false,
      description: 'Kind of resource the role is on.',
      resolve: (a) => a.resource_type as 'organization' | 'location' | 'robot',
    }),
    resourceId: t.exposeID('resource_id', { nullable: false, description: 'Id of the organization, location or robot.' }),
  }),
});

NewApiKeyRef.implement({
  description: 'A key just made or rotated, with its secret: the only time the secret is shown. Store it now.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Key id: the `x-viam-api-key-id` header.' }),
    key: t.exposeString('key', { nullable: false, description: 'The secret: the `x-viam-api-key` header. Shown only here, once.' }),
    apiKey: t.field({
      type: ApiKeyRef,
      description: "The key's name, creation time and roles (looked up with ListKeys: needs organization_owner, else null with an error).",
      resolve: (created) => ({ id: created.id }),
    }),
  }),
});

const KeyAuthorizationInput = builder.inputType('KeyAuthorizationInput', {
  description: 'A role a new key gets on one resource; the caller must own that resource.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, required: true, description: 'Owner or operator.' }),
    resourceType: t.field({ type: ResourceTypeEnum, required: true, description: 'Kind of resource.' }),
    resourceId: t.id({ required: true, description: 'Id of the organization, location or robot.' }),
  }),
});

builder.objectField(OrganizationRef, 'apiKeys', (t) =>
  t.field({
    type: [ApiKeyRef],
    nullable: false,
    description: 'API keys of the organization, without their secrets (ListKeys; needs organization_owner).',
    resolve: organizationApiKeys,
  }),
);

builder.objectField(RobotRef, 'apiKeys', (t) =>
  t.field({
    type: [ApiKeyRef],
    nullable: false,
    description: 'API keys with a role on this robot, without their secrets (GetRobotAPIKeys; needs owner on the robot).',
    resolve: robotApiKeys,
  }),
);

builder.mutationFields((t) => ({
  createKey: t.field({
    type: NewApiKeyRef,
    nullable: false,
    description: 'Make an API key with roles the caller owns; the secret is in the answer, once (CreateKey).',
    args: {
      organizationId: t.arg.id({ required: true, description: 'Organization of the key.' }),
      name: t.arg.string({ description: 'Display name; a dated default when left out.' }),
      authorizations: t.arg({ type: [KeyAuthorizationInput], required: true, description: 'Roles the key gets (at least one, at most 100).' }),
    },
    resolve: createKey,
  }),
  rotateKey: t.field({
    type: NewApiKeyRef,
    nullable: false,
    description: 'Give a key a new secret (same id and roles); the old secret and its tokens stop working at once (RotateKey).',
    args: { id: t.arg.id({ required: true, description: 'Key to rotate.' }) },
    resolve: rotateKey,
  }),
  duplicateKey: t.field({
    type: NewApiKeyRef,
    nullable: false,
    description: 'Make a new key with the roles of an existing one, all of which the caller must own (CreateKeyFromExistingKeyAuthorizations).',
    args: { id: t.arg.id({ required: true, description: 'Key whose roles to copy.' }) },
    resolve: duplicateKey,
  }),
  renameKey: t.field({
    type: ApiKeyRef,
    nullable: false,
    description: 'Rename a key (RenameKey).',
    args: {
      id: t.arg.id({ required: true, description: 'Key to rename.' }),
      name: t.arg.string({ required: true, description: 'New name: not empty, at most 200 characters, no control characters.' }),
    },
    resolve: renameKey,
  }),
  deleteKey: t.id({
    nullable: false,
    description: "Delete a key and its roles; its tokens stop working at once. An organization's last owner key cannot be deleted (DeleteKey).",
    args: { id: t.arg.id({ required: true, description: 'Key to delete.' }) },
    resolve: deleteKey,
  }),
}));
