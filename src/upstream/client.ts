/**
 * The one place the gateway talks to grpc-js: one channel per upstream, shared by the AppService
 * and AuthService clients, and `unary` / `serverStream` / `clientStream` helpers that add the
 * caller's metadata and a deadline and turn failures into GraphQL errors.
 */
import * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type { AppServiceDefinition } from '../generated/viam/app/v1/AppService.ts';
import { protos, MAX_MESSAGE_BYTES } from '../wire/protos.ts';
import type { UpstreamTarget } from './target.ts';
import { upstreamError } from './errors.ts';

export type AppMethod = keyof AppServiceDefinition & string;
export type RequestOf<M extends AppMethod> = AppServiceDefinition[M] extends MethodDefinition<infer Req, any, any, any> ? Req : never;
export type ResponseOf<M extends AppMethod> = AppServiceDefinition[M] extends MethodDefinition<any, any, any, infer Res> ? Res : never;

export interface UpstreamOptions {
  /** Deadline of each unary call. */
  deadlineMs: number;
}

/** Observes every upstream call (metrics, tests). */
export type CallObserver = (event: { rpc: string; code: grpc.status; durationMs: number }) => void;

type GrpcClient = grpc.Client & Record<string, (...args: any[]) => any>;

export class UpstreamClient {
  readonly channel: grpc.Channel;
  private readonly app: GrpcClient;
  private readonly auth: GrpcClient;
  private readonly observers: CallObserver[] = [];

  constructor(
    readonly target: UpstreamTarget,
    readonly options: UpstreamOptions,
  ) {
    const credentials = target.tls ? grpc.credentials.createSsl() : grpc.credentials.createInsecure();
    const channelOptions: grpc.ChannelOptions = {
      'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
      // Keepalive as Viam's own clients: ping every 20 s, also while idle.
      'grpc.keepalive_time_ms': 20_000,
      'grpc.keepalive_timeout_ms': 20_000,
      'grpc.keepalive_permit_without_calls': 1,
    };
    this.channel = new grpc.Channel(target.address, credentials, channelOptions);
    const shared = { ...channelOptions, channelOverride: this.channel };
    const p = protos();
    this.app = new p.viam.app.v1.AppService(target.address, credentials, shared) as unknown as GrpcClient;
    this.auth = new p.proto.rpc.v1.AuthService(target.address, credentials, shared) as unknown as GrpcClient;
  }

  observe(observer: CallObserver): () => void {
    this.observers.push(observer);
    return () => this.observers.splice(this.observers.indexOf(observer) >>> 0, 1);
  }

  private report(rpc: string, code: grpc.status, started: number): void {
    const durationMs = performance.now() - started;
    for (const observer of this.observers) observer({ rpc, code, durationMs });
  }

  private deadline(): Date {
    return new Date(Date.now() + this.options.deadlineMs);
  }

  /** AuthService/Authenticate. Deliberately sent without any authorization metadata (Viam refuses it). */
  authenticate(entity: string, type: string, payload: string): Promise<string> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      this.auth.Authenticate!(
        { entity, credentials: { type, payload } },
        new grpc.Metadata(),
        { deadline: this.deadline() },
        (error: grpc.ServiceError | null, response: { access_token: string }) => {
          this.report('Authenticate', error?.code ?? grpc.status.OK, started);
          if (error) reject(upstreamError(error, 'Authenticate'));
          else resolve(response.access_token);
        },
      );
    });
  }

  unary<M extends AppMethod>(rpc: M, request: RequestOf<M>, metadata: grpc.Metadata, signal?: AbortSignal): Promise<ResponseOf<M>> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const call = this.app[rpc]!(request, metadata, { deadline: this.deadline() }, (error: grpc.ServiceError | null, response: ResponseOf<M>) => {
        signal?.removeEventListener('abort', cancel);
        this.report(rpc, error?.code ?? grpc.status.OK, started);
        if (error) reject(upstreamError(error, rpc));
        else resolve(response);
      }) as grpc.ClientUnaryCall;
      const cancel = () => call.cancel();
      signal?.addEventListener('abort', cancel, { once: true });
    });
  }

  /** A server stream. No deadline: it lives until the caller cancels it. */
  serverStream<M extends AppMethod>(rpc: M, request: RequestOf<M>, metadata: grpc.Metadata): grpc.ClientReadableStream<ResponseOf<M>> {
    const started = performance.now();
    const call = this.app[rpc]!(request, metadata) as grpc.ClientReadableStream<ResponseOf<M>>;
    call.on('status', (s: grpc.StatusObject) => this.report(rpc, s.code, started));
    return call;
  }

  /** A client stream: writes every message from `messages`, then resolves with the response. */
  async clientStream<M extends AppMethod>(rpc: M, messages: AsyncIterable<RequestOf<M>>, metadata: grpc.Metadata): Promise<ResponseOf<M>> {
    const started = performance.now();
    let call!: grpc.ClientWritableStream<RequestOf<M>>;
    const response = new Promise<ResponseOf<M>>((resolve, reject) => {
      call = this.app[rpc]!(metadata, { deadline: this.deadline() }, (error: grpc.ServiceError | null, result: ResponseOf<M>) => {
        this.report(rpc, error?.code ?? grpc.status.OK, started);
        if (error) reject(upstreamError(error, rpc));
        else resolve(result);
      }) as grpc.ClientWritableStream<RequestOf<M>>;
    });
    try {
      for await (const message of messages) {
        if (!call.write(message)) await new Promise((resolve) => call.once('drain', resolve));
      }
      call.end();
    } catch (error) {
      call.cancel();
      response.catch(() => {});
      throw error;
    }
    return response;
  }

  close(): void {
    this.app.close();
    this.auth.close();
    this.channel.close();
  }
}
