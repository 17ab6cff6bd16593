/**
 * W3C trace context (`traceparent`, `tracestate`) carried as gRPC metadata: the gateway injects
 * it into every upstream call it traces, and the fleet server extracts it to continue the trace.
 * Only used when tracing is on (--otel-endpoint), which registers the W3C propagator
 * (gateway/tracing.ts); without a tracer nothing here runs.
 */
import type * as grpc from '@grpc/grpc-js';
import { ROOT_CONTEXT, propagation as propagator, type Context, type TextMapGetter, type TextMapSetter } from '@opentelemetry/api';

const metadataSetter: TextMapSetter<grpc.Metadata> = {
  set: (metadata, key, value) => metadata.set(key, value),
};

const metadataGetter: TextMapGetter<grpc.Metadata> = {
  keys: (metadata) => Object.keys(metadata.getMap()),
  get: (metadata, key) => {
    const values = metadata.get(key).map(String);
    return values.length === 0 ? undefined : values;
  },
};

/** Writes the trace context of `context` (its span) into `metadata`. */
export function injectTraceContext(context: Context, metadata: grpc.Metadata): void {
  propagator.inject(context, metadata, metadataSetter);
}

/** The remote parent a call's metadata names, or the root context when it names none. */
export function extractTraceContext(metadata: grpc.Metadata): Context {
  return propagator.extract(ROOT_CONTEXT, metadata, metadataGetter);
}

/** The same propagator for HTTP requests (a caller that is itself traced). */
export function extractHttpTraceContext(headers: Headers): Context {
  return propagator.extract(ROOT_CONTEXT, headers, {
    keys: (carrier) => [...carrier.keys()],
    get: (carrier, key) => carrier.get(key) ?? undefined,
  });
}
