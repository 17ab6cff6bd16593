/**
 * The one way a fleet-server RPC runs. Every RPC is made with the call shapes of its service
 * (`appService`, `robotService`, `authService`), which say once who may call it; `authenticate`,
 * the one authorization step, admits the caller for every call shape (unary, client stream,
 * server stream) and again whenever a long-lived stream re-checks its caller. Unary bodies run
 * in one SQLite transaction; every failure becomes a gRPC status. With tracing on, each RPC gets
 * a span continuing the caller's trace, with its admission and transaction as child spans (rpc-span.ts).
 *
 * Not a grpc-js server interceptor: the handler needs the caller the step found (an interceptor
 * could only hand it over through a side channel keyed by the call's metadata), RobotService's
 * rule needs the request message, and streams re-run the step long after an interceptor is done.
 */
import * as grpc from '@grpc/grpc-js';
import type { Db } from './db.ts';
import type { ApiKeyCaller, RobotCaller, TokenIssuer } from './auth.ts';
import type { LogBus } from './log-bus.ts';
import type { StoredLogEntry } from './log-store.ts';
import { MAX_ERROR_MESSAGE_LENGTH, RpcError, invalidArgument, permissionDenied, truncateText } from './errors.ts';
import type { LogQuota } from './log-limits.ts';
import { watchAccess, type RevocationSignal } from './revocation.ts';
import type { Tracer } from '@opentelemetry/api';
import { ADMISSION_SPAN, TRANSACTION_SPAN, rpcSpan, type RpcSpan } from './rpc-span.ts';

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
  /** Traces every RPC (rpc-span.ts); null: tracing off. */
  tracer: Tracer | null;
}

/**
 * Who may call an RPC: callers without credentials (AuthService/Authenticate, which hands them
 * out), API-key callers (AppService), or a robot part about itself (RobotService).
 */
export type Who = 'anonymous' | 'api-key' | 'robot-part';

interface CallerOf {
  anonymous: null;
  'api-key': ApiKeyCaller;
  'robot-part': RobotCaller;
}

export interface CallContext<W extends Who = 'api-key'> {
  db: Db;
  caller: CallerOf[W];
  fleet: FleetContext;
  /** The address the call came from, as grpc-js reports it ("host:port", "[v6]:port"). */
  peer: string;
}

export type Handler = (fleet: FleetContext) => grpc.UntypedHandleCall;
export type HandlerMap = Record<string, Handler>;

/** What a call carries that says who makes it; RobotService requests also name their part (`id`). */
interface CallCredentials {
  metadata: grpc.Metadata;
  request?: unknown;
  getPeer?: () => string;
}

/**
 * The one authorization step: the caller the call's credentials name, if `who` may make the
 * call. It throws the status the client gets otherwise: UNAUTHENTICATED (no, bad or expired
 * token, credential gone), NOT_FOUND (a robot part deleted since), PERMISSION_DENIED (the wrong
 * kind of caller), INVALID_ARGUMENT (credentials sent to Authenticate).
 */
