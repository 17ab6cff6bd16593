/**
 * The one place the gateway talks to grpc-js: one channel per upstream, shared by the AppService
 * and AuthService clients, and `unary` / `serverStream` / `clientStream` helpers that add the
 * caller's metadata and a deadline and turn failures into GraphQL errors. Unary and client-stream
 * calls of the whole gateway share one bound on calls in flight, shared fairly between callers
 * (fair-share.ts); idempotent reads are retried on UNAVAILABLE (retry.ts) within the same deadline.
 */
import * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type { AppServiceDefinition } from '../generated/viam/app/v1/AppService.ts';
import { protos, MAX_MESSAGE_BYTES } from '../wire/protos.ts';
import type { UpstreamTarget } from './target.ts';
import { GraphQLError } from 'graphql';
import { tlsFailure, upstreamError } from './errors.ts';
import { channelCredentials } from './tls.ts';
import { FairShare } from './fair-share.ts';
import { DEFAULT_RETRY, RetryBudget, retryRead, type RetryOptions } from './retry.ts';
import type { Tracer } from '@opentelemetry/api';
import { endCallSpan, startCallSpan, tracedCall } from './call-span.ts';

export type AppMethod = keyof AppServiceDefinition & string;
export type RequestOf<M extends AppMethod> = AppServiceDefinition[M] extends MethodDefinition<infer Req, any, any, any> ? Req : never;
export type ResponseOf<M extends AppMethod> = AppServiceDefinition[M] extends MethodDefinition<any, any, any, infer Res> ? Res : never;

export interface UpstreamOptions {
  /** Deadline of each unary call, retries included. */
  deadlineMs: number;
  /** Unary and client-stream calls the whole gateway has upstream at once; more wait in line (their deadline runs). */
  maxInFlight?: number;
  /** Of those, how many one caller may hold at once (default 64); waiting callers take turns. */
  maxInFlightPerCaller?: number;
  /** Retries of idempotent reads on UNAVAILABLE; `attempts: 1` turns them off. */
  retry?: RetryOptions;
  /** Traces every call (a span each, trace context sent as metadata); null or absent: tracing off. */
  tracer?: Tracer | null;
}

const APP_SERVICE = 'viam.app.v1.AppService';
const AUTH_SERVICE = 'proto.rpc.v1.AuthService';

export const DEFAULT_MAX_UPSTREAM_CALLS_IN_FLIGHT = 256;
export const DEFAULT_MAX_UPSTREAM_CALLS_IN_FLIGHT_PER_CALLER = 64;

/** The fair-share lane of calls that name no caller (e.g. shared log tails refilling a gap). */
const SHARED_LANE = '';

/**
 * grpc-js backs off reconnecting up to 120 s by default, so after a long outage the gateway would
 * keep failing fast for up to two minutes once the upstream is back. Calls fail fast either way
 * (no waitForReady), so a short cap costs only a cheap connect attempt every few seconds.
 */
const RECONNECT_BACKOFF = { 'grpc.initial_reconnect_backoff_ms': 500, 'grpc.max_reconnect_backoff_ms': 5_000 };

/**
 * The error of a call whose operation was abandoned (the client went away, the subscription
 * ended) before it was sent or answered. Nobody reads it; as a GraphQLError it is not logged as
 * an unexpected failure either.
 */
const abandoned = (rpc: string) =>
  new GraphQLError(`upstream ${rpc} was cancelled: the operation was abandoned`, { extensions: { code: 'OPERATION_ABANDONED', rpc } });

/** Observes every upstream call (metrics, tests). */
export type CallObserver = (event: { rpc: string; code: grpc.status; durationMs: number }) => void;

type GrpcClient = grpc.Client & Record<string, (...args: any[]) => any>;

export class UpstreamClient {
  readonly channel: grpc.Channel;
  private readonly app: GrpcClient;
  private readonly auth: GrpcClient;
  private readonly observers: CallObserver[] = [];
  private readonly limit: FairShare;
  private readonly retryBudget = new RetryBudget();
  private readonly retry: RetryOptions;
  private readonly tracer: Tracer | null;

