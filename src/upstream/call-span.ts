/**
 * A client span per upstream gRPC call, child of whatever span is active where the call is made
 * (the GraphQL operation's), with the W3C trace context sent along as metadata so the upstream
 * continues the trace. The span is started when the call is asked for, before any queue (the
 * operation's bound, the gateway-wide fair share): a queue that runs the call later, from another
 * operation's continuation, cannot give it the wrong parent.
 */
import * as grpc from '@grpc/grpc-js';
import { GraphQLError } from 'graphql';
import { SpanKind, SpanStatusCode, context, trace, type Span, type Tracer } from '@opentelemetry/api';
import { ATTR_RPC_METHOD, ATTR_RPC_STATUS_CODE, ATTR_RPC_SYSTEM_NAME, RPC_SYSTEM_NAME_VALUE_GRPC } from '@opentelemetry/semantic-conventions';
import { injectTraceContext } from '../wire/trace-context.ts';

/** Starts the span of `method` ("package.Service/Method") and writes its trace context into `metadata`. */
export function startCallSpan(tracer: Tracer, method: string, metadata: grpc.Metadata): Span {
  const span = tracer.startSpan(method, { kind: SpanKind.CLIENT, attributes: { [ATTR_RPC_SYSTEM_NAME]: RPC_SYSTEM_NAME_VALUE_GRPC, [ATTR_RPC_METHOD]: method } });
  injectTraceContext(trace.setSpan(context.active(), span), metadata);
  return span;
}

/** Ends a call's span with its gRPC status, by name ("OK", "NOT_FOUND"). */
export function endCallSpan(span: Span, code: grpc.status | string): void {
  const name = typeof code === 'string' ? code : (grpc.status[code] ?? String(code));
  span.setAttribute(ATTR_RPC_STATUS_CODE, name);
  if (name !== 'OK') span.setStatus({ code: SpanStatusCode.ERROR, message: name });
  span.end();
}

/** The gRPC status name a failed call's error carries (errors.ts puts it in `grpcStatus`). */
export function statusOfError(error: unknown): string {
  if (error instanceof GraphQLError) {
    const { grpcStatus, code } = error.extensions;
    if (typeof grpcStatus === 'string') return grpcStatus;
    if (code === 'OPERATION_ABANDONED') return 'CANCELLED';
  }
  return 'UNKNOWN';
}

/** Runs `call` under a span of `method`; without a tracer, just runs it. */
export function tracedCall<T>(tracer: Tracer | null, method: string, metadata: grpc.Metadata, call: () => Promise<T>): Promise<T> {
  if (!tracer) return call();
  const span = startCallSpan(tracer, method, metadata);
  return call().then(
    (result) => {
      endCallSpan(span, grpc.status.OK);
      return result;
    },
    (error: unknown) => {
      endCallSpan(span, statusOfError(error));
      throw error;
    },
  );
}
