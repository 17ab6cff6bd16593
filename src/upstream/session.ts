/**
 * One operation's view of the upstream: the caller's credentials and the calls made with them.
 * A session is created per GraphQL operation and never shared between callers.
 */
import * as grpc from '@grpc/grpc-js';
import { GraphQLError } from 'graphql';
import type { AppMethod, RequestOf, ResponseOf, UpstreamClient } from './client.ts';
import type { Credentials, TokenCache } from './credentials.ts';
import pLimit, { type LimitFunction } from 'p-limit';
import { clientError } from './errors.ts';

export class UpstreamSession {
  /** Bounds the calls one operation has in flight at once (a wide fleet tree fans out a lot). */
  readonly limit: LimitFunction;

  constructor(
    readonly client: UpstreamClient,
    private readonly tokens: TokenCache,
    readonly credentials: Credentials | null,
    /** Aborted when the operation is abandoned; in-flight calls are cancelled. */
    readonly signal?: AbortSignal,
    maxInFlight = 64,
  ) {
    this.limit = pLimit(maxInFlight);
  }

  /** `authorization: Bearer ...` for the caller; UNAUTHENTICATED (and no upstream call) without credentials. */
  async metadata(renew = false): Promise<grpc.Metadata> {
    if (!this.credentials) {
      throw clientError(
        'UNAUTHENTICATED',
        'no credentials: send "Authorization: Bearer <token>" or the headers x-viam-api-key-id and x-viam-api-key',
      );
    }
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${await this.tokens.tokenFor(this.credentials, renew)}`);
    return metadata;
  }

  /** Runs `attempt` with the caller's metadata; an API key's token is exchanged again once on UNAUTHENTICATED. */
  async withMetadata<T>(attempt: (metadata: grpc.Metadata) => Promise<T>): Promise<T> {
    try {
      return await attempt(await this.metadata());
    } catch (error) {
      const expired = error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED' && error.extensions.grpcStatus;
      if (!expired || this.credentials?.kind !== 'api-key') throw error;
      return attempt(await this.metadata(true));
    }
  }

  private readonly reads = new Map<string, Promise<unknown>>();

  /** The same read asked twice in one operation (e.g. members and invites) goes upstream once. */
  once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let pending = this.reads.get(key) as Promise<T> | undefined;
    if (!pending) this.reads.set(key, (pending = read()));
    return pending;
  }

  call<M extends AppMethod>(rpc: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
    return this.withMetadata((metadata) => this.client.unary(rpc, request, metadata, this.signal));
  }

  clientStream<M extends AppMethod>(rpc: M, messages: () => AsyncIterable<RequestOf<M>>): Promise<ResponseOf<M>> {
    // A stream can be replayed only if it has not been consumed; exchange the token first instead.
    return this.metadata().then((metadata) => this.client.clientStream(rpc, messages(), metadata));
  }
}
