/**
 * Test harness for the fleet server: starts a real server on a loopback port (in memory by
 * default) and gives typed-enough gRPC clients that carry a caller's token.
 */
import * as grpc from '@grpc/grpc-js';
import { startFleetServer, type FleetServer, type FleetServerOptions } from '../../src/fleet-server/server.ts';
import { protos } from '../../src/wire/protos.ts';

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

function makeClient(Ctor: unknown, address: string, token?: string): RpcClient {
  const client = new (Ctor as grpc.ServiceClientConstructor)(address, grpc.credentials.createInsecure()) as grpc.Client & Record<string, any>;
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

export async function startTestFleet(options: FleetServerOptions = {}): Promise<TestFleet> {
  const server = await startFleetServer({ dataDir: ':memory:', port: 0, log: () => {}, ...options });
  const p = protos();
  const clients: RpcClient[] = [];
  const track = (c: RpcClient) => (clients.push(c), c);
  const authClient = () => track(makeClient(p.proto.rpc.v1.AuthService, server.address));
  const authenticate = async (entity: string, payload: string, type = 'api-key') =>
    (await authClient().call('Authenticate', { entity, credentials: { type, payload } })).access_token as string;
  const appClient = (token?: string) => track(makeClient(p.viam.app.v1.AppService, server.address, token));
  const robotClient = (token?: string) => track(makeClient(p.viam.app.v1.RobotService, server.address, token));
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
