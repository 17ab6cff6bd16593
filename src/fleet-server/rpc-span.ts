/**
 * The fleet server's side of a trace: a server span per RPC, child of the caller's span when the
 * call's metadata carries W3C trace context (the gateway sends it), and child spans for the steps
 * of the RPC (admission, the SQLite transaction). Parents are passed explicitly, not through the
 * active context, so nothing depends on which async context grpc-js runs a handler in.
 * Without a tracer every RPC gets NO_SPAN, whose methods do nothing but run the step.
 */
import * as grpc from '@grpc/grpc-js';
import { SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import {
  ATTR_DB_SYSTEM_NAME,
  ATTR_RPC_METHOD,
  ATTR_RPC_STATUS_CODE,
  ATTR_RPC_SYSTEM_NAME,
  RPC_SYSTEM_NAME_VALUE_GRPC,
} from '@opentelemetry/semantic-conventions';
import { extractTraceContext } from '../wire/trace-context.ts';

export interface RpcSpan {
  /** Runs `step` under a child span named `name`. */
  step<T>(name: string, step: () => T): T;
  /** Ends the RPC's span with the status the client gets (once; later calls do nothing). */
  end(code: grpc.status | undefined): void;
}

export const NO_SPAN: RpcSpan = {
  step: (_name, step) => step(),
  end: () => {},
};

/** Name of the child span around an RPC's one SQLite transaction. */
export const TRANSACTION_SPAN = 'sqlite transaction';
/** Name of the child span around the admission step (rpc.ts `authenticate`). */
export const ADMISSION_SPAN = 'admission';

interface TracedCall {
  metadata: grpc.Metadata;
  getPath?: () => string;
}

export function rpcSpan(tracer: Tracer | null, call: TracedCall): RpcSpan {
  if (!tracer) return NO_SPAN;
  // "/viam.app.v1.AppService/GetRobot" → "viam.app.v1.AppService/GetRobot"
  const method = (call.getPath?.() ?? '').replace(/^\//, '') || 'unknown';
  const remote = extractTraceContext(call.metadata);
  const span = tracer.startSpan(method, { kind: SpanKind.SERVER, attributes: { [ATTR_RPC_SYSTEM_NAME]: RPC_SYSTEM_NAME_VALUE_GRPC, [ATTR_RPC_METHOD]: method } }, remote);
  const parent = trace.setSpan(remote, span);
  let ended = false;
  return {
    step(name, step) {
      const child: Span = tracer.startSpan(name, name === TRANSACTION_SPAN ? { attributes: { [ATTR_DB_SYSTEM_NAME]: 'sqlite' } } : {}, parent);
      const finish = (failed: boolean) => {
        if (failed) child.setStatus({ code: SpanStatusCode.ERROR });
        child.end();
      };
      try {
        const result = step();
        if (result instanceof Promise) {
          result.then(
            () => finish(false),
            () => finish(true),
          );
        } else finish(false);
        return result;
      } catch (error) {
        finish(true);
        throw error;
      }
    },
    end(code) {
      if (ended) return;
      ended = true;
      const name = grpc.status[code ?? grpc.status.UNKNOWN] ?? String(code);
      span.setAttribute(ATTR_RPC_STATUS_CODE, name);
      if (code !== grpc.status.OK) span.setStatus({ code: SpanStatusCode.ERROR, message: name });
      span.end();
    },
  };
}
