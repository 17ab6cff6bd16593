/**
 * OpenTelemetry tracing (--otel-endpoint): a tracer per service exporting over OTLP/HTTP (JSON),
 * and the Yoga plugin that opens a span per HTTP request and one per GraphQL operation. Upstream
 * calls get their spans in upstream/call-span.ts, the fleet server's RPCs in
 * fleet-server/rpc-span.ts. With tracing off none of this is set up: no tracer provider, no
 * context manager, no propagator, no plugin, and the SDK is not even loaded (~200 ms and ~20 MiB
 * at start); the hooks see a null tracer and only run the call.
 *
 * Not @envelop/opentelemetry: it keeps its spans in a side table rather than in the active
 * context, so calls made by resolvers (DataLoader batches included) could not find their parent
 * without reading that table in every call; Yoga's own `instrumentation` wraps each phase and lets
 * the operation's span be the active one for everything the operation does.
 */
import { SpanKind, SpanStatusCode, context, propagation, trace, type Span, type Tracer } from '@opentelemetry/api';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_SERVICE_NAME, ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { extractHttpTraceContext } from '../wire/trace-context.ts';

export const GATEWAY_SERVICE_NAME = 'fleetgraph-gateway';
export const FLEET_SERVER_SERVICE_NAME = 'fleetgraph-fleet-server';
// Incubating in @opentelemetry/semantic-conventions (its /incubating entry loads every draft
// convention): copied here, as its README advises.
const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';
/** The `extensions.code` of every error an operation returned (deduplicated), on its span. */
export const ATTR_GRAPHQL_ERROR_CODES = 'graphql.error.codes';

/** How long a stop waits for the last spans to be sent: an unreachable collector must not hold a shutdown. */
export const TRACING_SHUTDOWN_MS = 3_000;

export interface TracingOptions {
  /** OTLP/HTTP traces URL (otlpTracesUrl). */
  endpoint: string;
  serviceName: string;
  /** How long finished spans wait to be sent in one batch (default 1 s). */
  scheduledDelayMillis?: number;
}

export interface Tracing {
  tracer: Tracer;
  /** Sends the spans still waiting (for at most TRACING_SHUTDOWN_MS), then stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * The URL traces are POSTed to: the --otel-endpoint as given, or, when it names no path (a
 * collector's base URL such as http://collector:4318), that URL with OTLP's /v1/traces.
 */
export function otlpTracesUrl(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(`--otel-endpoint must be an http:// or https:// URL (an OTLP/HTTP receiver, e.g. http://localhost:4318/v1/traces), got ${endpoint}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`--otel-endpoint must be an http:// or https:// URL (an OTLP/HTTP receiver, e.g. http://localhost:4318/v1/traces), got ${endpoint}`);
  }
  if (url.pathname === '/') url.pathname = '/v1/traces';
  return url.toString();
}

/** Whether this process's context manager and propagator are set (they are process-wide: once). */
let processWideSet = false;

export async function startTracing(options: TracingOptions): Promise<Tracing> {
  // Loaded only when tracing is on.
  const [
    { AsyncLocalStorageContextManager },
    { W3CTraceContextPropagator },
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { BasicTracerProvider, BatchSpanProcessor },
  ] = await Promise.all([
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-base'),
  ]);
  if (!processWideSet) {
    // Spans follow async work (awaits, DataLoader batches) through AsyncLocalStorage, and travel as W3C trace context (wire/trace-context.ts).
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    processWideSet = true;
  }
  const exporter = new OTLPTraceExporter({ url: options.endpoint });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: options.scheduledDelayMillis ?? 1_000 })],
  });
  // Not registered globally: the gateway and its embedded fleet server share a process, each with its own service name.
  return {
    tracer: provider.getTracer(options.serviceName),
    shutdown: () => Promise.race([provider.shutdown(), new Promise<void>((resolve) => setTimeout(resolve, TRACING_SHUTDOWN_MS).unref())]),
  };
}

/** Tracing for `serviceName` when an endpoint is given (--otel-endpoint); null (tracing off) without one. */
export async function tracingFor(endpoint: string | null, serviceName: string): Promise<Tracing | null> {
  return endpoint ? startTracing({ endpoint, serviceName }) : null;
}

/** Runs `wrapped` with `span` active and ends the span when it settles. */
function within(span: Span, wrapped: () => Promise<void> | void, parent = context.active()): Promise<void> | void {
  return context.with(trace.setSpan(parent, span), () => {
    let result: Promise<void> | void;
    try {
      result = wrapped();
    } catch (error) {
      span.end();
      throw error;
    }
    if (!result) return void span.end();
    return result.finally(() => span.end());
  });
}

/** Names the operation's span after what it runs ("query FleetTree"). */
function describeOperation(span: Span, document: DocumentNode, operationName: string | null | undefined): void {
  const operation = getOperationAST(document, operationName);
  if (!operation) return;
  const name = operation.name?.value;
  span.updateName(name ? `${operation.operation} ${name}` : operation.operation);
  span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, operation.operation);
  if (name) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, name);
}

/** Records the codes of the errors a result carries (a stream's events are not inspected). */
function recordErrors(span: Span, result: ExecutionResult | AsyncIterable<unknown>): void {
  if (Symbol.asyncIterator in result || !result.errors?.length) return;
  const codes = [...new Set(result.errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
  span.setAttribute(ATTR_GRAPHQL_ERROR_CODES, codes);
  span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') });
}

/**
 * A server span per HTTP request to Yoga (continuing the caller's trace when it sends
 * `traceparent`), and within it a span per GraphQL operation (over graphql-ws: a trace of its own),
 * active while the operation runs so upstream calls become its children.
 */
export function tracingPlugin(tracer: Tracer, graphqlPath: string): Plugin {
  const requestSpans = new WeakMap<Request, Span>();
  const operation = (wrapped: () => Promise<void> | void) => within(tracer.startSpan('graphql operation'), wrapped);
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const span = tracer.startSpan(
          `${request.method} ${graphqlPath}`,
          { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: request.method, [ATTR_HTTP_ROUTE]: graphqlPath, [ATTR_URL_PATH]: new URL(request.url).pathname } },
          extractHttpTraceContext(request.headers),
        );
        requestSpans.set(request, span);
        return within(span, wrapped, extractHttpTraceContext(request.headers));
      },
      execute: (_payload, wrapped) => operation(wrapped),
      subscribe: (_payload, wrapped) => operation(wrapped),
    },
    onResponse({ request, response }) {
      const span = requestSpans.get(request);
      if (!span) return;
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    },
    onExecute({ args }) {
      const span = trace.getActiveSpan();
      if (!span) return;
      describeOperation(span, args.document, args.operationName);
      return { onExecuteDone: ({ result }) => recordErrors(span, result) };
    },
    onSubscribe({ args }) {
      const span = trace.getActiveSpan();
      if (!span) return;
      describeOperation(span, args.document, args.operationName);
      return { onSubscribeResult: ({ result }) => recordErrors(span, result) };
    },
  };
}
