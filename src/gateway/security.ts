/**
 * What a browser or the open internet must not be able to do: production mode (no introspection,
 * no GraphiQL, no field suggestions, no error details unless asked), CSRF prevention, CORS
 * (same-origin only unless origins are listed) and a tighter body limit for JSON requests than
 * for multipart uploads.
 */
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { API_KEY_HEADER, API_KEY_ID_HEADER } from '../upstream/credentials.ts';
import { hideFieldSuggestions } from './limits.ts';
import { REQUEST_ID_HEADER } from './request-log.ts';

export interface SecurityOptions {
  /** Production mode: introspection, GraphiQL and field suggestions off, errors without details. */
  production: boolean;
  /** Serve GraphiQL (default: not in production). */
  graphiql: boolean;
  /** Answer introspection queries (default: not in production). */
  introspection: boolean;
  /** Origins allowed to call cross-origin ("*" for any); empty: same-origin only. */
  corsOrigins: string[];
  /** Largest body of a request that is not a multipart upload. */
  maxJsonBodyBytes: number;
}

export function isProductionEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export function defaultSecurityOptions(production = isProductionEnvironment()): SecurityOptions {
  return { production, graphiql: !production, introspection: !production, corsOrigins: [], maxJsonBodyBytes: 1024 * 1024 };
}

/**
 * Headers a browser cannot send without a CORS preflight. A request carrying any of them was
 * preflighted (and so vetted by CORS), which is what CSRF prevention needs to know. Every
 * authenticated request carries credentials in such a header, so our clients need nothing extra;
 * an unauthenticated GET or multipart request needs `x-graphql-yoga-csrf` (or Apollo's header).
 */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'authorization', API_KEY_ID_HEADER, API_KEY_HEADER];

/** Yoga's `cors` option: no CORS headers at all (so browsers keep cross-origin reads out) unless the origin is listed. */
export function corsOption(origins: string[]) {
  const any = origins.includes('*');
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !(any || origins.includes(origin))) return false as const;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', ...CSRF_HEADERS, REQUEST_ID_HEADER],
      exposedHeaders: [REQUEST_ID_HEADER, 'retry-after'],
      // Credentials travel in headers, never in cookies.
      credentials: false,
      maxAge: 600,
    };
  };
}

function bodyTooLarge(limit: number): GraphQLError {
  return new GraphQLError(`Request body too large: the limit for requests other than multipart uploads is ${limit} bytes`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', limit, http: { status: 413 } },
  });
}

/**
 * Yoga allows one body size (maxRequestBodySize, sized for module uploads); JSON and other
 * non-multipart bodies get this smaller one, checked on Content-Length and while streaming.
 */
export function limitJsonBodySize(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const type = request.headers.get('content-type') ?? '';
      if (type.toLowerCase().startsWith('multipart/form-data') || !requestParser) return;
      const length = request.headers.get('content-length');
      if (length !== null && Number(length) > limit) throw bodyTooLarge(limit);
      const original = requestParser;
      setRequestParser((req) => original(withBodyLimit(req, limit, fetchAPI)));
    },
  };
}

/** `request` with a body that errors once more than `limit` bytes went through (chunked bodies have no Content-Length). */
function withBodyLimit(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  if (!request.body) return request;
  // As Yoga's own body limit: a native stream needs the native TransformStream, a ponyfilled one the ponyfill.
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const body = request.body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(bodyTooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}

/**
 * Introspection off. Yoga's useDisableIntrospection decides per HTTP request, so graphql-ws
 * operations (which have none) would still introspect; this rule applies to every operation.
 */
function disableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** The plugins that follow from the security options (CORS, GraphiQL and error masking are Yoga options). */
export function securityPlugins(options: SecurityOptions): Plugin[] {
  return [
    useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
    limitJsonBodySize(options.maxJsonBodyBytes),
    ...(options.introspection ? [] : [disableIntrospection()]),
    ...(options.production ? [hideFieldSuggestions()] : []),
  ];
}
