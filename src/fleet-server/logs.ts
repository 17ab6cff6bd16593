/** GetRobotPartLogs (paged, newest first) and TailRobotPartLogs (live). */
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import { authorize, partScope } from './access.ts';
import { requireId } from './validate.ts';
import { invalidArgument, resourceExhausted } from './errors.ts';
import {
  decodeLogPageToken,
  encodeLogPageToken,
  logCriteria,
  logEntryMessage,
  logPredicate,
  queryLogEntries,
  type StoredLogEntry,
} from './log-store.ts';
import { chunkByResponseBytes, withinEntryLimits } from './log-limits.ts';
import type { GetRobotPartLogsRequest__Output } from '../generated/viam/app/v1/GetRobotPartLogsRequest.ts';
import type { GetRobotPartLogsResponse } from '../generated/viam/app/v1/GetRobotPartLogsResponse.ts';
import type { TailRobotPartLogsRequest__Output } from '../generated/viam/app/v1/TailRobotPartLogsRequest.ts';
import type { TailRobotPartLogsResponse } from '../generated/viam/app/v1/TailRobotPartLogsResponse.ts';

export const DEFAULT_LOG_PAGE_SIZE = 100;
export const MAX_LOG_PAGE_SIZE = 1000;
/** Batches a tail stream may have waiting for a client that does not read before it is ended. */
export const MAX_QUEUED_TAIL_BATCHES = 1000;

/** `limit`: unset or 0 → the default page size, larger than the maximum → the maximum. */
function pageSize(limit: number | undefined): number {
  if (limit === undefined || limit === 0) return DEFAULT_LOG_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0) throw invalidArgument('limit must not be negative');
  return Math.min(limit, MAX_LOG_PAGE_SIZE);
}

const getRobotPartLogs = appService.unary<GetRobotPartLogsRequest__Output, GetRobotPartLogsResponse>((request, { db, caller }) => {
  const partId = requireId('id', request.id);
  authorize(db, caller, 'operator', partScope(db, partId));
  const criteria = logCriteria(request);
  const limit = pageSize(request.limit);
  const beforeSeq = request.page_token ? decodeLogPageToken(request.page_token) : null;
  // One row more than the page tells whether another page exists.
  const rows = queryLogEntries(db, partId, criteria, { beforeSeq, limit: limit + 1 });
  // A page also ends where the next entry would take it past MAX_LOG_RESPONSE_BYTES.
  const page = chunkByResponseBytes(rows.slice(0, limit).map(withinEntryLimits))[0] ?? [];
  const last = page[page.length - 1];
  return {
    logs: page.map(logEntryMessage),
    next_page_token: rows.length > page.length && last ? encodeLogPageToken(last.seq) : '',
  };
});

/**
 * Streams every batch a robot logs from now on, filtered like GetRobotPartLogs (one response
 * per batch with at least one matching entry, split when larger than MAX_LOG_RESPONSE_BYTES),
 * until the client cancels, or until its caller loses the right to it (operator on the part):
 * the stream then ends with UNAUTHENTICATED (key deleted, token expired), PERMISSION_DENIED (role
 * removed, robot moved out of reach) or NOT_FOUND (part deleted).
 */
const tailRobotPartLogs = appService.serverStream<TailRobotPartLogsRequest__Output, TailRobotPartLogsResponse, string>(
  (request, { db, caller }) => {
    const partId = requireId('id', request.id);
    authorize(db, caller, 'operator', partScope(db, partId));
    return partId;
  },
  (call, partId, { fleet, fail }) => {
    const matches = logPredicate(logCriteria({ errors_only: call.request.errors_only, filter: call.request.filter }));
    // Runs inside the publishing Log call: it must not throw into the robot's request.
    return fleet.logBus.subscribe(partId, (entries: StoredLogEntry[]) => {
      try {
        const matching = entries.filter(matches);
        if (matching.length === 0) return;
        if (call.writableLength >= MAX_QUEUED_TAIL_BATCHES) {
          return fail(resourceExhausted('the client is not reading the log stream; it was ended'));
        }
        // One message per run that fits MAX_LOG_RESPONSE_BYTES.
        for (const chunk of chunkByResponseBytes(matching.map(withinEntryLimits))) call.write({ logs: chunk.map(logEntryMessage) });
      } catch (error) {
        fail(error);
      }
    });
  },
);

export const logRpcs: HandlerMap = {
  GetRobotPartLogs: getRobotPartLogs,
  TailRobotPartLogs: tailRobotPartLogs,
};
