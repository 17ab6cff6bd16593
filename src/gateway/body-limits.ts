/**
 * How big a request body may be: multipart uploads (module files) up to `multipartBytes`, every
 * other body (JSON, GraphQL) up to the much smaller `jsonBytes`.
 *
 * This replaces Yoga's own maxRequestBodySize, which pipes every body through a counting stream
 * (about a third of the gateway's CPU on a small query; BENCHMARKS.md). A body with a valid
 * Content-Length is judged on that header alone: Node's HTTP parser delivers exactly that many
 * bytes (more would be the next request on the connection, and a request with both
 * Content-Length and Transfer-Encoding is refused before it gets here). Only a chunked body,
 * which has no length up front, is counted while it streams.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface BodyLimits {
  /** Largest body of a request that is not a multipart upload. */
  jsonBytes: number;
  /** Largest multipart upload. */
  multipartBytes: number;
}

/** The embedded fleet server's 64 MiB module limit plus room for the multipart envelope (Yoga's own default is 25 MB). */
export const DEFAULT_MAX_REQUEST_BODY_BYTES = 65 * 1024 * 1024;

/** Only one non-negative integer is a valid Content-Length (several joined by commas are a smuggling attempt). */
const CONTENT_LENGTH = /^\d+$/;

function bodyTooLarge(limit: number, multipart: boolean): GraphQLError {
  const what = multipart ? 'the limit for multipart uploads' : 'the limit for requests other than multipart uploads';
  return new GraphQLError(`Request body too large: ${what} is ${limit} bytes`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', limit, http: { status: 413 } },
  });
}

function invalidContentLength(): GraphQLError {
  return new GraphQLError('Content-Length header is invalid', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

export function limitRequestBodies(limits: BodyLimits): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const multipart = (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
      const limit = multipart ? limits.multipartBytes : limits.jsonBytes;
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!CONTENT_LENGTH.test(length)) throw invalidContentLength();
        if (Number(length) > limit) throw bodyTooLarge(limit, multipart);
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (req) => {
        const counted = countingBody(req, limit, fetchAPI);
        try {
          return await parse(counted.request);
        } catch (error) {
          // The multipart parser reports any stream error as "invalid multipart data" (400).
          if (counted.exceeded()) throw bodyTooLarge(limit, multipart);
          throw error;
        }
      });
    },
  };
}

/** `request` with a body that errors once more than `limit` bytes went through, and whether that happened. */
function countingBody(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }) {
  // As in Yoga's own limit: a native stream needs the native TransformStream, a ponyfilled one the ponyfill.
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(new Error(`request body over ${limit} bytes`));
        else controller.enqueue(chunk);
      },
    }),
  );
  return {
    request: new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit),
    exceeded: () => read > limit,
  };
}
