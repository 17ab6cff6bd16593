/**
 * Ids as a normalized client cache relies on them, checked on real answers: across a wide fleet
 * query, two objects of one type with the same id never disagree on a field (which is what a cache
 * would merge), and the same objects have the same ids in a second request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './support/gateway.ts';
import { startFrontendScenario, type FrontendScenario } from './support/frontend.ts';

let s: FrontendScenario;
let t: TestGateway;
let partId: string;

beforeAll(async () => {
  // A part that has logged, so log entries are in the answer too.
  s = await startFrontendScenario();
  ({ t, partId } = s);
  // Old versions next to current ones: a part edited twice, a fragment updated twice and tagged, an invite.
  const { robotPart } = await t.ok('query($id: ID!) { robotPart(id: $id) { config } }', { id: partId });
  for (const name of ['rover-1-main-a', 'rover-1-main-b']) {
    await t.ok('mutation($id: ID!, $name: String!, $config: JSON!) { updateRobotPart(id: $id, name: $name, config: $config) { id } }', { id: partId, name, config: robotPart.config });
  }
  const { createFragment } = await t.ok('mutation($org: ID!) { createFragment(organizationId: $org, name: "ids", config: { v: 1 }) { id } }', { org: t.fleet.orgId });
  for (const v of [2, 3]) await t.ok('mutation($id: ID!, $config: JSON!) { updateFragment(id: $id, name: "ids", config: $config) { id } }', { id: createFragment.id, config: { v } });
  await t.ok('mutation($id: ID!) { setFragmentTag(fragmentId: $id, tag: "stable", revision: "2") { id } }', { id: createFragment.id });
  await t.ok(
    'mutation($org: ID!, $auths: [AuthorizationInput!]!) { createOrganizationInvite(organizationId: $org, email: "ids@example.com", authorizations: $auths, sendEmailInvite: false) { id } }',
    { org: t.fleet.orgId, auths: [{ role: 'OPERATOR', resourceType: 'ORGANIZATION', resourceId: t.fleet.orgId }] },
  );
});
afterAll(() => s.close());

/** Every object type with an identity the demo fleet has, old versions included; `__typename` everywhere. */
const WIDE = `{
  organizations {
    id name
    members { id userId emails }
    invites { id email authorizations { id authorizationId resourceId identityId } }
    authorizations { id identityId authorizationId resourceId }
    apiKeys { id name authorizations { id role resourceId } }
    fragments { id name revision config revisions { id revision } tags { id tag revision } history(first: 10) { nodes { id revision old { id revision config } } } }
    locations { id name auth { id locationId secrets { id secret } } robots { id name parts { id name config history { id when old { id name } } secrets { id } logs(first: 5) { nodes { id message } } } } }
  }
}`.replaceAll('{', '{ __typename ');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object of the answer that has an id, keyed as a cache keys it, with its scalar fields. */
function objectsById(data: Json): Map<string, Record<string, Json>[]> {
  const byKey = new Map<string, Record<string, Json>[]>();
  const walk = (value: Json) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    if (typeof value.id === 'string' && typeof value.__typename === 'string') {
      const scalars = Object.fromEntries(Object.entries(value).filter(([, v]) => v === null || typeof v !== 'object' || !Object.values(v).some((x) => typeof x === 'object')));
      const key = `${value.__typename}:${value.id}`;
      byKey.set(key, [...(byKey.get(key) ?? []), scalars]);
    }
    Object.values(value).forEach(walk);
  };
  walk(data);
  return byKey;
}

describe('ids in real answers', () => {
  it('objects that share a type and an id agree on every field both carry (old versions included)', async () => {
    const byKey = objectsById(await t.ok(WIDE));
    const types = new Set([...byKey.keys()].map((key) => key.slice(0, key.indexOf(':'))));
    for (const type of ['Organization', 'OrganizationMember', 'OrganizationInvite', 'Authorization', 'ApiKey', 'ApiKeyAuthorization', 'Fragment', 'FragmentRevision', 'FragmentTag', 'FragmentHistoryEntry', 'Location', 'LocationAuth', 'SharedSecret', 'Robot', 'RobotPart', 'RobotPartHistoryEntry', 'LogEntry']) {
      expect(types, type).toContain(type);
    }
    const conflicts: string[] = [];
    for (const [key, copies] of byKey) {
      for (const copy of copies.slice(1)) {
        for (const [field, value] of Object.entries(copy)) {
          if (field in copies[0]! && JSON.stringify(copies[0]![field]) !== JSON.stringify(value)) conflicts.push(`${key}.${field}`);
        }
      }
    }
    expect(conflicts).toEqual([]);
    // The current part and its two old versions are three objects.
    expect([...byKey.keys()].filter((key) => key.startsWith('RobotPart:') && byKey.get(key)!.some((o) => String(o.name).startsWith('rover-1-main')))).toHaveLength(3);
  });

  it('the same objects have the same ids in the next request', async () => {
    const first = [...objectsById(await t.ok(WIDE)).keys()].sort();
    const second = [...objectsById(await t.ok(WIDE)).keys()].sort();
    expect(second).toEqual(first);
  });
});
