/**
 * Clients for live log tests: a graphql-ws client on `ws` (with its raw socket at hand, to pause
 * or destroy it), an SSE reader over fetch, a robot that logs through RobotService/Log, and
 * polling. Everything goes over the real interfaces of a running gateway and fleet server.
 */
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { RobotChannel } from '../../src/simulator/robot-client.ts';
import { parseUpstreamUrl } from '../../src/upstream/target.ts';
import type { TlsTrust } from '../../src/upstream/tls.ts';
import type { GraphQLResponse } from './gateway.ts';

export const PART_LOGS = /* GraphQL */ `
  subscription PartLogs($partId: ID!, $errorsOnly: Boolean, $filter: String) {
    robotPartLogs(partId: $partId, errorsOnly: $errorsOnly, filter: $filter) { time level message loggerName }
  }
`;

/** robotPartLogs resuming `after` an entry id, with the ids (the cursors) of what it receives. */
export const PART_LOGS_AFTER = /* GraphQL */ `
  subscription PartLogsAfter($partId: ID!, $errorsOnly: Boolean, $filter: String, $after: String) {
    robotPartLogs(partId: $partId, errorsOnly: $errorsOnly, filter: $filter, after: $after) { id time level message loggerName }
  }
`;

export interface Entry {
  time: string;
  level: string;
  message: string;
  loggerName: string | null;
  /** Set when the query asks for them. */
  id?: string;
  partId?: string;
  part?: { name: string };
  robotId?: string;
  robot?: { name: string };
}

/** The entries of a log subscription result, whichever field (robotPartLogs, fleetLogs) it selected; undefined for other subscriptions. */
function batchOf(data: unknown): Entry[] | undefined {
  const value = data ? Object.values(data as Record<string, unknown>)[0] : undefined;
  return Array.isArray(value) ? (value as Entry[]) : undefined;
}

/** What one subscription received. */
export interface Received {
  batches: Entry[][];
  /** The `data` of every result, whatever the subscription (e.g. `{ machineStatus: ... }`). */
  data: any[];
  /** Errors of `next` events (the error event that ends a subscription) and of `error` messages. */
  errors: NonNullable<GraphQLResponse['errors']>;
  completed: boolean;
  /** Whether any result had a `data` key (a subscription refused at subscribe time has none). */
  hadData: boolean;
  messages(): string[];
}

function received(): Received {
  return {
    batches: [],
    data: [],
    errors: [],
    completed: false,
    hadData: false,
    messages() {
      return this.batches.flat().map((e) => e.message);
    },
  };
}

export interface WsTestClient {
  client: Client;
  /** The raw `ws` socket once connected. */
  socket(): WebSocket;
  /** Close event of the socket, once closed. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe(variables: Record<string, unknown>, query?: string): Received & { unsubscribe(): void };
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  dispose(): Promise<void>;
}

export function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

/** `ws` that trusts only `ca` (a gateway serving TLS with a test CA, over wss://). */
export function webSocketTrusting(ca: Buffer): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { ca });
    }
  } as typeof WebSocket;
}

/** A graphql-ws client with `connectionParams`; it never reconnects (a dropped socket stays dropped). `ca`: for wss:// with a test CA. */
export function wsClient(httpUrl: string, connectionParams: Record<string, unknown>, { lazy = true, ca }: { lazy?: boolean; ca?: Buffer } = {}): WsTestClient {
  let raw: WebSocket | null = null;
  let onClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: ca ? webSocketTrusting(ca) : WebSocket,
    connectionParams,
    lazy,
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: {
      connected: (socket) => (raw = socket as WebSocket),
      closed: (event) => onClosed({ code: (event as CloseEvent).code, reason: String((event as CloseEvent).reason) }),
    },
  });
  return {
    client,
    closed,
    socket() {
      if (!raw) throw new Error('not connected yet');
      return raw;
    },
    subscribe(variables, query = PART_LOGS) {
      const out = received();
      const unsubscribe = client.subscribe(
        { query, variables },
        {
          next: (result) => {
            if ('data' in result) out.hadData = true;
            if (result.data) out.data.push(result.data);
            if (result.errors) out.errors.push(...(result.errors as Received['errors']));
            const batch = batchOf(result.data);
            if (batch) out.batches.push(batch);
          },
          error: (error) => {
            if (Array.isArray(error)) out.errors.push(...error);
            else out.errors.push({ message: String((error as Error)?.message ?? error) });
          },
          complete: () => (out.completed = true),
        },
      );
      return Object.assign(out, { unsubscribe });
    },
    query: (query, variables) =>
      new Promise((resolve, reject) => {
        let result: GraphQLResponse | undefined;
        client.subscribe(
          { query, variables },
          {
            next: (r) => (result = r as GraphQLResponse),
            // An `error` message (the operation was refused) carries GraphQL errors; anything else is a failure.
            error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
            complete: () => resolve(result ?? {}),
          },
        );
      }),
    dispose: async () => {
      await client.dispose();
    },
  };
}

