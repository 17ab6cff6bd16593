/** What every resolver gets: the caller's upstream session, made fresh for each operation. */
import { initContextCache } from '@pothos/core';
import type { UpstreamSession } from '../upstream/session.ts';
import type { LogStreamRegistry } from '../upstream/log-streams.ts';

export interface GraphQLContext {
  upstream: UpstreamSession;
  requestId: string;
  /** false: every loader fetches each key on its own and caches nothing (the "naive" baseline of bench/). */
  batching: boolean;
  /** The gateway's shared live log tails (one registry per gateway instance). */
  logStreams: LogStreamRegistry;
}

/** A new context object with its own Pothos cache (and so its own DataLoaders). */
export function createGraphQLContext(upstream: UpstreamSession, requestId: string, batching: boolean, logStreams: LogStreamRegistry): GraphQLContext {
  // Filled in place: spreading the cache object (keyed by a symbol) is a slow path on every request.
  return Object.assign(initContextCache(), { upstream, requestId, batching, logStreams });
}
