/**
 * One operation's view of the upstream: the caller's credentials and the calls made with them.
 * A session is created per GraphQL operation and never shared between callers. It bounds the
 * calls the operation has in flight, and counts every call it makes against a budget: the static
 * cost estimate prices what an operation asks for, the budget what it really does.
 */
import * as grpc from '@grpc/grpc-js';
import { GraphQLError } from 'graphql';
import type { AppMethod, RequestOf, ResponseOf, UpstreamClient } from './client.ts';
import { credentialFingerprint, type Credentials, type TokenCache } from './credentials.ts';
import pLimit, { type LimitFunction } from 'p-limit';
import { clientError, upstreamError } from './errors.ts';

function bearer(token: string): grpc.Metadata {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}

export const DEFAULT_MAX_CALLS_PER_OPERATION = 64;
/**
 * Enough for the whole tree of a ~1,600-robot fleet with three per-robot reads (parts, metadata,
 * fragments: Viam has no batch RPC for them), far below what an abusive operation would need.
 */
export const DEFAULT_UPSTREAM_CALL_BUDGET = 5_000;
export const UPSTREAM_CALL_BUDGET_EXCEEDED = 'UPSTREAM_CALL_BUDGET_EXCEEDED';

export class UpstreamSession {
  /**
   * Bounds the calls one operation has in flight at once (a wide fleet tree fans out a lot).
   * Every `call` and `clientStream` goes through it (and the opening of a `serverStream`), so code above must not hold a slot while it
   * waits for a call (that would deadlock once all slots are held).
   */
  readonly limit: LimitFunction;

  constructor(
    readonly client: UpstreamClient,
    readonly tokens: TokenCache,
    readonly credentials: Credentials | null,
    /** Aborted when the operation is abandoned; in-flight calls are cancelled. */
    readonly signal?: AbortSignal,
    maxInFlight = DEFAULT_MAX_CALLS_PER_OPERATION,
    /** Upstream calls this operation may make in all; past it, calls fail without being sent. */
    readonly callBudget = DEFAULT_UPSTREAM_CALL_BUDGET,
  ) {
    this.limit = pLimit(maxInFlight);
    this.lane = credentials ? credentialFingerprint(credentials) : '';
  }

  /** This caller's lane in the gateway-wide fair share of calls in flight (fair-share.ts). */
  private readonly lane: string;

  /** Calls this operation has made (or queued) so far. */
  callsMade = 0;

  /** Counts a call against the budget; over it, the call is refused and never sent. */
  private spend(rpc: string): void {
    if (this.callsMade >= this.callBudget) {
      throw new GraphQLError(
        `Upstream call budget of ${this.callBudget} calls per operation exceeded: ${rpc} was not sent (${UPSTREAM_CALL_BUDGET_EXCEEDED}). Ask for less in one operation, or page through it.`,
        { extensions: { code: UPSTREAM_CALL_BUDGET_EXCEEDED, limit: this.callBudget, rpc } },
      );
    }
    this.callsMade += 1;
  }

  /**
   * `authorization: Bearer ...` for the caller; UNAUTHENTICATED (and no upstream call) without
   * credentials. `renew`: the upstream refused the token this session last used.
   */
  async metadata(renew = false): Promise<grpc.Metadata> {
    return bearer(await this.token(renew ? this.lastToken : undefined));
  }

  /** The token this session last sent upstream. */
  private lastToken: string | undefined;

  /** The caller's upstream token; `rejected` is one the upstream just refused (see TokenCache.tokenFor). */
  private async token(rejected?: string): Promise<string> {
    if (!this.credentials) {
      throw clientError('UNAUTHENTICATED', 'no credentials: send "Authorization: Bearer <token>" or the headers x-viam-api-key-id and x-viam-api-key');
    }
    return (this.lastToken = await this.tokens.tokenFor(this.credentials, rejected));
  }

  /**
   * Runs `attempt` with the caller's metadata. When the upstream refuses an API key's token
   * (expired, revoked) it is exchanged again once and the attempt repeated. A failed exchange
   * (a wrong key) is not retried: only the call that used the token is.
   */
  async withMetadata<T>(attempt: (metadata: grpc.Metadata) => Promise<T>): Promise<T> {
    const token = await this.token();
    try {
      return await attempt(bearer(token));
    } catch (error) {
      if (!this.refusedUpstream(error)) throw error;
      if (this.credentials.kind !== 'api-key') throw this.refused(error);
      try {
        return await attempt(bearer(await this.token(token)));
      } catch (retryError) {
        throw this.refusedUpstream(retryError) ? this.refused(retryError) : retryError;
      }
    }
  }

