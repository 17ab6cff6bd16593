/** GetRobotPartLogs (paged, newest first) and TailRobotPartLogs (live). */
import * as grpc from '@grpc/grpc-js';
import type { FleetContext, HandlerMap } from './rpc.ts';
import { authenticateCall, toServiceError, unary } from './rpc.ts';
import { watchAccess } from './revocation.ts';
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

const getRobotPartLogs = unary<GetRobotPartLogsRequest__Output, GetRobotPartLogsResponse>((request, { db, caller }) => {
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

/** The tail's caller, checked when it opens and again while it runs: a live credential and operator rights on the part. */
async function authorizeTail(fleet: FleetContext, metadata: grpc.Metadata, rawPartId: string): Promise<string> {
  const caller = await authenticateCall(fleet, metadata);
  return fleet.db.transaction(() => {
    const partId = requireId('id', rawPartId);
    authorize(fleet.db, caller, 'operator', partScope(fleet.db, partId));
    return partId;
  })();
}

/**
 * Streams every batch a robot logs from now on, filtered like GetRobotPartLogs (one response
 * per batch with at least one matching entry, split when larger than MAX_LOG_RESPONSE_BYTES),
 * until the client cancels, or until its caller
 * loses the right to it: the stream then ends with UNAUTHENTICATED (key deleted, token expired),
 * PERMISSION_DENIED (role removed, robot moved out of reach) or NOT_FOUND (part deleted).
 */
const tailRobotPartLogs: HandlerMap[string] = (fleet) =>
  ((call: grpc.ServerWritableStream<TailRobotPartLogsRequest__Output, TailRobotPartLogsResponse>) => {
    let unsubscribe: (() => void) | undefined;
    let stopWatching: (() => void) | undefined;
    let finished = false;
    const stop = () => {
      finished = true;
      unsubscribe?.();
      unsubscribe = undefined;
      stopWatching?.();
      stopWatching = undefined;
    };
    const fail = (error: unknown) => {
      if (finished) return;
      stop();
      call.emit('error', toServiceError(fleet, error));
    };
    call.on('cancelled', stop);
    call.on('close', stop);

    authorizeTail(fleet, call.metadata, call.request.id)
      .then((partId) => {
        const criteria = logCriteria({ errors_only: call.request.errors_only, filter: call.request.filter });
        // The client may have gone while the token was being checked.
        if (finished || call.cancelled) return stop();
        const matches = logPredicate(criteria);
        // Runs inside the publishing Log call: it must not throw into the robot's request.
        unsubscribe = fleet.logBus.subscribe(partId, (entries: StoredLogEntry[]) => {
          try {
            const matching = entries.filter(matches);
            if (matching.length === 0 || finished) return;
            if (call.writableLength >= MAX_QUEUED_TAIL_BATCHES) {
              return fail(resourceExhausted('the client is not reading the log stream; it was ended'));
            }
            // One message per run that fits MAX_LOG_RESPONSE_BYTES.
            for (const chunk of chunkByResponseBytes(matching.map(withinEntryLimits))) call.write({ logs: chunk.map(logEntryMessage) });
          } catch (error) {
            fail(error);
          }
        });
        stopWatching = watchAccess(fleet.revocations, async () => void (await authorizeTail(fleet, call.metadata, partId)), fail);
        // Headers now, not with the first batch: the client learns the tail is live.
        call.sendMetadata(new grpc.Metadata());
      })
      .catch(fail);
  }) as grpc.UntypedHandleCall;

export const logRpcs: HandlerMap = {
  GetRobotPartLogs: getRobotPartLogs,
  TailRobotPartLogs: tailRobotPartLogs,
};
