/**
 * A client no one here wrote: Viam's own generated message classes (@viamrobotics/sdk) sent
 * through connect-es' gRPC transport must work against our fleet server — authenticate, create a
 * location and a robot, read its parts and tail its logs while a robot sends them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appApi, commonApi } from '@viamrobotics/sdk';
import { MethodKind, proto3, ScalarType, type MessageType } from '@bufbuild/protobuf';
import { Code, ConnectError, createPromiseClient } from '@connectrpc/connect';
import { createGrpcTransport } from '@connectrpc/connect-node';
import { startTestFleet, type TestFleet } from './support/fleet.ts';
import { loadSdkDescriptors } from './support/sdk-descriptors.ts';
import { toTimestamp } from '../src/wire/struct.ts';

/**
 * proto.rpc.v1's classes are not exported by the SDK bundle, so they are defined here from the
 * field numbers and types of the SDK's own declarations (strings and one nested message suffice).
 */
function messageTypeFromSdk(typeName: string, nested: Record<string, MessageType> = {}): MessageType {
  const fact = loadSdkDescriptors().messages.get(typeName);
  if (!fact) throw new Error(`${typeName} not in the SDK declarations`);
  const fields = [...fact.fields.values()].map((f) => {
    if (f.label !== 'singular') throw new Error(`${typeName}.${f.name}: only singular fields are supported here`);
    if (f.type === 'string') return { no: f.number, name: f.name, kind: 'scalar' as const, T: ScalarType.STRING };
    const T = nested[f.type];
    if (!T) throw new Error(`${typeName}.${f.name}: no class for ${f.type}`);
    return { no: f.number, name: f.name, kind: 'message' as const, T };
  });
  return proto3.makeMessageType(typeName, fields);
}

const Credentials = messageTypeFromSdk('proto.rpc.v1.Credentials');
const AuthenticateRequest = messageTypeFromSdk('proto.rpc.v1.AuthenticateRequest', { 'proto.rpc.v1.Credentials': Credentials });
const AuthenticateResponse = messageTypeFromSdk('proto.rpc.v1.AuthenticateResponse');

const AuthService = {
  typeName: 'proto.rpc.v1.AuthService',
  methods: {
    authenticate: { name: 'Authenticate', I: AuthenticateRequest, O: AuthenticateResponse, kind: MethodKind.Unary },
  },
} as const;

const AppService = {
  typeName: 'viam.app.v1.AppService',
  methods: {
    createLocation: { name: 'CreateLocation', I: appApi.CreateLocationRequest, O: appApi.CreateLocationResponse, kind: MethodKind.Unary },
    newRobot: { name: 'NewRobot', I: appApi.NewRobotRequest, O: appApi.NewRobotResponse, kind: MethodKind.Unary },
    getRobotParts: { name: 'GetRobotParts', I: appApi.GetRobotPartsRequest, O: appApi.GetRobotPartsResponse, kind: MethodKind.Unary },
    listOrganizations: { name: 'ListOrganizations', I: appApi.ListOrganizationsRequest, O: appApi.ListOrganizationsResponse, kind: MethodKind.Unary },
    tailRobotPartLogs: {
      name: 'TailRobotPartLogs',
      I: appApi.TailRobotPartLogsRequest,
      O: appApi.TailRobotPartLogsResponse,
      kind: MethodKind.ServerStreaming,
    },
  },
} as const;

let fleet: TestFleet;
beforeAll(async () => {
  fleet = await startTestFleet();
});
afterAll(() => fleet.close());

describe('@viamrobotics/sdk messages over @connectrpc/connect-node gRPC', () => {
  it('authenticates, creates a location and a robot, reads its parts and tails its logs', async () => {
    const transport = createGrpcTransport({ baseUrl: `http://${fleet.address}`, httpVersion: '2' });
    const auth = createPromiseClient(AuthService, transport);
    const app = createPromiseClient(AppService, transport);

    // Authenticate goes out with no authorization header, as Viam's clients send it.
    const authResponse = await auth.authenticate(
      new AuthenticateRequest({ entity: fleet.keyId, credentials: new Credentials({ type: 'api-key', payload: fleet.key }) }),
    );
    const accessToken: string = authResponse.accessToken;
    expect(accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const headers = { authorization: `Bearer ${accessToken}` };

    const unauthenticated = await app.listOrganizations({}).then(
      () => null,
      (e: unknown) => ConnectError.from(e),
    );
    expect(unauthenticated?.code).toBe(Code.Unauthenticated);

    const { location } = await app.createLocation(new appApi.CreateLocationRequest({ organizationId: fleet.orgId, name: 'SDK Yard' }), { headers });
    expect(location).toBeInstanceOf(appApi.Location);
    expect(location!.name).toBe('SDK Yard');
    expect(location!.organizations.map((o) => [o.organizationId, o.primary])).toEqual([[fleet.orgId, true]]);

    const { id: robotId } = await app.newRobot(new appApi.NewRobotRequest({ name: 'sdk-rover', location: location!.id }), { headers });
    expect(robotId).toMatch(/^[0-9a-f-]{36}$/);

    const { parts } = await app.getRobotParts(new appApi.GetRobotPartsRequest({ robotId }), { headers });
    expect(parts).toHaveLength(1);
    const [part] = parts;
    expect(part).toMatchObject({ robot: robotId, locationId: location!.id, mainPart: true, name: 'sdk-rover-main' });
    const secret = part!.secrets[0]?.secret || part!.secret;
    expect(secret).toBeTruthy();

    const robot = await fleet.robotAs(part!.id, secret);
    const abort = new AbortController();
    const received: commonApi.LogEntry[] = [];
    const tail = (async () => {
      const stream = app.tailRobotPartLogs(new appApi.TailRobotPartLogsRequest({ id: part!.id, errorsOnly: false }), {
        headers,
        signal: abort.signal,
      });
      try {
        for await (const response of stream) {
          expect(response).toBeInstanceOf(appApi.TailRobotPartLogsResponse);
          received.push(...response.logs);
        }
        return 'ended';
      } catch (error) {
        const e = ConnectError.from(error);
        if (e.code === Code.Canceled && abort.signal.aborted) return 'cancelled';
        throw e;
      }
    })();

    // The robot keeps sending until the tail has seen something: a stream that is still being
    // set up on the server cannot have missed entries sent after it is live.
    const sent: string[] = [];
    const deadline = Date.now() + 10_000;
    while (received.length === 0 && Date.now() < deadline) {
      const message = `sdk tail ${sent.length}`;
      sent.push(message);
      await robot.call('Log', {
        id: part!.id,
        logs: [{ host: 'sdk-rover', level: 'info', time: toTimestamp(Date.now()), logger_name: 'rdk.sdk', message }],
      });
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(received.length).toBeGreaterThan(0);
    const first = received[0]!;
    expect(first).toBeInstanceOf(commonApi.LogEntry);
    expect(sent).toContain(first.message);
    expect(first).toMatchObject({ level: 'info', loggerName: 'rdk.sdk', host: 'sdk-rover' });
    expect(first.time?.toDate().getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Everything received was sent by this robot, in order.
    const messages = received.map((e) => e.message);
    expect(messages).toEqual(sent.slice(sent.indexOf(messages[0]!), sent.indexOf(messages[0]!) + messages.length));

    abort.abort();
    expect(await tail).toBe('cancelled');
  });
});
