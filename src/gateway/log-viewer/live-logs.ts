/**
 * Subscription.robotPartLogs over graphql-ws, with the connection state the page shows. The
 * graphql-ws client reconnects on its own (with backoff) and re-subscribes what was active.
 */
import { createClient, type Client } from 'graphql-ws/client';
import { graphql } from '../page-documents/index.ts';
import type { LogViewerTailSubscription, LogViewerTailSubscriptionVariables } from '../page-documents/graphql.ts';

/** One entry as the page's subscription selects it (a typed document, npm run codegen). */
export type LogLine = NonNullable<LogViewerTailSubscription['robotPartLogs']>[number];

export interface WatchOptions {
  partId: string;
  errorsOnly: boolean;
  filter: string | null;
}

export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'refused';

export interface ConnectionChange {
  state: ConnectionState;
  /** A connection that had dropped is back. */
  restored?: boolean;
  /** An established connection just dropped. */
  lost?: boolean;
}

const TAIL = graphql(`
  subscription LogViewerTail($partId: ID!, $errorsOnly: Boolean, $filter: String) {
    robotPartLogs(partId: $partId, errorsOnly: $errorsOnly, filter: $filter) { time level message loggerName }
  }
`);

/** The gateway closes with 4403 when it refuses the credentials; retrying cannot help. */
const FORBIDDEN = 4403;
const closeCode = (event: unknown): number | undefined =>
  typeof event === 'object' && event !== null && 'code' in event ? Number((event as { code: unknown }).code) : undefined;

/** A readable message for whatever a graphql-ws sink reports as an error. */
export function describeFailure(error: unknown): string {
  if (Array.isArray(error)) return error.map((e: { message?: string }) => e.message ?? String(e)).join('; ');
  const code = closeCode(error);
  if (code === FORBIDDEN) return 'the gateway refused the API key';
  if (code !== undefined) return `connection closed (${code}${(error as { reason?: string }).reason ? `: ${(error as { reason: string }).reason}` : ''})`;
  return error instanceof Error ? error.message : String(error);
}

export class LiveLogs {
  private readonly client: Client;
  private watching = 0;
  private connected = false;

  constructor(url: string, connectionParams: Record<string, string>, onChange: (change: ConnectionChange) => void) {
    this.client = createClient({
      url,
      connectionParams,
      lazy: true,
      // Keeps the socket while one subscription is swapped for another.
      lazyCloseTimeout: 3_000,
      keepAlive: 15_000,
      retryAttempts: Infinity,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 500 * 2 ** retries) + Math.random() * 500)),
      shouldRetry: (event) => closeCode(event) !== FORBIDDEN,
      on: {
        connecting: (isRetry) => onChange({ state: isRetry ? 'reconnecting' : 'connecting' }),
        connected: (_socket, _payload, wasRetry) => {
          this.connected = true;
          onChange({ state: 'connected', restored: wasRetry });
        },
        closed: (event) => {
          const lost = this.connected && this.watching > 0;
          this.connected = false;
          if (closeCode(event) === FORBIDDEN) onChange({ state: 'refused' });
          else onChange({ state: this.watching > 0 ? 'reconnecting' : 'idle', lost });
        },
      },
    });
  }

  /** Streams the part's log batches until the returned function is called. */
  watch(options: WatchOptions, sink: { batch(lines: LogLine[]): void; failed(message: string): void }): () => void {
    this.watching++;
    let active = true;
    const stop = () => {
      if (!active) return;
      active = false;
      this.watching--;
    };
    const variables: LogViewerTailSubscriptionVariables = { ...options };
    const unsubscribe = this.client.subscribe<LogViewerTailSubscription>(
      { query: TAIL.toString(), variables, operationName: 'LogViewerTail' },
      {
        next: (result) => {
          if (result.data?.robotPartLogs) sink.batch(result.data.robotPartLogs);
          if (result.errors?.length) sink.failed(describeFailure(result.errors));
        },
        error: (error) => {
          stop();
          sink.failed(describeFailure(error));
        },
        complete: () => stop(),
      },
    );
    return () => {
      stop();
      unsubscribe();
    };
  }

  dispose(): void {
    void this.client.dispose();
  }
}
