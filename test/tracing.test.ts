/**
 * Tracing (--otel-endpoint): the gateway and the fleet server export spans over OTLP/HTTP to a
 * real receiver on loopback; one fleet-tree query is one trace, from the HTTP request through the
 * operation and its upstream calls into the fleet server's RPCs and their transactions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, apiKeyHeaders, errorCode, type TestGateway } from './support/gateway.ts';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver.ts';
import { keyWithRole } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { waitFor } from './support/wait.ts';
import { wsClient } from './support/live-logs.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { ADMISSION_SPAN, TRANSACTION_SPAN } from '../src/fleet-server/rpc-span.ts';
import { ATTR_GRAPHQL_ERROR_CODES, FLEET_SERVER_SERVICE_NAME, GATEWAY_SERVICE_NAME, startTracing, type Tracing } from '../src/gateway/tracing.ts';
import { parseServeArgs } from '../src/cli/serve-options.ts';
import { postGraphQL, runCli, serveDemoKey, startCli } from './support/cli.ts';
import { FLEET_TREE } from '../bench/support/tree.ts';

const LOCATIONS = 2;
const ROBOTS_PER_LOCATION = 3;

let receiver: OtlpReceiver;
let gatewayTracing: Tracing;
let fleetTracing: Tracing;
let t: TestGateway;
let orgId: string;
let headers: Record<string, string>;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  gatewayTracing = await startTracing({ endpoint: receiver.url, serviceName: GATEWAY_SERVICE_NAME, scheduledDelayMillis: 20 });
  fleetTracing = await startTracing({ endpoint: receiver.url, serviceName: FLEET_SERVER_SERVICE_NAME, scheduledDelayMillis: 20 });
  t = await startTestGateway({ fleet: { tracer: fleetTracing.tracer }, gateway: { tracer: gatewayTracing.tracer } });
  const db = t.fleet.server.db;
  db.transaction(() => {
    orgId = insertOrganization(db, 'Traced Fleet').id;
    for (let l = 0; l < LOCATIONS; l++) {
      const location = insertLocation(db, orgId, `site-${l}`, null);
      for (let r = 0; r < ROBOTS_PER_LOCATION; r++) insertPart(db, insertRobot(db, location.id, `bot-${l}-${r}`).id, `bot-${l}-${r}-main`);
    }
    headers = apiKeyHeaders(keyWithRole(db, orgId, 'organization_owner', orgId, 'traced owner'));
  })();
});

afterAll(async () => {
  await t?.close();
  await gatewayTracing?.shutdown();
  await fleetTracing?.shutdown();
  await receiver?.close();
});


const byId = (spans: ReceivedSpan[]) => new Map(spans.map((span) => [span.spanId, span]));

/** The spans of the trace whose operation span has `name`, once the whole trace has arrived. */
async function traceOf(operationName: string, complete: (spans: ReceivedSpan[]) => boolean): Promise<{ operation: ReceivedSpan; spans: ReceivedSpan[] }> {
  return waitFor(`the trace of ${operationName}`, () => {
    const operation = receiver.spans.find((span) => span.service === GATEWAY_SERVICE_NAME && span.name === operationName);
    if (!operation) return false;
    const spans = receiver.spans.filter((span) => span.traceId === operation.traceId);
    return complete(spans) && { operation, spans };
  });
}

