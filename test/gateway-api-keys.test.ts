/**
 * API keys through GraphQL against a real gateway and fleet server: listing without secrets,
 * createKey/duplicateKey/rotateKey showing the secret once, and the gateway's token cache never
 * letting a rotated or deleted key through on the next request. Effects are checked upstream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, errorCode, startTestGateway, type TestGateway } from './support/gateway.ts';
import { keyWithRole, ownedOrganization } from './support/fleet.ts';
import { idByName } from './support/graph.ts';
import { hashSecret } from '../src/fleet-server/auth.ts';

let t: TestGateway;
let ids: { headquarters: string; rover1: string };

const db = () => t.fleet.server.db;
const storedKey = (id: string) => db().prepare('SELECT name, key_hash, organization_id FROM api_keys WHERE id = ?').get(id) as { name: string; key_hash: string; organization_id: string } | undefined;
const keyCount = () => (db().prepare('SELECT count(*) AS n FROM api_keys').get() as { n: number }).n;
const API_KEY_FIELDS = 'id name createdOn authorizations { role resourceType resourceId }';
const ORGANIZATIONS = '{ organizations { id } }';

const CREATE_KEY = /* GraphQL */ `
  mutation ($organizationId: ID!, $name: String, $authorizations: [KeyAuthorizationInput!]!) {
    createKey(organizationId: $organizationId, name: $name, authorizations: $authorizations) { id key apiKey { ${API_KEY_FIELDS} } }
  }
`;

beforeAll(async () => {
  t = await startTestGateway();
  ids = { headquarters: idByName(db(), 'locations', 'Headquarters'), rover1: idByName(db(), 'robots', 'rover-1') };
});
afterAll(() => t.close());

describe('listing keys', () => {
  it('Organization.apiKeys and Robot.apiKeys list keys with their roles; no field can carry a secret', async () => {
    const robotKey = keyWithRole(db(), t.fleet.orgId, 'robot_operator', ids.rover1, 'rover reader');
    const data = await t.ok(`query ($org: ID!, $robot: ID!) {
      organization(id: $org) { apiKeys { ${API_KEY_FIELDS} } }
      robot(id: $robot) { apiKeys { id name authorizations { role resourceType resourceId } } }
    }`, { org: t.fleet.orgId, robot: ids.rover1 });
    const listed = data.organization.apiKeys.find((k: any) => k.id === robotKey.id);
    expect(listed).toMatchObject({ name: 'rover reader', authorizations: [{ role: 'OPERATOR', resourceType: 'ROBOT', resourceId: ids.rover1 }] });
    expect(Date.parse(listed.createdOn)).not.toBeNaN();
    expect(data.organization.apiKeys.map((k: any) => k.id)).toContain(t.fleet.keyId);
    expect(data.robot.apiKeys.map((k: any) => k.id)).toEqual([robotKey.id]);
    expect(JSON.stringify(data)).not.toContain(robotKey.key);

    const secret = await t.gql(`query ($org: ID!) { organization(id: $org) { apiKeys { key } } }`, { org: t.fleet.orgId });
    expect(errorCode(secret)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers FORBIDDEN to an operator', async () => {
    const operator = keyWithRole(db(), t.fleet.orgId, 'organization_operator', t.fleet.orgId);
    const result = await t.gql(`query ($org: ID!) { organization(id: $org) { apiKeys { id } } }`, { org: t.fleet.orgId }, apiKeyHeaders(operator));
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors![0]!.message).toContain(`organization ${t.fleet.orgId}`);
  });
});

