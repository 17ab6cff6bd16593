/** Subscription.robotPartLogs: attaches the operation to the shared upstream tail of its part. */
import type { GraphQLContext } from '../context.ts';
import { clientError } from '../upstream/errors.ts';
import type { LogEvent } from '../upstream/log-subscriber.ts';
import { partLogEntries, type PartLogEntry } from '../upstream/log-entries.ts';

export interface PartLogsArgs {
  partId: string;
  errorsOnly?: boolean | null;
  filter?: string | null;
}

export function subscribeToPartLogs(_root: unknown, args: PartLogsArgs, ctx: GraphQLContext): Promise<AsyncIterableIterator<LogEvent>> {
  const partId = args.partId.trim();
  if (!partId) throw clientError('BAD_USER_INPUT', 'partId is required');
  return ctx.logStreams.subscribe(ctx.upstream, {
    partId,
    errorsOnly: args.errorsOnly ?? true,
    filter: args.filter ? args.filter : null,
  });
}

/** An event's entries; the error event that ends a subscription becomes the operation's error. */
export function logEventEntries(event: LogEvent, args: PartLogsArgs): PartLogEntry[] {
  if ('error' in event) throw event.error;
  return partLogEntries(args.partId.trim(), event.entries);
}
