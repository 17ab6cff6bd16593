/**
 * SSE event ids for resumable subscriptions. Yoga writes each `next` event as `event: next` and
 * `data: <stringify(result)>`; a result's own `stringify` may add lines, so an event whose batch
 * moved the subscription's cursor gets `id: <id of its last entry>` after its data. EventSource
 * remembers it and sends it back as `Last-Event-ID` when it reconnects, which the subscription
 * reads from `EventStreamCursor.lastEventId` as its `after` (resolvers/live-logs.ts).
 */
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import type { EventStreamCursor } from '../context.ts';

type StreamedResult = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

const cursors = new WeakMap<Request, EventStreamCursor>();

/** The cursor an HTTP request's operation shares with the event stream that answers it. */
export function eventStreamCursor(request: Request): EventStreamCursor {
  let cursor = cursors.get(request);
  if (!cursor) {
    cursor = { lastEventId: request.headers.get('last-event-id'), lastEntryId: null };
    cursors.set(request, cursor);
  }
  return cursor;
}

export function useSseEventIds(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const cursor = cursors.get(request);
      if (!cursor || !isAsyncIterable(result)) return;
      let sent: string | null = null;
      setResult(
        mapAsyncIterator(result as AsyncIterable<StreamedResult>, (value): StreamedResult => {
          const id = cursor.lastEntryId;
          if (id === null || id === sent) return value;
          sent = id;
          const stringify = value.stringify ?? JSON.stringify;
          // Ids are base64url: no line break can end the field early.
          return { ...value, stringify: (r: ExecutionResult) => `${stringify(r)}\nid: ${id}` };
        }),
      );
    },
  };
}
