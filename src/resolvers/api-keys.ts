/**
 * API keys: listed per organization (ListKeys) and per robot (GetRobotAPIKeys), made, rotated,
 * duplicated, renamed and deleted. The secret comes back only in a NewApiKey, once; lists never
 * carry it.
 */
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context.ts';
import type { APIKeyWithAuthorizations__Output } from '../generated/viam/app/v1/APIKeyWithAuthorizations.ts';
import type { AuthorizationDetails__Output } from '../generated/viam/app/v1/AuthorizationDetails.ts';
import type { Authorization } from '../generated/viam/app/v1/Authorization.ts';
import type { Organization__Output } from '../generated/viam/app/v1/Organization.ts';
import type { RobotShape } from './shapes.ts';
import { operationLoader } from './operation-cache.ts';
import { clientError } from '../upstream/errors.ts';
import { fromTimestamp } from '../wire/struct.ts';
import { compositeId } from './object-ids.ts';

/**
 * An API key as the graph shows it: a listed key (`listed`), or one a mutation names by id (and
 * name) whose other fields are looked up in the organizations' key lists when asked for.
 */
export interface ApiKeyShape {
  id: string;
  name?: string;
  listed?: APIKeyWithAuthorizations__Output;
}

/** A key with its secret, as CreateKey, RotateKey and CreateKeyFromExistingKeyAuthorizations answer once. */
export interface NewApiKeyShape {
  id: string;
  key: string;
}

/** KeyAuthorizationInput as GraphQL parses it. */
export interface KeyAuthorizationInputShape {
  role: string;
  resourceType: string;
  resourceId: string;
}

const listedShape = (listed: APIKeyWithAuthorizations__Output): ApiKeyShape => ({ id: listed.api_key?.id ?? '', listed });

/**
 * Keys by id, from ListKeys of every organization the caller belongs to (there is no GetKey).
 * Organizations whose keys the caller may not list (ListKeys needs organization_owner) are
 * skipped; a key found in none is an error for that key only.
 */
const keysById = operationLoader(async (ids: readonly string[], ctx): Promise<(APIKeyWithAuthorizations__Output | Error)[]> => {
  const { organizations } = await ctx.upstream.call('ListOrganizations', {});
  const lists = await Promise.all(
    organizations.map((org) =>
      ctx.upstream.call('ListKeys', { org_id: org.id }).then(
        (response) => response.api_keys,
        (error: unknown) => {
          if (error instanceof GraphQLError && error.extensions.code === 'FORBIDDEN') return [];
          throw error;
        },
      ),
    ),
  );
  const byId = new Map(lists.flat().map((k) => [k.api_key?.id, k]));
  return ids.map(
    (id) => byId.get(id) ?? clientError('FORBIDDEN', `API key ${id} is in no organization whose keys this caller may list (ListKeys needs organization_owner)`),
  );
});

async function listedKey(key: ApiKeyShape, ctx: GraphQLContext): Promise<APIKeyWithAuthorizations__Output> {
  return key.listed ?? (await keysById(ctx).load(key.id));
}

export async function apiKeyName(key: ApiKeyShape, _args: object, ctx: GraphQLContext): Promise<string> {
  return key.listed?.api_key?.name ?? key.name ?? (await listedKey(key, ctx)).api_key?.name ?? '';
}

export async function apiKeyCreatedOn(key: ApiKeyShape, _args: object, ctx: GraphQLContext) {
  return fromTimestamp((await listedKey(key, ctx)).api_key?.created_on);
}

/** A role of a key, with the key it belongs to (its id is made of both). */
export type ApiKeyAuthorizationShape = AuthorizationDetails__Output & { keyId: string };

export async function apiKeyAuthorizations(key: ApiKeyShape, _args: object, ctx: GraphQLContext): Promise<ApiKeyAuthorizationShape[]> {
  return (await listedKey(key, ctx)).authorizations.map((a) => ({ ...a, keyId: key.id }));
}

export function apiKeyAuthorizationId(a: ApiKeyAuthorizationShape): string {
  return compositeId(a.keyId, a.authorization_id, a.resource_type, a.resource_id);
}

/** OWNER or OPERATOR from the authorization id ("<resource type>_<role>"); other roles are not in the graph's enum. */
export function apiKeyAuthorizationRole(a: AuthorizationDetails__Output): 'owner' | 'operator' {
  const role = a.authorization_id.slice(a.authorization_id.lastIndexOf('_') + 1);
  if (role !== 'owner' && role !== 'operator') throw new GraphQLError(`unknown role in authorization ${a.authorization_id}`);
  return role;
}

export async function organizationApiKeys(org: Organization__Output, _args: object, ctx: GraphQLContext): Promise<ApiKeyShape[]> {
  return (await ctx.upstream.call('ListKeys', { org_id: org.id })).api_keys.map(listedShape);
}

export async function robotApiKeys(robot: RobotShape, _args: object, ctx: GraphQLContext): Promise<ApiKeyShape[]> {
  return (await ctx.upstream.call('GetRobotAPIKeys', { robot_id: robot.id })).api_keys.map(listedShape);
}

/** Viam's form of a key's role: identity left empty (the key does not exist yet), identity type "api-key". */
function keyAuthorization(organizationId: string, input: KeyAuthorizationInputShape): Authorization {
  return {
    authorization_type: 'role',
    authorization_id: `${input.resourceType}_${input.role}`,
    resource_type: input.resourceType,
    resource_id: input.resourceId,
    identity_id: '',
    identity_type: 'api-key',
    organization_id: organizationId,
  };
}

export async function createKey(
  _root: unknown,
  args: { organizationId: string; name?: string | null; authorizations: KeyAuthorizationInputShape[] },
  ctx: GraphQLContext,
): Promise<NewApiKeyShape> {
  if (args.authorizations.length === 0) throw clientError('BAD_USER_INPUT', 'authorizations must not be empty');
  return ctx.upstream.call('CreateKey', {
    name: args.name ?? '',
    authorizations: args.authorizations.map((a) => keyAuthorization(args.organizationId, a)),
  });
}

export async function rotateKey(_root: unknown, args: { id: string }, ctx: GraphQLContext): Promise<NewApiKeyShape> {
  return ctx.upstream.call('RotateKey', { id: args.id });
}

export async function duplicateKey(_root: unknown, args: { id: string }, ctx: GraphQLContext): Promise<NewApiKeyShape> {
  return ctx.upstream.call('CreateKeyFromExistingKeyAuthorizations', { id: args.id });
}

export async function renameKey(_root: unknown, args: { id: string; name: string }, ctx: GraphQLContext): Promise<ApiKeyShape> {
  const renamed = await ctx.upstream.call('RenameKey', { id: args.id, name: args.name });
  return { id: renamed.id, name: renamed.name };
}

export async function deleteKey(_root: unknown, args: { id: string }, ctx: GraphQLContext): Promise<string> {
  await ctx.upstream.call('DeleteKey', { id: args.id });
  return args.id;
}