  constructor(
    readonly target: UpstreamTarget,
    readonly options: UpstreamOptions,
  ) {
    const credentials = channelCredentials(target);
    const channelOptions: grpc.ChannelOptions = {
      'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
      // Keepalive as Viam's own clients: ping every 20 s, also while idle.
      'grpc.keepalive_time_ms': 20_000,
      'grpc.keepalive_timeout_ms': 20_000,
      'grpc.keepalive_permit_without_calls': 1,
      ...RECONNECT_BACKOFF,
    };
    this.limit = new FairShare(options.maxInFlight ?? DEFAULT_MAX_UPSTREAM_CALLS_IN_FLIGHT, options.maxInFlightPerCaller ?? DEFAULT_MAX_UPSTREAM_CALLS_IN_FLIGHT_PER_CALLER);
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.tracer = options.tracer ?? null;
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

  /** Calls in flight upstream now, and calls waiting for a free slot. */
  get callsInFlight(): { active: number; queued: number } {
    return { active: this.limit.activeCount, queued: this.limit.pendingCount };
  }

  /** One attempt through the gateway-wide bound, in `caller`'s lane; a call abandoned while it waited is not sent. */
  private bounded<T>(rpc: string, caller: string, attempt: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.limit.run(caller, () => (signal?.aborted ? Promise.reject(abandoned(rpc)) : attempt()));
  }

  /** A unary call: bounded, retried when it is a read and the upstream is UNAVAILABLE, all within one deadline. */
  private call<T>(rpc: string, caller: string, attempt: (deadline: Date) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const deadline = Date.now() + this.options.deadlineMs;
    return retryRead(rpc, () => this.bounded(rpc, caller, () => attempt(new Date(deadline)), signal), this.retryBudget, this.retry, { signal, deadline });
  }

  /** AuthService/Authenticate. Deliberately sent without any authorization metadata (Viam refuses it). */
  authenticate(entity: string, type: string, payload: string): Promise<string> {
    const metadata = new grpc.Metadata();
    const attempt = (deadline: Date) =>
      new Promise<string>((resolve, reject) => {
        const started = performance.now();
        this.auth.Authenticate!(
          { entity, credentials: { type, payload } },
          metadata,
          { deadline },
          (error: grpc.ServiceError | null, response: { access_token: string }) => {
            this.report('Authenticate', error?.code ?? grpc.status.OK, started);
            if (error) reject(upstreamError(error, 'Authenticate'));
            else resolve(response.access_token);
          },
        );
      });
    return tracedCall(this.tracer, `${AUTH_SERVICE}/Authenticate`, metadata, () => this.call('Authenticate', `authenticate\0${entity}`, attempt));
  }

  /** `signal` cancels the call upstream (the operation was abandoned); `caller` is its fair-share lane (a credential fingerprint). */
  unary<M extends AppMethod>(rpc: M, request: RequestOf<M>, metadata: grpc.Metadata, signal?: AbortSignal, caller = SHARED_LANE): Promise<ResponseOf<M>> {
    return tracedCall(this.tracer, `${APP_SERVICE}/${rpc}`, metadata, () => this.call(rpc, caller, (deadline) => this.unaryAttempt(rpc, request, metadata, deadline, signal), signal));
  }

  private unaryAttempt<M extends AppMethod>(rpc: M, request: RequestOf<M>, metadata: grpc.Metadata, deadline: Date, signal?: AbortSignal): Promise<ResponseOf<M>> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const call = this.app[rpc]!(request, metadata, { deadline }, (error: grpc.ServiceError | null, response: ResponseOf<M>) => {
        signal?.removeEventListener('abort', cancel);
        this.report(rpc, error?.code ?? grpc.status.OK, started);
        if (error) reject(error.code === grpc.status.CANCELLED && signal?.aborted ? abandoned(rpc) : upstreamError(error, rpc));
        else resolve(response);
      }) as grpc.ClientUnaryCall;
      const cancel = () => call.cancel();
      signal?.addEventListener('abort', cancel, { once: true });
    });
  }

  /** A server stream. No deadline: it lives until the caller cancels it. */
  serverStream<M extends AppMethod>(rpc: M, request: RequestOf<M>, metadata: grpc.Metadata): grpc.ClientReadableStream<ResponseOf<M>> {
    const started = performance.now();
    const span = this.tracer && startCallSpan(this.tracer, `${APP_SERVICE}/${rpc}`, metadata);
    const call = this.app[rpc]!(request, metadata) as grpc.ClientReadableStream<ResponseOf<M>>;
    call.on('status', (s: grpc.StatusObject) => {
      this.report(rpc, s.code, started);
      if (span) endCallSpan(span, s.code);
    });
    return call;
  }

  /** A client stream: writes every message from `messages`, then resolves with the response. */
  clientStream<M extends AppMethod>(rpc: M, messages: AsyncIterable<RequestOf<M>>, metadata: grpc.Metadata, caller = SHARED_LANE): Promise<ResponseOf<M>> {
    return tracedCall(this.tracer, `${APP_SERVICE}/${rpc}`, metadata, () => this.bounded(rpc, caller, () => this.clientStreamCall(rpc, messages, metadata)));
  }

  private async clientStreamCall<M extends AppMethod>(rpc: M, messages: AsyncIterable<RequestOf<M>>, metadata: grpc.Metadata): Promise<ResponseOf<M>> {
    const started = performance.now();
    let call!: grpc.ClientWritableStream<RequestOf<M>>;
    const response = new Promise<ResponseOf<M>>((resolve, reject) => {
      call = this.app[rpc]!(metadata, { deadline: Date.now() + this.options.deadlineMs }, (error: grpc.ServiceError | null, result: ResponseOf<M>) => {
        this.report(rpc, error?.code ?? grpc.status.OK, started);
        if (error) reject(upstreamError(error, rpc));
        else resolve(result);
      }) as grpc.ClientWritableStream<RequestOf<M>>;
    });
    // A call that ended early (deadline, refusal) never drains: stop writing instead of waiting forever.
    let ended = false;
    const settled = response.then(
      () => void (ended = true),
      () => void (ended = true),
    );
    try {
      for await (const message of messages) {
        if (ended) break;
        if (!call.write(message)) await Promise.race([new Promise((resolve) => call.once('drain', resolve)), settled]);
      }
      if (!ended) call.end();
    } catch (error) {
      call.cancel();
      response.catch(() => {});
      throw error;
    }
    return response;
  }

  /**
   * Why the channel cannot connect, as an operator-facing message (a TLS failure in plain words),
   * or null. Call it when the channel is in TRANSIENT_FAILURE: grpc-js then fails the call at once
   * with the last connection error and sends nothing upstream.
   */
  connectionFailure(): Promise<string | null> {
    return new Promise((resolve) => {
      this.auth.Authenticate!({}, new grpc.Metadata(), { deadline: Date.now() + 1_000 }, (error: grpc.ServiceError | null) => {
        if (error?.code !== grpc.status.UNAVAILABLE) return resolve(null);
        resolve(tlsFailure(error.details)?.message ?? null);
      });
    });
  }

  close(): void {
    this.app.close();
    this.auth.close();
    this.channel.close();
  }
}
