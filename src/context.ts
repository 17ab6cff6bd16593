/**
 * What every resolver gets: the caller's upstream session, made fresh for each operation. Its own
 * module, so the gateway (which makes it), the schema and the resolvers (which read it) all import
 * it and none of them imports the others for it.
 */
import { initContextCache } from '@pothos/core';
import type { UpstreamSession } from './upstream/session.ts';
import type { LogStreamRegistry } from './upstream/log-streams.ts';
import type { MachineStatusRegistry } from './upstream/machine-status.ts';

export interface GraphQLContext {
  upstream: UpstreamSession;
  requestId: string;
  /** The gateway's shared live log tails (one registry per gateway instance). */
  logStreams: LogStreamRegistry;
  /** The gateway's shared machine status polls (one registry per gateway instance). */
  machineStatus: MachineStatusRegistry;
  /** Over HTTP (where SSE streams are): what the event stream and the subscription share; null over graphql-ws. */
  eventStream: EventStreamCursor | null;
}

/** What a subscription over SSE and the response streaming it share (gateway/sse-event-ids.ts). */
export interface EventStreamCursor {
  /** The `Last-Event-ID` header (EventSource sends it by itself when it reconnects), or null. */
  readonly lastEventId: string | null;
  /** Id of the last entry of the newest event, which the SSE writer sends as that event's `id`. */
  lastEntryId: string | null;
}

/** A new context object with its own Pothos cache (and so its own DataLoaders). */
export function createGraphQLContext(
  upstream: UpstreamSession,
  requestId: string,
  logStreams: LogStreamRegistry,
  machineStatus: MachineStatusRegistry,
  eventStream: EventStreamCursor | null = null,
): GraphQLContext {
  // Filled in place: spreading the cache object (keyed by a symbol) is a slow path on every request.
  return Object.assign(initContextCache(), { upstream, requestId, logStreams, machineStatus, eventStream });
}
