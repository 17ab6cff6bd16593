/** Subscription.fleetLogs: the live logs of every part of an organization (or some of its locations or robots), merged. */
import type { GraphQLContext } from '../context.ts';
import { clientError } from '../upstream/errors.ts';
import { openFleetLogs, type FleetLogEvent } from '../upstream/fleet-logs.ts';
import { parseLogEntryId, type LogEntryKey, type PartLogEntry } from '../upstream/log-entries.ts';

export interface FleetLogsArgs {
  organizationId: string;
  locationIds?: string[] | null;
  robotIds?: string[] | null;
  levels?: string[] | null;
  filter?: string | null;
  after?: string[] | null;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'fatal'] as const;
/** What the upstream's `errors_only` keeps (error-level or worse, as the fleet server reads Viam's doc). */
const ERROR_LEVELS: ReadonlySet<string> = new Set(['error', 'fatal']);

function ids(name: string, values: string[] | null | undefined): string[] {
  return (values ?? []).map((raw, i) => {
    const id = raw.trim();
    if (!id) throw clientError('BAD_USER_INPUT', `${name}[${i}] must not be empty`);
    return id;
  });
}

function levelSet(values: string[] | null | undefined): Set<string> | null {
  if (!values?.length) return null;
  return new Set(
    values.map((raw, i) => {
      const level = raw.trim().toLowerCase();
      if (!(LOG_LEVELS as readonly string[]).includes(level)) throw clientError('BAD_USER_INPUT', `levels[${i}] must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(raw)}`);
      return level;
    }),
  );
}

/** `after`: the id of the last entry received from each part, by part; one per part at most. */
function resumePoints(values: string[] | null | undefined): Map<string, LogEntryKey> {
  const byPart = new Map<string, LogEntryKey>();
  (values ?? []).forEach((raw, i) => {
    const key = parseLogEntryId(raw.trim());
    if (!key) throw clientError('BAD_USER_INPUT', `after[${i}] is not a LogEntry id: pass the id of the last entry received from each part`);
    if (byPart.has(key.partId)) throw clientError('BAD_USER_INPUT', `after[${i}] is a second entry of part ${key.partId}: pass one id per part, the last received`);
    byPart.set(key.partId, key);
  });
  return byPart;
}

/**
 * Levels that are all error or fatal open errors-only tails: the upstream sends only those, and the
 * tails are the ones robotPartLogs opens by default. Any other level list opens full tails.
 * Either way the levels are filtered here as well.
 */
export function subscribeToFleetLogs(_root: unknown, args: FleetLogsArgs, ctx: GraphQLContext): Promise<AsyncIterableIterator<FleetLogEvent>> {
  const organizationId = args.organizationId.trim();
  if (!organizationId) throw clientError('BAD_USER_INPUT', 'organizationId is required');
  const robotIds = ids('robotIds', args.robotIds);
  const levels = levelSet(args.levels);
  return openFleetLogs(ctx.logStreams, ctx.machineStatus, ctx.upstream, {
    organizationId,
    locationIds: ids('locationIds', args.locationIds),
    robotIds: args.robotIds ? new Set(robotIds) : null,
    levels,
    errorsOnly: levels !== null && [...levels].every((level) => ERROR_LEVELS.has(level)),
    filter: args.filter ? args.filter : null,
    after: resumePoints(args.after),
  });
}

/** An event's entries; the error event that ends a subscription becomes the operation's error. */
export function fleetLogEventEntries(event: FleetLogEvent): PartLogEntry[] {
  if ('error' in event) throw event.error;
  return event.entries;
}
