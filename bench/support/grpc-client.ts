/**
 * A hand-written grpc-js AppService client for benchmarks: one channel, an API key exchanged once
 * for a token, and unary calls as promises. Deliberately nothing of the gateway's upstream code.
 */
import * as grpc from '@grpc/grpc-js';
import { protos } from '../../src/wire/protos.ts';

type UnaryMethod = (request: object, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: any) => void) => void;

export interface BenchAppClient {
  call<T = any>(method: string, request: object): Promise<T>;
  close(): void;
}

/** Exchanges an API key for an access token (AuthService.Authenticate). */
export async function accessToken(address: string, apiKeyId: string, apiKey: string): Promise<string> {
  const auth = new (protos().proto.rpc.v1.AuthService)(address, grpc.credentials.createInsecure()) as unknown as grpc.Client & Record<string, UnaryMethod>;
  try {
    return await new Promise<string>((resolve, reject) =>
      auth.Authenticate!({ entity: apiKeyId, credentials: { type: 'api-key', payload: apiKey } }, new grpc.Metadata(), (error, response) =>
        error ? reject(error) : resolve(response.access_token),
      ),
    );
  } finally {
    auth.close();
  }
}

export async function connectAppService(address: string, apiKeyId: string, apiKey: string): Promise<BenchAppClient> {
  const p = protos();
  const token = await accessToken(address, apiKeyId, apiKey);
  // One client, one channel: every call is multiplexed over the same HTTP/2 connection.
  const app = new p.viam.app.v1.AppService(address, grpc.credentials.createInsecure(), {
    'grpc.max_receive_message_length': 32 * 1024 * 1024,
  }) as unknown as grpc.Client & Record<string, UnaryMethod>;
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return {
    call: (method, request) =>
      new Promise((resolve, reject) => {
        const rpc = app[method];
        if (!rpc) return reject(new Error(`no AppService method ${method}`));
        rpc.call(app, request, metadata, (error, response) => (error ? reject(error) : resolve(response)));
      }),
    close: () => app.close(),
  };
}