describe('createKey and duplicateKey', () => {
  it('shows the secret once; the key works through the gateway and is stored as a hash', async () => {
    const { createKey } = await t.ok(CREATE_KEY, {
      organizationId: t.fleet.orgId,
      name: 'dashboard',
      authorizations: [{ role: 'OPERATOR', resourceType: 'LOCATION', resourceId: ids.headquarters }],
    });
    expect(createKey.apiKey).toMatchObject({ id: createKey.id, name: 'dashboard', authorizations: [{ role: 'OPERATOR', resourceType: 'LOCATION', resourceId: ids.headquarters }] });
    expect(storedKey(createKey.id)).toEqual({ name: 'dashboard', key_hash: hashSecret(createKey.key), organization_id: t.fleet.orgId });
    const seen = await t.ok(`query ($id: ID!) { location(id: $id) { id } }`, { id: ids.headquarters }, apiKeyHeaders(createKey));
    expect(seen.location.id).toBe(ids.headquarters);

    const { duplicateKey } = await t.ok(`mutation ($id: ID!) { duplicateKey(id: $id) { id key apiKey { name authorizations { role resourceType resourceId } } } }`, { id: createKey.id });
    expect(duplicateKey.id).not.toBe(createKey.id);
    expect(duplicateKey.apiKey).toEqual({ name: 'dashboard (copy)', authorizations: createKey.apiKey.authorizations });
    expect(storedKey(duplicateKey.id)!.key_hash).toBe(hashSecret(duplicateKey.key));
    await t.ok(ORGANIZATIONS, {}, apiKeyHeaders(duplicateKey));
  });

  it('refuses roles the caller does not own with FORBIDDEN naming them, and stores nothing', async () => {
    const locationOwner = keyWithRole(db(), t.fleet.orgId, 'location_owner', ids.headquarters);
    const before = keyCount();
    const result = await t.gql(
      CREATE_KEY,
      { organizationId: t.fleet.orgId, authorizations: [{ role: 'OWNER', resourceType: 'ORGANIZATION', resourceId: t.fleet.orgId }] },
      apiKeyHeaders(locationOwner),
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors![0]!.message).toContain(`cannot grant organization_owner on organization ${t.fleet.orgId}`);
    expect(result.data).toBeNull();
    expect(keyCount()).toBe(before);
  });

  it('refuses an empty list of authorizations before any call', async () => {
    const result = await t.gql(CREATE_KEY, { organizationId: t.fleet.orgId, authorizations: [] });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});

describe('rotateKey and deleteKey end the old key at once, despite the gateway token cache', () => {
  it('rotateKey: the old key is refused on its next request, the new one works', async () => {
    const old = keyWithRole(db(), t.fleet.orgId, 'organization_operator', t.fleet.orgId, 'rotated');
    // The gateway now holds a cached token of the old secret.
    await t.ok(ORGANIZATIONS, {}, apiKeyHeaders(old));

    const { rotateKey } = await t.ok(`mutation ($id: ID!) { rotateKey(id: $id) { id key apiKey { id name } } }`, { id: old.id });
    expect(rotateKey).toMatchObject({ id: old.id, apiKey: { id: old.id, name: 'rotated' } });
    expect(storedKey(old.id)!.key_hash).toBe(hashSecret(rotateKey.key));

    const refused = await t.gql(ORGANIZATIONS, {}, apiKeyHeaders(old));
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect((await t.ok(ORGANIZATIONS, {}, apiKeyHeaders(rotateKey))).organizations).toHaveLength(1);
  });

  it('deleteKey: the key and its roles are gone upstream and it is refused on its next request', async () => {
    const doomed = keyWithRole(db(), t.fleet.orgId, 'organization_operator', t.fleet.orgId, 'doomed');
    await t.ok(ORGANIZATIONS, {}, apiKeyHeaders(doomed));

    expect(await t.ok(`mutation ($id: ID!) { deleteKey(id: $id) }`, { id: doomed.id })).toEqual({ deleteKey: doomed.id });
    expect(storedKey(doomed.id)).toBeUndefined();
    expect(db().prepare('SELECT 1 FROM authorizations WHERE identity_id = ?').get(doomed.id)).toBeUndefined();
    expect(errorCode(await t.gql(ORGANIZATIONS, {}, apiKeyHeaders(doomed)))).toBe('UNAUTHENTICATED');
  });

  it("deleteKey refuses an organization's last owner key with FAILED_PRECONDITION naming it", async () => {
    const { orgId, owner } = ownedOrganization(db(), 'Lonely Org');
    const result = await t.gql(`mutation ($id: ID!) { deleteKey(id: $id) }`, { id: owner.id }, apiKeyHeaders(owner));
    expect(errorCode(result)).toBe('FAILED_PRECONDITION');
    expect(result.errors![0]!.message).toContain(`last API key with organization_owner on organization ${orgId}`);
    expect(storedKey(owner.id)).toBeDefined();
    await t.ok(ORGANIZATIONS, {}, apiKeyHeaders(owner));
  });
});

describe('renameKey', () => {
  const RENAME = `mutation ($id: ID!, $name: String!) { renameKey(id: $id, name: $name) { ${API_KEY_FIELDS} } }`;

  it('renames and returns the key with its roles', async () => {
    const key = keyWithRole(db(), t.fleet.orgId, 'location_operator', ids.headquarters, 'old name');
    const { renameKey } = await t.ok(RENAME, { id: key.id, name: 'new name' });
    expect(renameKey).toMatchObject({ id: key.id, name: 'new name', authorizations: [{ role: 'OPERATOR', resourceType: 'LOCATION', resourceId: ids.headquarters }] });
    expect(storedKey(key.id)!.name).toBe('new name');
  });

  it('refuses a bad name with BAD_USER_INPUT naming the field, and keeps the old one', async () => {
    const key = keyWithRole(db(), t.fleet.orgId, 'location_operator', ids.headquarters, 'kept');
    const result = await t.gql(RENAME, { id: key.id, name: ' ' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('name must not be empty');
    expect(storedKey(key.id)!.name).toBe('kept');
  });
});
