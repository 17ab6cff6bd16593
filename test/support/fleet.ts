/**
 * Test harness for the fleet server: starts a real server on a loopback port (in memory by
 * default) and gives typed-enough gRPC clients that carry a caller's token.
 */
import * as grpc from '@grpc/grpc-js';
import { startFleetServer, type FleetServer, type FleetServerOptions } from '../../src/fleet-server/server.ts';
import { protos } from '../../src/wire/protos.ts';
import type { Db } from '../../src/fleet-server/db.ts';
import { createApiKey, type MintedKey } from '../../src/fleet-server/keys.ts';
import { insertOrganization } from '../../src/fleet-server/organizations.ts';
import { insertRobot } from '../../src/fleet-server/robots.ts';
import { firstSecret, mainPartId } from './graph.ts';

type AnyMessage = Record<string, any>;

export interface RpcClient {
  /** A unary call; rejects with the grpc ServiceError. */
  call(method: string, request?: AnyMessage, metadata?: Record<string, string>): Promise<any>;
  /** A server stream as the grpc-js call (readable of messages). */
  stream(method: string, request?: AnyMessage): grpc.ClientReadableStream<any>;
  /** A client stream: writes the messages, resolves with the response. */
  clientStream(method: string, messages: AnyMessage[]): Promise<any>;
  raw: grpc.Client;
  close(): void;
}