describe('tracing over OTLP/HTTP', () => {
  it('makes one trace of a fleet-tree query: HTTP request → operation → upstream calls → fleet server RPCs → transactions', async () => {
    const data = await t.ok(FLEET_TREE, { org: orgId }, headers);
    expect(data.organization.locations.flatMap((l: any) => l.robots)).toHaveLength(LOCATIONS * ROBOTS_PER_LOCATION);

    const robots = LOCATIONS * ROBOTS_PER_LOCATION;
    const serverSpans = (spans: ReceivedSpan[]) => spans.filter((span) => span.service === FLEET_SERVER_SERVICE_NAME && span.name.includes('/'));
    const { operation, spans } = await traceOf('query FleetTree', (all) =>
      all.some((span) => span.name === 'POST /graphql') && serverSpans(all).filter((span) => span.name.endsWith('/GetRobotParts')).length === robots,
    );
    const ids = byId(spans);

    // The operation, named and typed, inside the HTTP request's span.
    expect(operation.attributes).toMatchObject({ 'graphql.operation.name': 'FleetTree', 'graphql.operation.type': 'query' });
    const request = ids.get(operation.parentSpanId)!;
    expect(request).toMatchObject({ name: 'POST /graphql', service: GATEWAY_SERVICE_NAME, parentSpanId: '' });
    expect(request.attributes['http.response.status_code']).toBe(200);

    // Every upstream call is a child of the operation span, DataLoader batches included.
    const calls = spans.filter((span) => span.service === GATEWAY_SERVICE_NAME && span.attributes['rpc.system.name'] === 'grpc');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.parentSpanId, call.name).toBe(operation.spanId);
      expect(call.attributes['rpc.status_code'], call.name).toBe('OK');
    }
    const methods = calls.map((call) => call.name);
    expect(methods).toEqual(expect.arrayContaining(['viam.app.v1.AppService/GetOrganization', 'viam.app.v1.AppService/ListLocations', 'viam.app.v1.AppService/ListRobotsForLocations']));
    expect(methods.filter((name) => name === 'viam.app.v1.AppService/GetRobotParts')).toHaveLength(robots);
    // No GetRobotParts call of this query was left outside its trace.
    expect(receiver.spans.filter((span) => span.service === GATEWAY_SERVICE_NAME && span.name === 'viam.app.v1.AppService/GetRobotParts')).toHaveLength(robots);

    // The fleet server continues the trace: each of its RPC spans is the child of the gateway's call of that method ...
    const rpcs = serverSpans(spans);
    expect(rpcs).toHaveLength(calls.length);
    for (const rpc of rpcs) {
      const caller = ids.get(rpc.parentSpanId);
      expect(caller?.service, rpc.name).toBe(GATEWAY_SERVICE_NAME);
      expect(caller?.name).toBe(rpc.name);
      expect(rpc.attributes['rpc.status_code']).toBe('OK');
    }
    // ... with its admission and its SQLite transaction under it.
    for (const rpc of rpcs.filter((span) => span.name.startsWith('viam.app.v1.AppService/'))) {
      const steps = spans.filter((span) => span.parentSpanId === rpc.spanId).map((span) => span.name);
      expect(steps.sort(), rpc.name).toEqual([ADMISSION_SPAN, TRANSACTION_SPAN].sort());
    }
  });

  it('records the error codes of a failing operation on its span, and the gRPC status on the call spans', async () => {
    const result = await t.gql('query MissingRobot($id: ID!) { robot(id: $id) { name } }', { id: UNKNOWN_ID }, headers);
    expect(errorCode(result)).toBe('NOT_FOUND');
    const { operation, spans } = await traceOf('query MissingRobot', (all) => all.some((span) => span.service === FLEET_SERVER_SERVICE_NAME && span.name.endsWith('/GetRobot')));
    expect(operation.attributes[ATTR_GRAPHQL_ERROR_CODES]).toEqual(['NOT_FOUND']);
    expect(operation.statusCode).toBe(2);
    const call = spans.find((span) => span.service === GATEWAY_SERVICE_NAME && span.name === 'viam.app.v1.AppService/GetRobot')!;
    expect(call).toMatchObject({ parentSpanId: operation.spanId, statusCode: 2 });
    expect(call.attributes['rpc.status_code']).toBe('NOT_FOUND');
    const rpc = spans.find((span) => span.service === FLEET_SERVER_SERVICE_NAME && span.name === 'viam.app.v1.AppService/GetRobot')!;
    expect(rpc.parentSpanId).toBe(call.spanId);
    expect(rpc.attributes['rpc.status_code']).toBe('NOT_FOUND');
  });

  it('traces an operation over graphql-ws as a trace of its own, with its upstream calls under it', async () => {
    const ws = wsClient(t.gateway.url, headers);
    try {
      const result = await ws.query('query OverWebSocket($org: ID!) { organization(id: $org) { name } }', { org: orgId });
      expect(result.errors).toBeUndefined();
    } finally {
      await ws.dispose();
    }
    const { operation, spans } = await traceOf('query OverWebSocket', (all) => all.some((span) => span.service === FLEET_SERVER_SERVICE_NAME && span.name.endsWith('/GetOrganization')));
    expect(operation.parentSpanId).toBe('');
    const call = spans.find((span) => span.service === GATEWAY_SERVICE_NAME && span.name === 'viam.app.v1.AppService/GetOrganization')!;
    expect(call.parentSpanId).toBe(operation.spanId);
    expect(spans.find((span) => span.service === FLEET_SERVER_SERVICE_NAME && span.name === 'viam.app.v1.AppService/GetOrganization')!.parentSpanId).toBe(call.spanId);
  });

  it("continues a caller's trace sent as W3C traceparent", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parentId = '00f067aa0ba902b7';
    const response = await fetch(t.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${parentId}-01`, ...headers },
      body: JSON.stringify({ query: 'query CallerTraced { organizations { id } }' }),
    });
    expect(response.status).toBe(200);
    const { operation, spans } = await traceOf('query CallerTraced', (all) => all.some((span) => span.name === 'POST /graphql'));
    expect(operation.traceId).toBe(traceId);
    expect(spans.find((span) => span.name === 'POST /graphql')!.parentSpanId).toBe(parentId);
  });
});

describe('--otel-endpoint', () => {
  it('comes from the flag or FLEETGRAPH_OTEL_ENDPOINT, is off by default; a base URL gets /v1/traces; anything but http(s) is refused', () => {
    expect(parseServeArgs([]).otelEndpoint).toBeNull();
    expect(parseServeArgs(['--otel-endpoint', 'http://collector:4318']).otelEndpoint).toBe('http://collector:4318/v1/traces');
    expect(parseServeArgs([], { FLEETGRAPH_OTEL_ENDPOINT: 'https://otel.example.com/custom/traces' }).otelEndpoint).toBe('https://otel.example.com/custom/traces');
    expect(() => parseServeArgs(['--otel-endpoint', 'collector:4318'])).toThrow(/--otel-endpoint must be an http/);
    expect(() => parseServeArgs(['--otel-endpoint', 'grpc://collector:4317'])).toThrow(/--otel-endpoint must be an http/);
  });

  it('fleetgraph fleet-server refuses a bad --otel-endpoint before it starts', async () => {
    const result = await runCli(['fleet-server', '--port', '0', '--data-dir', ':memory:', '--otel-endpoint', 'collector:4318']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--otel-endpoint must be an http:\/\/ or https:\/\/ URL/);
    expect(result.stdout).not.toMatch(/listening/);
  });

  it('fleetgraph serve traces the gateway and its embedded fleet server into one trace, and sends the last spans when stopped', async () => {
    const cli = startCli(['serve', '--port', '0', '--data-dir', ':memory:', '--otel-endpoint', receiver.url]);
    try {
      const url = (await cli.waitFor(/GraphQL at (http:\/\/\S+)\n/))[1]!;
      const result = await postGraphQL(url, 'query ServeTraced { organizations { name } }', apiKeyHeaders(await serveDemoKey(cli)));
      expect(result.errors).toBeUndefined();
      // Stopped at once: the spans (batched for a second) arrive only because the stop sends them.
      expect(await cli.stop()).toBe(0);
      const operation = receiver.spans.find((span) => span.name === 'query ServeTraced');
      expect(operation?.service).toBe(GATEWAY_SERVICE_NAME);
      const trace = receiver.spans.filter((span) => span.traceId === operation!.traceId);
      const call = trace.find((span) => span.service === GATEWAY_SERVICE_NAME && span.name === 'viam.app.v1.AppService/ListOrganizations');
      expect(call?.parentSpanId).toBe(operation!.spanId);
      expect(trace.find((span) => span.service === FLEET_SERVER_SERVICE_NAME && span.name === 'viam.app.v1.AppService/ListOrganizations')?.parentSpanId).toBe(call!.spanId);
    } finally {
      await cli.stop();
    }
  });
});
