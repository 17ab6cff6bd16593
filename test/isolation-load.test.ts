/**
 * Isolation under load: callers of two organizations send 2,000 interleaved requests at
 * concurrency 50, some of them probing the other organization's ids. Every response must be the
 * one the caller gets when alone (so nothing of the other organization leaks into it), and the
 * fleet server must have received, under each caller's token, exactly the calls that caller's
 * requests need: no call ever carried the other caller's token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { startTestGateway, type GraphQLResponse, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { Rng } from './support/rng.ts';
import type { ObservedCall } from '../src/fleet-server/call-stats.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { keyWithRole } from './support/fleet.ts';

const REQUESTS = 2_000;
const CONCURRENCY = 50;

interface Caller {
  name: string;
  keyId: string;
  headers: Record<string, string>;
  orgId: string;
  robotId: string;
  partId: string;
  locationId: string;
  /** Every id and name in this caller's organization. */
  marks: string[];
}

const SHAPES = {
  fleet: `{ organizations { id name locations { id name robots { id name parts { id name mainPart } } } } }`,
  byId: `query($robot: ID!, $part: ID!, $foreignRobot: ID!) {
    robot(id: $robot) { id name location { id name } parts { id name } }
    robotPart(id: $part) { id name robot { id name } }
    probe: robot(id: $foreignRobot) { id name }
  }`,
  organization: `query($org: ID!, $foreignOrg: ID!) {
    organization(id: $org) { id name robots { id name } locations { id name robotCount } }
    probe: organization(id: $foreignOrg) { id name }
  }`,
  location: `query($location: ID!, $foreignLocation: ID!) {
    location(id: $location) { id name organization { id name } robots { id name mainPart { id name } } }
    probe: location(id: $foreignLocation) { id name robots { id } }
  }`,
};
type Shape = keyof typeof SHAPES;

const variablesFor = (shape: Shape, caller: Caller, other: Caller): Record<string, string> =>
  ({
    fleet: {},
    byId: { robot: caller.robotId, part: caller.partId, foreignRobot: other.robotId },
    organization: { org: caller.orgId, foreignOrg: other.orgId },
    location: { location: caller.locationId, foreignLocation: other.locationId },
  })[shape];

let t: TestGateway;
let demo: Caller;
let beta: Caller;

function marksOf(orgId: string): string[] {
  const db = t.fleet.server.db;
  const rows = db
    .prepare(
      `SELECT id, name FROM organizations WHERE id = @org
       UNION ALL SELECT id, name FROM locations WHERE organization_id = @org
       UNION ALL SELECT r.id, r.name FROM robots r JOIN locations l ON l.id = r.location_id WHERE l.organization_id = @org
       UNION ALL SELECT p.id, p.name FROM robot_parts p JOIN robots r ON r.id = p.robot_id JOIN locations l ON l.id = r.location_id WHERE l.organization_id = @org`,
    )
    .all({ org: orgId }) as { id: string; name: string }[];
  return rows.flatMap((r) => [r.id, r.name]);
}

function firstOf(sql: string, orgId: string): string {
  return (t.fleet.server.db.prepare(sql).get(orgId) as { id: string }).id;
}

function callerOf(name: string, orgId: string, keyId: string, headers: Record<string, string>): Caller {
  return {
    name,
    keyId,
    headers,
    orgId,
    locationId: firstOf('SELECT id FROM locations WHERE organization_id = ? ORDER BY name', orgId),
    robotId: firstOf('SELECT r.id FROM robots r JOIN locations l ON l.id = r.location_id WHERE l.organization_id = ? ORDER BY r.name', orgId),
    partId: firstOf('SELECT p.id FROM robot_parts p JOIN robots r ON r.id = p.robot_id JOIN locations l ON l.id = r.location_id WHERE l.organization_id = ? ORDER BY p.name', orgId),
    marks: marksOf(orgId),
  };
}

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  let betaOrg = '';
  let key = { id: '', key: '' };
  db.transaction(() => {
    betaOrg = insertOrganization(db, 'Beta Fleet').id;
    const dock = insertLocation(db, betaOrg, 'Beta Dock', null);
    const pier = insertLocation(db, betaOrg, 'Beta Pier', dock.id);
    for (const [location, name] of [[dock, 'beta-crane-1'], [dock, 'beta-crane-2'], [pier, 'beta-tug-1']] as const) {
      const robot = insertRobot(db, location.id, name);
      insertPart(db, robot.id, `${name}-winch`);
    }
    key = keyWithRole(db, betaOrg, 'organization_owner', betaOrg, 'beta owner');
  })();
  demo = callerOf('demo', t.fleet.orgId, t.fleet.keyId, t.demoHeaders);
  beta = callerOf('beta', betaOrg, key.id, apiKeyHeaders(key));
  // Exchange both keys now, so that every call below carries a bearer token.
  for (const caller of [demo, beta]) await t.ok('{ organizations { id } }', {}, caller.headers);
});
afterAll(() => t?.close());