  /** Whether the upstream itself (not the gateway) answered UNAUTHENTICATED to credentials this session holds. */
  private refusedUpstream(error: unknown): this is { credentials: Credentials } {
    return this.credentials !== null && error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED' && error.extensions.grpcStatus !== undefined;
  }

  /** Tells the token cache the credentials were refused (graphql-ws sockets holding them close); returns `error`. */
  private refused(error: unknown): unknown {
    this.tokens.refuse(this.credentials!);
    return error;
  }

  async call<M extends AppMethod>(rpc: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
    this.spend(rpc);
    return this.limit(() => this.withMetadata((metadata) => this.client.unary(rpc, request, metadata, this.signal, this.lane)));
  }

  async clientStream<M extends AppMethod>(rpc: M, messages: () => AsyncIterable<RequestOf<M>>): Promise<ResponseOf<M>> {
    this.spend(rpc);
    // A stream can be replayed only if it has not been consumed; exchange the token first instead.
    return this.limit(() => this.metadata().then((metadata) => this.client.clientStream(rpc, messages(), metadata, this.lane)));
  }

  /**
   * The same caller, for work that outlives this operation (a shared log tail outlives the
   * subscription that opened it): its own abort signal and its own bound on calls in flight, and
   * no call budget: a tail's backfills and credential re-checks go on for as long as it is open,
   * and a budget running out would quietly stop the re-checks that end revoked tails.
   */
  detached(signal: AbortSignal): UpstreamSession {
    return new UpstreamSession(this.client, this.tokens, this.credentials, signal, DEFAULT_MAX_CALLS_PER_OPERATION, Number.POSITIVE_INFINITY);
  }

  /**
   * Opens a server stream (a log tail) with the caller's credentials. Opening goes through the
   * operation's bound like any call, but the slot is freed as soon as the stream is open: a
   * stream lives as long as its reader wants, and one that held a slot would shrink the bound for
   * its whole life (64 tails would stall the operation). Open streams are bounded by the
   * subscription caps instead (per socket, per caller). Errors reach `onError` mapped like every
   * call's (errors.ts), never after `cancel()`; an OK end calls `onEnd`. A refused token is not
   * renewed here (the refusal arrives after opening): reopen with `renew` set, as `metadata` does.
   */
  serverStream<M extends AppMethod>(rpc: M, request: RequestOf<M>, handlers: ServerStreamHandlers<ResponseOf<M>>, renew = false): Promise<OpenServerStream> {
    return this.limit(async () => {
      const metadata = await this.metadata(renew);
      if (this.signal?.aborted) throw clientError('OPERATION_ABANDONED', `upstream ${rpc} was not opened: the operation was abandoned`);
      const call = this.client.serverStream(rpc, request, metadata);
      let cancelled = false;
      const cancel = () => {
        if (cancelled) return;
        cancelled = true;
        this.signal?.removeEventListener('abort', cancel);
        call.cancel();
      };
      this.signal?.addEventListener('abort', cancel, { once: true });
      call.on('metadata', () => !cancelled && handlers.onHeaders?.());
      call.on('data', (message: ResponseOf<M>) => !cancelled && handlers.onData(message));
      call.on('error', (error: Error) => !cancelled && handlers.onError(upstreamError(error, rpc)));
      // A non-OK status was already an 'error'.
      call.on('status', (status: grpc.StatusObject) => !cancelled && status.code === grpc.status.OK && handlers.onEnd?.());
      return { cancel };
    });
  }
}

export interface ServerStreamHandlers<T> {
  /** The upstream sent its headers: the stream is live. */
  onHeaders?: () => void;
  onData: (message: T) => void;
  onError: (error: Error) => void;
  /** The upstream ended the stream with OK. */
  onEnd?: () => void;
}

export interface OpenServerStream {
  /** Cancels the call upstream; no handler runs after it. */
  cancel(): void;
}
