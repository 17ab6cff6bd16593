/** Robot part logs, one page at a time (GetRobotPartLogs), as a Relay-style connection. */
import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../context.ts';
import type { PartShape } from './shapes.ts';
import type { RobotPart__Output } from '../generated/viam/app/v1/RobotPart.ts';
import { clientError } from '../upstream/errors.ts';
import { toTimestamp } from '../wire/struct.ts';
import { logEntryId, partLogEntries, type PartLogEntry } from '../upstream/log-entries.ts';

export const MAX_LOG_PAGE = 1000;
export const DEFAULT_LOG_PAGE = 100;

export interface LogPageArgs {
  filter?: string | null;
  levels?: string[] | null;
  errorsOnly?: boolean | null;
  start?: Date | null;
  end?: Date | null;
  source?: string | null;
  userFacingOnly?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** One page of entries and the upstream's token for the next ('' when none is left). */
export interface LogPage {
  logs: PartLogEntry[];
  nextPageToken: string;
}

export async function partLogs(part: RobotPart__Output, args: LogPageArgs, ctx: GraphQLContext): Promise<LogPage> {
  const first = args.first ?? DEFAULT_LOG_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_LOG_PAGE) throw clientError('BAD_USER_INPUT', `first must be between 1 and ${MAX_LOG_PAGE}`);
  const { logs, next_page_token: next } = await ctx.upstream.call('GetRobotPartLogs', {
    id: part.id,
    errors_only: args.errorsOnly ?? false,
    levels: args.levels ?? [],
    limit: first,
    ...(args.filter ? { filter: args.filter } : {}),
    ...(args.after ? { page_token: args.after } : {}),
    ...(args.start ? { start: toTimestamp(args.start) } : {}),
    ...(args.end ? { end: toTimestamp(args.end) } : {}),
    ...(args.source ? { source: args.source } : {}),
    ...(args.userFacingOnly != null ? { user_facing_only: args.userFacingOnly } : {}),
  });
  return { logs: partLogEntries(part.id, logs), nextPageToken: next };
}

/** The entries of a page; only the last carries a cursor: upstream pages by opaque token, so that is the one place a page can resume from. */
export function logPageEdges(p: LogPage) {
  return p.logs.map((node, i) => ({ node, cursor: i === p.logs.length - 1 ? p.nextPageToken || null : null }));
}

export function logEntryIdOf(e: PartLogEntry): string {
  return logEntryId(e.partId, e.entry);
}

/** The entry's robot: known to fleetLogs, else its part's (one GetRobotPart per part per operation, through the RobotPart loader). */
export async function logEntryRobotId(e: PartLogEntry, parts: DataLoader<string, PartShape>): Promise<string> {
  return e.robotId ?? (await parts.load(e.partId)).robot;
}
