/**
 * The README's offboarding example (examples/offboard.mjs, shown whole in the README) run as a
 * user would, against a running gateway: a location owner who also had a key named after them is
 * removed with their roles, the key stops working, a location owner key renamed away from the naming
 * convention is rotated so it stops working too, and the locations whose secrets they could read
 * get new secrets while the old ones are gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, errorCode, startTestGateway, type TestGateway } from './support/gateway.ts';
import { ROOT } from './support/cli.ts';
import { idByName } from './support/graph.ts';
import { acceptInvite } from '../src/fleet-server/members.ts';

const SCRIPT = path.join(ROOT, 'examples/offboard.mjs');
const EMAIL = 'alice@example.com';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t?.close());

describe('the offboarding example', () => {
  it('is in the README exactly as in examples/offboard.mjs', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- offboarding example -->\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(fs.readFileSync(SCRIPT, 'utf8'));
  });

  it('removes the member and their roles, deletes their keys and rotates the secrets they knew', async () => {
    const db = t.fleet.server.db;
    const org = t.fleet.orgId;
    const headquarters = idByName(db, 'locations', 'Headquarters');
    const assembly = idByName(db, 'locations', 'Assembly Line');
    await t.ok(
      `mutation($org: ID!, $email: String!, $location: ID!) {
        createOrganizationInvite(organizationId: $org, email: $email, authorizations: [{ role: OWNER, resourceType: LOCATION, resourceId: $location }]) { email }
      }`,
      { org, email: EMAIL, location: assembly },
    );
    const { userId } = acceptInvite(db, org, EMAIL);
    const { createKey: aliceKey } = await t.ok(
      `mutation($org: ID!, $location: ID!) { createKey(organizationId: $org, name: "deploy key of ${EMAIL}", authorizations: [{ role: OPERATOR, resourceType: LOCATION, resourceId: $location }]) { id key } }`,
      { org, location: assembly },
    );
    // A location owner key its holder renamed away from the convention; the demo owner's own key stays untouched.
    const { createKey: renamedKey } = await t.ok(
      `mutation($org: ID!, $location: ID!) { createKey(organizationId: $org, name: "ops ${EMAIL}", authorizations: [{ role: OWNER, resourceType: LOCATION, resourceId: $location }]) { id key } }`,
      { org, location: assembly },
    );
    await t.ok('mutation($id: ID!) { renameKey(id: $id, name: "build bot") { id } }', { id: renamedKey.id });
    const secretsOf = async (location: string) =>
      ((await t.ok('query($id: ID!) { location(id: $id) { auth { secrets { id secret } } } }', { id: location })).location.auth.secrets as { id: string }[]).map((s) => s.id);
    const before = { assembly: await secretsOf(assembly), headquarters: await secretsOf(headquarters) };

    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, org, EMAIL], {
      env: { ...process.env, FLEETGRAPH_URL: t.gateway.url, KEY_ID: t.fleet.keyId, KEY: t.fleet.key },
    });
    expect(stdout).toContain(`${EMAIL}: 1 role(s), 1 key(s), secrets of 1 location(s), 1 location owner key(s) to rotate`);

    const { organization } = await t.ok('query($org: ID!) { organization(id: $org) { members { userId } authorizations { identityId } } }', { org });
    expect(organization.members.map((m: { userId: string }) => m.userId)).not.toContain(userId);
    expect(organization.authorizations.map((a: { identityId: string }) => a.identityId)).not.toContain(userId);
    expect(errorCode(await t.gql('{ organizations { id } }', {}, apiKeyHeaders(aliceKey)))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql('{ organizations { id } }', {}, apiKeyHeaders(renamedKey)))).toBe('UNAUTHENTICATED');
    expect((await t.ok('{ organizations { id } }')).organizations.length).toBeGreaterThan(0);
    const after = { assembly: await secretsOf(assembly), headquarters: await secretsOf(headquarters) };
    expect(after.assembly).toHaveLength(1);
    expect(before.assembly).not.toContain(after.assembly[0]);
    expect(after.headquarters).toEqual(before.headquarters);
  });
  it('cannot be escaped by a key name disguised with a right-to-left override (BAD_USER_INPUT naming the field)', async () => {
    const { createKey } = await t.ok(
      `mutation($org: ID!) { createKey(organizationId: $org, name: "plain", authorizations: [{ role: OPERATOR, resourceType: ORGANIZATION, resourceId: $org }]) { id } }`,
      { org: t.fleet.orgId },
    );
    const disguised = await t.gql('mutation($id: ID!, $name: String!) { renameKey(id: $id, name: $name) { id } }', { id: createKey.id, name: `deploy \u202E${EMAIL}` });
    expect(errorCode(disguised)).toBe('BAD_USER_INPUT');
    expect(disguised.errors![0]!.message).toMatch(/name must not contain invisible formatting characters such as U\+202E/);
  });
});