/** The calls the fleet server received, each as "method request" under the key id of its bearer token. */
function recordCalls() {
  const byKey = new Map<string, Map<string, number>>();
  const unsigned: ObservedCall[] = [];
  const stop = t.fleet.server.calls.watch((call) => {
    const token = call.authorization?.replace(/^Bearer\s+/i, '');
    if (!token) return void unsigned.push(call);
    const keyId = decodeJwt(token).sub ?? '?';
    const calls = byKey.get(keyId) ?? new Map<string, number>();
    byKey.set(keyId, calls);
    const entry = `${call.method} ${JSON.stringify(call.request)}`;
    calls.set(entry, (calls.get(entry) ?? 0) + 1);
  });
  return { byKey, unsigned, stop };
}

const other = (caller: Caller) => (caller === demo ? beta : demo);
const send = (shape: Shape, caller: Caller) => t.gql(SHAPES[shape], variablesFor(shape, caller, other(caller)), caller.headers);

/** What a response tells: its data, and its errors by path and code (messages aside). */
const essence = (result: GraphQLResponse) => ({
  data: result.data,
  errors: (result.errors ?? []).map((e) => ({ path: e.path, code: e.extensions?.code })),
});

describe('two organizations under load', () => {
  it(`keeps ${REQUESTS} interleaved requests at concurrency ${CONCURRENCY} apart: same answers as alone, each call with its caller's token`, { timeout: 120_000 }, async () => {
    const shapes = Object.keys(SHAPES) as Shape[];
    // Alone first: each caller's answer to each shape, and the calls it takes.
    const alone = new Map<string, { answer: ReturnType<typeof essence>; calls: Map<string, number> }>();
    for (const caller of [demo, beta]) {
      for (const shape of shapes) {
        const recording = recordCalls();
        const result = await send(shape, caller);
        recording.stop();
        expect([...recording.byKey.keys()]).toEqual([caller.keyId]);
        alone.set(`${caller.name} ${shape}`, { answer: essence(result), calls: recording.byKey.get(caller.keyId)! });
      }
    }
    // The probes are refused, not empty: the callers really do reach for each other's ids.
    for (const caller of [demo, beta]) {
      for (const shape of ['byId', 'organization', 'location'] as const) {
        const { answer } = alone.get(`${caller.name} ${shape}`)!;
        expect(answer.data.probe).toBeNull();
        expect(answer.errors).toContainEqual({ path: ['probe'], code: 'FORBIDDEN' });
      }
    }

    const rng = new Rng(4242);
    const plan = Array.from({ length: REQUESTS }, () => ({ caller: rng.chance(0.5) ? demo : beta, shape: rng.pick(shapes) }));
    const recording = recordCalls();
    const mismatches: string[] = [];
    const leaks: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < plan.length) {
          const { caller, shape } = plan[next++]!;
          const result = await send(shape, caller);
          const seen = JSON.stringify(result.data ?? null);
          const messages = JSON.stringify((result.errors ?? []).map((e) => e.message));
          for (const mark of other(caller).marks) {
            if (seen.includes(mark) || (messages.includes(mark) && !Object.values(variablesFor(shape, caller, other(caller))).includes(mark))) {
              leaks.push(`${caller.name} ${shape} saw ${other(caller).name}'s ${mark}`);
            }
          }
          const expected = alone.get(`${caller.name} ${shape}`)!.answer;
          if (JSON.stringify(essence(result)) !== JSON.stringify(expected)) mismatches.push(`${caller.name} ${shape}: ${JSON.stringify(result).slice(0, 400)}`);
        }
      }),
    );
    recording.stop();

    expect(leaks).toEqual([]);
    expect(mismatches).toEqual([]);
    expect(recording.unsigned.map((c) => c.method)).toEqual([]);

    // Under each key exactly the calls of that caller's requests: a call made with the other
    // caller's token would be missing from one key and extra under the other.
    const expectedCalls = new Map<string, Map<string, number>>();
    for (const { caller, shape } of plan) {
      const calls = expectedCalls.get(caller.keyId) ?? new Map<string, number>();
      expectedCalls.set(caller.keyId, calls);
      for (const [entry, n] of alone.get(`${caller.name} ${shape}`)!.calls) calls.set(entry, (calls.get(entry) ?? 0) + n);
    }
    const sortedEntries = (calls: Map<string, Map<string, number>>) =>
      Object.fromEntries([...calls].sort().map(([key, entries]) => [key, Object.fromEntries([...entries].sort())]));
    expect(sortedEntries(recording.byKey)).toEqual(sortedEntries(expectedCalls));
    const total = [...recording.byKey.values()].reduce((sum, calls) => sum + [...calls.values()].reduce((a, b) => a + b, 0), 0);
    console.log(`isolation: ${plan.length} requests (${plan.filter((p) => p.caller === demo).length} demo, ${plan.filter((p) => p.caller === beta).length} beta), ${total} upstream calls, each under its caller's key`);
  });
});
