/**
 * Reading what a live log stream missed from `GetRobotPartLogs`: after a shared tail reconnects
 * (from its own delivery watermark) and for a subscriber resuming from a cursor (`after`, SSE
 * `Last-Event-ID`), from the cursor's entry on.
 */
import type { UpstreamSession } from './session.ts';
import { clientError } from './errors.ts';
import type { DeliveryWatermark, LogEntry } from './log-entries.ts';
import type { LogTailArgs } from './log-streams.ts';

/** Entries per GetRobotPartLogs page, and per batch when a backfill is handed to subscribers. */
export const BACKFILL_PAGE = 1000;

/** A backfill split into batches of at most BACKFILL_PAGE entries. */
export function backfillBatches(entries: LogEntry[]): LogEntry[][] {
  const batches: LogEntry[][] = [];
  for (let i = 0; i < entries.length; i += BACKFILL_PAGE) batches.push(entries.slice(i, i + BACKFILL_PAGE));
  return batches;
}

/**
 * Entries logged from `delivered`'s watermark on, oldest first, with the ones `delivered` says
 * were delivered left out. More than `maxEntries` rejects with LOG_GAP_TOO_LARGE (`tooLarge` says
 * what was too long), before reading further.
 */
export async function readBackfill(
  session: UpstreamSession,
  args: LogTailArgs,
  delivered: DeliveryWatermark,
  maxEntries: number,
  tooLarge: string,
): Promise<LogEntry[]> {
  const { partId, errorsOnly, filter } = args;
  const start = delivered.watermark;
  const newestFirst: LogEntry[] = [];
  let pageToken = '';
  do {
    const request = {
      id: partId,
      errors_only: errorsOnly,
      ...(filter ? { filter } : {}),
      start,
      limit: BACKFILL_PAGE,
      ...(pageToken ? { page_token: pageToken } : {}),
    };
    const page = await session.call('GetRobotPartLogs', request);
    newestFirst.push(...page.logs);
    if (newestFirst.length > maxEntries) throw clientError('LOG_GAP_TOO_LARGE', `more than ${maxEntries} log entries ${tooLarge}`);
    pageToken = page.next_page_token;
  } while (pageToken);
  return newestFirst.reverse().filter((entry) => !delivered.isDelivered(entry));
}
