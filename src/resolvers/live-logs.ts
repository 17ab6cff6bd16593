/** Subscription.robotPartLogs: attaches the operation to the shared upstream tail of its part. */
import { mapAsyncIterator } from 'graphql-yoga';
import type { EventStreamCursor, GraphQLContext } from '../context.ts';
import { clientError } from '../upstream/errors.ts';
import type { LogEvent } from '../upstream/log-subscriber.ts';
import { logEntryId, parseLogEntryId, partLogEntries, type LogEntryKey, type PartLogEntry } from '../upstream/log-entries.ts';

export interface PartLogsArgs {
  partId: string;
  errorsOnly?: boolean | null;
  filter?: string | null;
  after?: string | null;
}

/** Where a client resumes: `after`, or over SSE the Last-Event-ID EventSource sent by itself; null for a fresh start. */
export function resumeCursor(partId: string, after: string | null | undefined, ctx: GraphQLContext): LogEntryKey | null {
  const cursor = after ?? ctx.eventStream?.lastEventId ?? null;
  if (cursor === null) return null;
  const source = after != null ? 'after' : 'Last-Event-ID';
  const key = parseLogEntryId(cursor);
  if (!key) throw clientError('BAD_USER_INPUT', `${source} is not a LogEntry id: pass the id of the last entry received`);
  if (key.partId !== partId) throw clientError('BAD_USER_INPUT', `${source} is an entry of part ${key.partId}, not of part ${partId}`);
  return key;
}

export async function subscribeToPartLogs(_root: unknown, args: PartLogsArgs, ctx: GraphQLContext): Promise<AsyncIterableIterator<LogEvent>> {
  const partId = args.partId.trim();
  if (!partId) throw clientError('BAD_USER_INPUT', 'partId is required');
  const after = resumeCursor(partId, args.after, ctx);
  const events = await ctx.logStreams.subscribe(
    ctx.upstream,
    {
      partId,
      errorsOnly: args.errorsOnly ?? true,
      filter: args.filter ? args.filter : null,
    },
    after,
  );
  const cursor = ctx.eventStream;
  return cursor ? mapAsyncIterator(events, (event) => recordEventId(event, partId, cursor)) : events;
}

/**
 * Over SSE, each event's id is the id of its last entry. Recorded as the subscriber's own source
 * hands it the event, not while resolving it: subscribers of one group share that execution
 * (gateway/multiplexed-subscriptions.ts), which runs with only one of their contexts.
 */
function recordEventId(event: LogEvent, partId: string, cursor: EventStreamCursor): LogEvent {
  const last = 'entries' in event ? event.entries.at(-1) : undefined;
  if (last) cursor.lastEntryId = logEntryId(partId, last);
  return event;
}

/** An event's entries; the error event that ends a subscription becomes the operation's error. */
export function logEventEntries(event: LogEvent, args: PartLogsArgs): PartLogEntry[] {
  if ('error' in event) throw event.error;
  return partLogEntries(args.partId.trim(), event.entries);
}