export async function authenticate<W extends Who>(fleet: FleetContext, who: W, call: CallCredentials): Promise<CallerOf[W]> {
  const headers = call.metadata.get('authorization');
  if (who === 'anonymous') {
    // Viam refuses Authenticate calls that already carry credentials; so do we.
    if (headers.length > 0) throw invalidArgument('Authenticate must not carry an authorization header');
    return null as CallerOf[W];
  }
  const header = headers[0];
  const caller = await fleet.tokens.verify(typeof header === 'string' ? header : header?.toString());
  if (who === 'api-key') {
    if (caller.kind !== 'api-key') throw permissionDenied('robots may only call RobotService');
    return caller as CallerOf[W];
  }
  const partId = (call.request as { id?: unknown } | undefined)?.id;
  if (caller.kind !== 'robot' || caller.partId !== partId) throw permissionDenied('only the robot part itself may call RobotService for its id');
  return caller as CallerOf[W];
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

interface OpenStream {
  fleet: FleetContext;
  /** Ends the stream with the error's status (once; later calls do nothing). */
  fail: (error: unknown) => void;
}

type Body<W extends Who, Req, Out> = (request: Req, call: CallContext<W>) => Out;

/** The RPCs of one service, one maker per call shape; each admits its callers through `authenticate`. */
export class CallShapes<W extends Who> {
  constructor(readonly who: W) {}

  private async context(fleet: FleetContext, call: CallCredentials, span: RpcSpan): Promise<CallContext<W>> {
    const caller = await span.step(ADMISSION_SPAN, () => authenticate(fleet, this.who, call));
    return { db: fleet.db, caller, fleet, peer: call.getPeer?.() ?? '' };
  }

  /**
   * A unary RPC: the caller is admitted, then `body` runs in one transaction. `afterCommit`, when
   * given, turns the committed result into the response (work that must not see a rollback, or
   * that cannot run inside a transaction because it awaits).
   */
  unary<Req, Res>(body: Body<W, Req, Res>): Handler;
  unary<Req, Res, Done>(body: Body<W, Req, Done>, afterCommit: (done: Done, call: CallContext<W>) => Res | Promise<Res>): Handler;
  unary<Req, Res, Done>(body: Body<W, Req, Done>, afterCommit?: (done: Done, call: CallContext<W>) => Res | Promise<Res>): Handler {
    return (fleet) =>
      ((call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => {
        const span = rpcSpan(fleet.tracer, call);
        this.context(fleet, call, span)
          .then(async (context) => {
            const done = span.step(TRANSACTION_SPAN, () => fleet.db.transaction(() => body(call.request, context))());
            callback(null, afterCommit ? await afterCommit(done, context) : (done as unknown as Res));
            span.end(grpc.status.OK);
          })
          .catch((error: unknown) => {
            const status = toServiceError(fleet, error);
            span.end(status.code);
            callback(status);
          });
      }) as grpc.UntypedHandleCall;
  }

  /** A client stream: the caller is admitted before the first message is read; `body` reads the rest. */
  clientStream<Req, Res>(body: (call: grpc.ServerReadableStream<Req, Res>, context: CallContext<W>) => Promise<Res>): Handler {
    return (fleet) =>
      ((call: grpc.ServerReadableStream<Req, Res>, callback: grpc.sendUnaryData<Res>) => {
        const span = rpcSpan(fleet.tracer, call);
        this.context(fleet, call, span)
          .then((context) => body(call, context))
          .then(
            (response) => {
              span.end(grpc.status.OK);
              callback(null, response);
            },
            (error: unknown) => {
              // A client that cancelled hears nothing; its half-read stream is not an internal error.
              const status = call.cancelled ? { code: grpc.status.CANCELLED, details: 'cancelled' } : toServiceError(fleet, error);
              span.end(status.code);
              callback(status);
            },
          );
      }) as grpc.UntypedHandleCall;
  }

  /**
   * A server stream that outlives the check that opened it. `allow` (one transaction, after the
   * caller is admitted) says what the caller may stream; `start` starts it and returns its stop.
   * Admission and `allow` run again on every revocation signal and every REAUTHORIZE_INTERVAL_MS:
   * the first failure ends the stream with its status (`start` may end it the same way with `fail`).
   */
  serverStream<Req, Res, Grant>(
    allow: Body<W, Req, Grant>,
    start: (call: grpc.ServerWritableStream<Req, Res>, grant: Grant, stream: OpenStream) => () => void,
  ): Handler {
    return (fleet) =>
      ((call: grpc.ServerWritableStream<Req, Res>) => {
        // The stream's span covers its whole life; its re-checks are steps of it.
        const span = rpcSpan(fleet.tracer, call);
        /** Is this caller still who they were, and still allowed? */
        const stillAllowed = async () => {
          const context = await this.context(fleet, call, span);
          return span.step(TRANSACTION_SPAN, () => fleet.db.transaction(() => allow(call.request, context))());
        };
        let stopStream: (() => void) | undefined;
        let stopWatching: (() => void) | undefined;
        let finished = false;
        const stop = () => {
          finished = true;
          span.end(grpc.status.OK);
          stopStream?.();
          stopStream = undefined;
          stopWatching?.();
          stopWatching = undefined;
        };
        const fail = (error: unknown) => {
          if (finished) return;
          const status = toServiceError(fleet, error);
          span.end(status.code);
          stop();
          call.emit('error', status);
        };
        call.on('cancelled', () => {
          span.end(grpc.status.CANCELLED);
          stop();
        });
        call.on('close', stop);

        stillAllowed()
          .then((grant) => {
            // The client may have gone while its token was being checked.
            if (finished || call.cancelled) return stop();
            stopStream = start(call, grant, { fleet, fail });
            stopWatching = watchAccess(fleet.revocations, async () => void (await stillAllowed()), fail);
            // Headers now, not with the first message: the client learns the stream is live.
            call.sendMetadata(new grpc.Metadata());
          })
          .catch(fail);
      }) as grpc.UntypedHandleCall;
  }
}

/** AppService: API-key callers. */
export const appService = new CallShapes('api-key');
/** RobotService: a robot part, with a token from one of its secrets, about itself (`request.id`). */
export const robotService = new CallShapes('robot-part');
/** AuthService: callers without credentials, which Authenticate hands out. */
export const authService = new CallShapes('anonymous');
