/**
 * The one way a fleet-server RPC runs: authenticate the caller from the `authorization`
 * metadata, run the handler in one SQLite transaction, and turn failures into gRPC statuses.
 */
import * as grpc from '@grpc/grpc-js';
import type { Db } from './db.ts';
import type { Caller, TokenIssuer } from './auth.ts';
import type { LogBus } from './log-bus.ts';
import type { StoredLogEntry } from './log-store.ts';
import { MAX_ERROR_MESSAGE_LENGTH, RpcError, permissionDenied, truncateText } from './errors.ts';
import type { LogQuota } from './log-limits.ts';
import type { RevocationSignal } from './revocation.ts';

export interface FleetOptions {
  /** Directory for module uploads; null with an in-memory database (uploads then live in a temp dir). */
  dataDir: string;
  /** Largest module file accepted by UploadModuleFile. */
  maxModuleBytes: number;
  /** A part counts as online when it called Config or Log within this many seconds. */
  onlineWindowSeconds: number;
  /** What one part's logs may hold; the oldest entries make room for new ones. */
  logQuota: LogQuota;
  /** How many organizations CreateOrganization lets one key own, and the server hold. */
  organizationLimits: OrganizationLimits;
}

export interface OrganizationLimits {
  perKey: number;
  total: number;
}

export interface FleetContext {
  db: Db;
  tokens: TokenIssuer;
  logBus: LogBus<StoredLogEntry>;
  /** Handlers that take access away notify it; open streams then re-check their caller. */
  revocations: RevocationSignal;
  options: FleetOptions;
  log: (message: string) => void;
}

export interface CallContext {
  db: Db;
  caller: Caller;
  fleet: FleetContext;
}

export type Handler = (fleet: FleetContext) => grpc.UntypedHandleCall;
export type HandlerMap = Record<string, Handler>;

export async function authenticateCall(fleet: FleetContext, metadata: grpc.Metadata): Promise<Caller> {
  const header = metadata.get('authorization')[0];
  return fleet.tokens.verify(typeof header === 'string' ? header : header?.toString());
}

/** Any thrown value as a status for the client; unexpected errors are logged and masked. */
export function toServiceError(fleet: FleetContext, error: unknown): Partial<grpc.StatusObject> {
  if (error instanceof RpcError) return { code: error.code, details: error.message };
  if (error instanceof Error && /FOREIGN KEY constraint failed/.test(error.message)) {
    return { code: grpc.status.FAILED_PRECONDITION, details: 'the resource is still referenced by others' };
  }
  // The message is cut: it may quote a caller's input (a file name, a value) at any length.
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at ')) : [];
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  fleet.log(`internal error: ${[truncateText(message, MAX_ERROR_MESSAGE_LENGTH), ...frames].join('\n')}`);
  return { code: grpc.status.INTERNAL, details: 'internal error' };
}

type UnaryBody<Req, Res> = (request: Req, call: CallContext) => Res;

/** An AppService RPC for API-key callers: authenticated, one transaction, errors mapped. */
export function unary<Req, Res>(body: UnaryBody<Req, Res>): Handler {
  return (fleet) =>
    ((call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => {
      authenticateCall(fleet, call.metadata)
        .then((caller) => {
          if (caller.kind !== 'api-key') throw permissionDenied('robots may only call RobotService');
          const result = fleet.db.transaction(() => body(call.request, { db: fleet.db, caller, fleet }))();
          callback(null, result);
        })
        .catch((error: unknown) => callback(toServiceError(fleet, error)));
    }) as grpc.UntypedHandleCall;
}

/** A RobotService RPC: the caller must be the robot part named by `request.id`. */
export function robotUnary<Req extends { id: string }, Res>(body: UnaryBody<Req, Res>): Handler {
  return (fleet) =>
    ((call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => {
      authenticateCall(fleet, call.metadata)
        .then((caller) => {
          if (caller.kind !== 'robot' || caller.partId !== call.request.id) {
            throw permissionDenied('only the robot part itself may call RobotService for its id');
          }
          const result = fleet.db.transaction(() => body(call.request, { db: fleet.db, caller, fleet }))();
          callback(null, result);
        })
        .catch((error: unknown) => callback(toServiceError(fleet, error)));
    }) as grpc.UntypedHandleCall;
}