/**
 * A subscription over server-sent events (Yoga's built-in): POST with Accept: text/event-stream,
 * reading `event: next` / `event: complete` from the body as it arrives. `fetchImpl`: e.g.
 * fetchTrusting (tls.ts) for a gateway serving HTTPS with a test CA.
 */
export function sseSubscribe(
  httpUrl: string,
  headers: Record<string, string>,
  variables: Record<string, unknown>,
  query = PART_LOGS,
  fetchImpl: typeof fetch = fetch,
  /** Every `next` result as it arrives (a query's @defer/@stream payloads, for one). */
  onResult: (result: GraphQLResponse) => void = () => {},
) {
  const out = received();
  /** The `id:` of each `next` event, '' for an event without one. */
  const eventIds: string[] = [];
  const abort = new AbortController();
  const done = (async () => {
    const response = await fetchImpl(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
    if (!response.body) throw new Error(`no body (${response.status})`);
    const decoder = new TextDecoder();
    let text = '';
    const reader = response.body.getReader();
    for (;;) {
      const { done: ended, value } = await reader.read();
      if (ended) break;
      text += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = text.indexOf('\n\n')) >= 0) {
        const block = text.slice(0, end);
        text = text.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n');
        if (event === 'complete') out.completed = true;
        else if (event === 'next' && data) {
          eventIds.push(/^id: (.*)$/m.exec(block)?.[1] ?? '');
          const result = JSON.parse(data) as GraphQLResponse;
          onResult(result);
          if (result.errors) out.errors.push(...result.errors);
          if (result.data) out.data.push(result.data);
          const batch = batchOf(result.data);
          if (batch) out.batches.push(batch);
        }
      }
    }
  })().catch((error: Error) => {
    if (error.name !== 'AbortError') out.errors.push({ message: error.message });
  });
  return Object.assign(out, {
    unsubscribe: () => abort.abort(),
    done,
    eventIds,
  });
}

export { waitFor } from './wait.ts';

export interface LogLine {
  level: string;
  message: string;
  logger?: string;
}

/** A robot (the simulator's RobotService client, authenticated with its part secret) that logs with strictly increasing times; over TLS with `trust`. */
export async function robotLogger(address: string, partId: string, secret: string, trust?: TlsTrust) {
  const channel = new RobotChannel(parseUpstreamUrl(`${trust ? 'https' : 'http'}://${address}`, trust ?? null));
  const robot = channel.robot(partId, secret);
  // Distinct, increasing times (one microsecond apart) make every entry's identity unique.
  let clock = Date.now() * 1000;
  const entry = (line: LogLine) => ({
    level: line.level,
    message: line.message,
    logger_name: line.logger ?? 'test',
    time: { seconds: Math.floor(clock / 1e6), nanos: (clock % 1e6) * 1000 },
  });
  const tick = () => (clock = Math.max(clock + 1, Date.now() * 1000));
  return {
    log: (lines: LogLine[]) =>
      robot.log(
        lines.map((line) => {
          tick();
          return entry(line);
        }),
      ),
    /** Logs every line with one and the same time (entries then differ by identity only). */
    logAtOneTime: (lines: LogLine[]) => {
      tick();
      return robot.log(lines.map(entry));
    },
    close: () => channel.close(),
  };
}