function makeClient(Ctor: unknown, address: string, token?: string, credentials = grpc.credentials.createInsecure()): RpcClient {
  const client = new (Ctor as grpc.ServiceClientConstructor)(address, credentials) as grpc.Client & Record<string, any>;
  const meta = (extra?: Record<string, string>) => {
    const md = new grpc.Metadata();
    if (token) md.set('authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(extra ?? {})) md.set(k, v);
    return md;
  };
  return {
    raw: client,
    call: (method, request = {}, metadata) =>
      new Promise((resolve, reject) =>
        client[method](request, meta(metadata), { deadline: Date.now() + 10_000 }, (error: grpc.ServiceError | null, response: unknown) =>
          error ? reject(error) : resolve(response),
        ),
      ),
    stream: (method, request = {}) => client[method](request, meta()),
    clientStream: (method, messages) =>
      new Promise((resolve, reject) => {
        const call = client[method](meta(), (error: grpc.ServiceError | null, response: unknown) => (error ? reject(error) : resolve(response)));
        for (const m of messages) call.write(m);
        call.end();
      }),
    close: () => client.close(),
  };
}

export interface TestFleet {
  server: FleetServer;
  address: string;
  /** Demo organization id and its owner key. */
  orgId: string;
  keyId: string;
  key: string;
  /** AppService client with the demo owner's token. */
  app: RpcClient;
  authenticate(entity: string, payload: string, type?: string): Promise<string>;
  appClient(token?: string): RpcClient;
  robotClient(token?: string): RpcClient;
  authClient(): RpcClient;
  /** An AppService client for a key: exchanges it for a token first. */
  appAs(keyId: string, key: string): Promise<RpcClient>;
  /** A RobotService client authenticated as the part with its secret. */
  robotAs(partId: string, secret: string): Promise<RpcClient>;
  close(): Promise<void>;
}

/** `credentials`: how the harness's own clients connect (TLS credentials for a server with `options.tls`). */
export async function startTestFleet(options: FleetServerOptions = {}, credentials?: grpc.ChannelCredentials): Promise<TestFleet> {
  const server = await startFleetServer({ dataDir: ':memory:', port: 0, log: () => {}, ...options });
  const p = protos();
  const clients: RpcClient[] = [];
  const track = (c: RpcClient) => (clients.push(c), c);
  const authClient = () => track(makeClient(p.proto.rpc.v1.AuthService, server.address, undefined, credentials));
  const authenticate = async (entity: string, payload: string, type = 'api-key') =>
    (await authClient().call('Authenticate', { entity, credentials: { type, payload } })).access_token as string;
  const appClient = (token?: string) => track(makeClient(p.viam.app.v1.AppService, server.address, token, credentials));
  const robotClient = (token?: string) => track(makeClient(p.viam.app.v1.RobotService, server.address, token, credentials));
  const demo = server.demo!;
  const app = appClient(await authenticate(demo.apiKeyId, demo.apiKey));
  return {
    server,
    address: server.address,
    orgId: demo.organizationId,
    keyId: demo.apiKeyId,
    key: demo.apiKey,
    app,
    authenticate,
    appClient,
    robotClient,
    authClient,
    appAs: async (keyId, key) => appClient(await authenticate(keyId, key)),
    robotAs: async (partId, secret) => robotClient(await authenticate(partId, secret, 'robot-secret')),
    async close() {
      for (const c of clients) c.close();
      await server.close();
    },
  };
}

/** An AppService client (with `token` as its bearer) for a fleet server at `address`, e.g. one in a child process. */
export const appClientAt = (address: string, token?: string): RpcClient => makeClient(protos().viam.app.v1.AppService, address, token);

/** AuthService/Authenticate with an API key against the fleet server at `address`; resolves with the access token. */
export async function authenticateAt(address: string, keyId: string, key: string): Promise<string> {
  const auth = makeClient(protos().proto.rpc.v1.AuthService, address);
  try {
    return (await auth.call('Authenticate', { entity: keyId, credentials: { type: 'api-key', payload: key } })).access_token as string;
  } finally {
    auth.close();
  }
}

/**
 * An API key of `organizationId` holding one role, e.g. `keyWithRole(db, orgId, 'location_operator',
 * locationId)`; the resource type is the role's prefix (organization_, location_ or robot_).
 */
export function keyWithRole(db: Db, organizationId: string, role: string, resourceId: string, name = role): MintedKey {
  const resourceType = role.slice(0, role.lastIndexOf('_'));
  return createApiKey(db, organizationId, name, [{ authorizationId: role, resourceType, resourceId }]);
}

/** A new organization (with a public namespace when given) and an organization_owner key of it. */
export function ownedOrganization(db: Db, name: string, namespace: string | null = null): { orgId: string; owner: MintedKey } {
  const orgId = insertOrganization(db, name, namespace).id;
  return { orgId, owner: keyWithRole(db, orgId, 'organization_owner', orgId, `${name} owner`) };
}

/**
 * The usual cast besides the demo owner: an organization_operator of the demo organization, and
 * the owner of "Other Org" (namespace other-org), each with an AppService client.
 */
export async function operatorAndOtherOrg(fleet: TestFleet): Promise<{
  operatorKey: MintedKey;
  operator: RpcClient;
  other: { orgId: string; key: MintedKey; app: RpcClient };
}> {
  const operatorKey = keyWithRole(fleet.server.db, fleet.orgId, 'organization_operator', fleet.orgId);
  const operator = await fleet.appAs(operatorKey.id, operatorKey.key);
  const { orgId, owner } = ownedOrganization(fleet.server.db, 'Other Org', 'other-org');
  return { operatorKey, operator, other: { orgId, key: owner, app: await fleet.appAs(owner.id, owner.key) } };
}

/** An AppService client for a new key of the demo organization holding one role on one resource. */
export async function appWithRole(fleet: TestFleet, role: string, resourceId: string): Promise<RpcClient> {
  const key = keyWithRole(fleet.server.db, fleet.orgId, role, resourceId);
  return fleet.appAs(key.id, key.key);
}

/** A new robot named `name` in `locationId`, and a RobotService client authenticated as its main part. */
export async function robotWithClient(fleet: TestFleet, locationId: string, name: string): Promise<{ robotId: string; partId: string; robot: RpcClient }> {
  const robotId = insertRobot(fleet.server.db, locationId, name).id;
  const partId = mainPartId(fleet.server.db, robotId);
  return { robotId, partId, robot: await fleet.robotAs(partId, firstSecret(fleet.server.db, partId)) };
}

/** Expects a promise to reject with a gRPC status code; returns the error for more checks. */
export async function expectStatus(promise: Promise<unknown>, code: grpc.status): Promise<grpc.ServiceError> {
  try {
    await promise;
  } catch (error) {
    const e = error as grpc.ServiceError;
    if (e.code !== code) throw new Error(`expected status ${grpc.status[code]}, got ${grpc.status[e.code]}: ${e.details}`);
    return e;
  }
  throw new Error(`expected status ${grpc.status[code]}, but the call succeeded`);
}

export { grpc };
