/**
 * A seeded fuzz run against the running gateway: over ten thousand generated and mutated GraphQL
 * requests (test/support/fuzz-gen.ts), read-mostly, with mutations aimed at a throwaway
 * organization. Every response must be well-formed GraphQL JSON with a status below 500, no
 * request may hang, no input may cause an unexpected (masked) error, and the gateway must still
 * answer afterwards. FUZZ_SEED and FUZZ_COUNT override the seed and the count; FUZZ_SAMPLES=1
 * prints one response per error code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { FuzzGenerator, type FuzzRequest } from './support/fuzz-gen.ts';
import { Rng } from './support/rng.ts';
import { schema } from '../src/schema/index.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { keyWithRole } from './support/fleet.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_517);
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_500);
const CONCURRENCY = 16;
const REQUEST_TIMEOUT_MS = 15_000;

let t: TestGateway;
let callers: Record<FuzzRequest['caller'], Record<string, string>>;
let ids: string[];
let fuzzIds: string[];

beforeAll(async () => {
  t = await startTestGateway({ gateway: { upstreamDeadlineMs: 5_000 } });
  const db = t.fleet.server.db;
  let key = { id: '', key: '' };
  fuzzIds = [];
  db.transaction(() => {
    const orgId = insertOrganization(db, 'Fuzz Fleet').id;
    const yard = insertLocation(db, orgId, 'Fuzz Yard', null);
    const shed = insertLocation(db, orgId, 'Fuzz Shed', yard.id);
    fuzzIds.push(orgId, yard.id, shed.id);
    for (const [location, name] of [[yard, 'fuzz-bot-1'], [yard, 'fuzz-bot-2'], [shed, 'fuzz-bot-3']] as const) {
      const robot = insertRobot(db, location.id, name);
      fuzzIds.push(robot.id, insertPart(db, robot.id, `${name}-arm`).id);
    }
    key = keyWithRole(db, orgId, 'organization_owner', orgId, 'fuzz owner');
  })();
  const demoIds = (
    db.prepare(`SELECT id FROM locations UNION ALL SELECT id FROM robots UNION ALL SELECT id FROM robot_parts UNION ALL SELECT id FROM fragments`).all() as { id: string }[]
  ).map((r) => r.id);
  ids = [...new Set([t.fleet.orgId, ...demoIds, ...fuzzIds])];
  callers = {
    fuzz: apiKeyHeaders(key),
    demo: t.demoHeaders,
    none: {},
    bad: apiKeyHeaders({ id: key.id, key: 'wrong' }),
  };
});
afterAll(() => t?.close());

const samples = new Map<string, string>();

type Verdict = { ok: true; outcome: string; status: number } | { ok: false; problem: string; status: number };

/** Checks one response: status, JSON, the GraphQL response shape; names its outcome for the tally. */
function judge(request: FuzzRequest, status: number, contentType: string, text: string): Verdict {
  if (status >= 500) return { ok: false, status, problem: `status ${status}: ${text.slice(0, 300)}` };
  // Yoga cannot answer a running subscription as one JSON document and says so with an empty 406
  // (it is served over SSE and graphql-ws); no other request may get a body that is not JSON.
  if (status === 406 && text === '' && request.kind === 'subscription') return { ok: true, status, outcome: '406:subscription-over-plain-json' };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status, problem: `not JSON (${contentType}): ${text.slice(0, 300)}` };
  }
  if (!/json/.test(contentType)) return { ok: false, status, problem: `content-type ${contentType}` };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, status, problem: `not an object: ${text.slice(0, 300)}` };
  const { data, errors, extensions, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length) return { ok: false, status, problem: `unexpected keys ${Object.keys(rest).join(', ')}` };
  if (extensions !== undefined && (typeof extensions !== 'object' || extensions === null)) return { ok: false, status, problem: 'extensions not an object' };
  const hasData = 'data' in (body as object);
  if (hasData && data !== null && (typeof data !== 'object' || Array.isArray(data))) return { ok: false, status, problem: `data is ${JSON.stringify(data).slice(0, 100)}` };
  if (errors !== undefined) {
    if (!Array.isArray(errors) || errors.length === 0) return { ok: false, status, problem: `errors is ${JSON.stringify(errors).slice(0, 100)}` };
    for (const error of errors) {
      if (typeof error !== 'object' || error === null || typeof (error as { message?: unknown }).message !== 'string') {
        return { ok: false, status, problem: `malformed error ${JSON.stringify(error).slice(0, 200)}` };
      }
    }
  }
  if (!hasData && !errors) return { ok: false, status, problem: 'neither data nor errors' };
  if (!errors) return { ok: true, status, outcome: 'data' };
  const first = errors[0] as { message: string; extensions?: { code?: string } };
  const code = first.extensions?.code ?? 'NO_CODE';
  if (code === 'INTERNAL_SERVER_ERROR' || first.message === 'Unexpected error.') {
    return { ok: false, status, problem: `unexpected error: ${JSON.stringify(errors).slice(0, 400)}` };
  }
  if (process.env.FUZZ_SAMPLES) samples.set(code, `${status} ${text.slice(0, 300)}`);
  return { ok: true, status, outcome: `${hasData && data !== null ? 'partial' : 'errors'}:${code}` };
}

async function send(request: FuzzRequest): Promise<Verdict> {
  try {
    const response = await fetch(t.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...callers[request.caller] },
      body: request.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return judge(request, response.status, response.headers.get('content-type') ?? '', await response.text());
  } catch (error) {
    return { ok: false, status: 0, problem: `no answer: ${(error as Error).message}` };
  }
}

describe('fuzzing the gateway', () => {
  it(`answers ${COUNT} generated and mutated requests well-formed, without a 5xx, a hang or a crash`, { timeout: 240_000 }, async () => {
    const generator = new FuzzGenerator(schema, new Rng(SEED), { ids, mutationIds: fuzzIds });
    const requests = Array.from({ length: COUNT }, () => generator.next());
    const tally = new Map<string, number>();
    const byKind = new Map<string, number>();
    const byStatus = new Map<number, number>();
    const failures: { request: FuzzRequest; problem: string }[] = [];
    const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          const verdict = await send(request);
          count(byKind, request.kind);
          count(byStatus, verdict.status);
          if (verdict.ok) count(tally, verdict.outcome);
          else failures.push({ request, problem: verdict.problem });
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;

    const sorted = (map: Map<string | number, number>) => Object.fromEntries([...map].sort((a, b) => b[1] - a[1]));
    console.log(
      [
        `fuzz: seed ${SEED}, ${requests.length} requests in ${seconds.toFixed(1)} s at concurrency ${CONCURRENCY}, ${failures.length} failed`,
        `by kind: ${JSON.stringify(sorted(byKind))}`,
        `by status: ${JSON.stringify(sorted(byStatus))}`,
        `outcomes: ${JSON.stringify(sorted(tally), null, 1)}`,
        ...failures.slice(0, 10).map((f) => `FAILED ${f.problem}\n  request (${f.request.kind}, ${f.request.caller}): ${f.request.body.slice(0, 500)}`),
      ].join('\n'),
    );
    if (process.env.FUZZ_SAMPLES) console.log([...samples].map(([code, sample]) => `${code}: ${sample}`).join('\n'));
    expect(requests.length).toBeGreaterThanOrEqual(10_000);
    expect(failures.map((f) => f.problem)).toEqual([]);

    // Still alive and well after all that.
    expect(await t.ok('{ organizations { name } }')).toEqual({ organizations: [{ name: 'Demo Fleet' }] });
  });
});
