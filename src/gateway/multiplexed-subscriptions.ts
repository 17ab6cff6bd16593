/**
 * Subscription multiplexing: subscribers of the same document, variables, operation name and
 * credentials (fingerprint) form a group, and each source event is executed once for the group
 * rather than once per subscriber. Over graphql-ws the group's one result is also serialized once
 * (ws-next-messages.ts), and over SSE too (`serializedOnce`).
 *
 * What is shared is the execution of an event, not the source stream: every subscriber still
 * creates its own source (the field's `subscribe` resolver runs with its own context), so each
 * joiner is authorized on its own, counts against its caller's cap, is rechecked and revoked, has
 * its own bounded buffer and ends (complete, error, overflow) on its own; a slow subscriber holds
 * back nobody, as before. Sources that hand one event object to all their subscribers (the shared
 * log tails of log-streams.ts) get one execution per event; others get one per subscriber, as
 * before. The execution runs with the context of whichever member pulled the event first, which
 * has the same credentials as every other member.
 */
import crypto from 'node:crypto';
import {
  GraphQLError,
  createSourceEventStream,
  execute,
  getOperationAST,
  getVariableValues,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { credentialFingerprint } from '../upstream/credentials.ts';
import type { GraphQLContext } from '../context.ts';

type Result = ExecutionResult | Promise<ExecutionResult>;

class SubscriptionGroup {
  members = 0;
  /** Each event's result, while anyone still holds the event. */
  private readonly results = new WeakMap<object, Result>();

  constructor(
    readonly key: string,
    private readonly counted: () => void,
  ) {}

  resultFor(event: unknown, run: () => Result): Result {
    if (typeof event !== 'object' || event === null) {
      this.counted();
      return run();
    }
    let result = this.results.get(event);
    if (result === undefined) {
      this.counted();
      this.results.set(event, (result = run()));
    }
    return result;
  }
}

/**
 * Yoga's SSE writes a result with the result's own `stringify` when it has one (as graphql-jit's
 * results do); this one serializes on first use and hands every later subscriber the same text.
 * Not enumerable, so it never shows in a payload.
 */
function serializedOnce(result: ExecutionResult): ExecutionResult {
  let json: string | undefined;
  Object.defineProperty(result, 'stringify', { value: (sanitized: unknown) => (json ??= JSON.stringify(sanitized)) });
  return result;
}

/** The text of a document: what the client sent when Yoga kept it in the context, else printed once. */
const printed = new WeakMap<DocumentNode, string>();
function documentText(args: ExecutionArgs): string {
  const sent = (args.contextValue as { params?: { query?: unknown } } | undefined)?.params?.query;
  if (typeof sent === 'string') return sent;
  let text = printed.get(args.document);
  if (text === undefined) printed.set(args.document, (text = print(args.document)));
  return text;
}

/** The group key of a subscription, or null when it has no credentials (it is refused by its resolver anyway). */
function groupKey(args: ExecutionArgs): string | null {
  const credentials = (args.contextValue as Partial<GraphQLContext> | undefined)?.upstream?.credentials;
  if (!credentials) return null;
  const material = JSON.stringify([documentText(args), args.variableValues ?? {}, args.operationName ?? null, credentialFingerprint(credentials)]);
  return crypto.hash('sha256', material, 'hex');
}

/** Variables that do not fit the operation: left to the stock engine, whose refusal callers already know. */
function variablesRefused(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return true;
  return 'errors' in getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
}

export class SubscriptionMultiplexer {
  private readonly groups = new Map<string, SubscriptionGroup>();

  /** `onExecution` is told of every execution of a subscription event (the metric's counter). */
  constructor(private readonly onExecution: () => void = () => {}) {}

  /** Groups with at least one subscriber. */
  get groupCount(): number {
    return this.groups.size;
  }

  private join(key: string): SubscriptionGroup {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new SubscriptionGroup(key, this.onExecution)));
    group.members++;
    return group;
  }

  private leave(group: SubscriptionGroup): void {
    if (--group.members === 0 && this.groups.get(group.key) === group) this.groups.delete(group.key);
  }

  /** A subscriber's own source stream whose events are executed by its group. */
  private async subscribe(args: ExecutionArgs, key: string): Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const events = source[Symbol.asyncIterator]();
    const group = this.join(key);
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      this.leave(group);
    };
    const done = { done: true, value: undefined } as const;
    const results: AsyncIterableIterator<ExecutionResult> = {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next() {
        let step: IteratorResult<unknown>;
        try {
          step = await events.next();
        } catch (error) {
          leave();
          throw error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error as Error });
        }
        if (step.done) {
          leave();
          return done;
        }
        const event = step.value;
        const run = () => {
          const result = execute({ ...args, rootValue: event });
          return result instanceof Promise ? result.then(serializedOnce) : serializedOnce(result);
        };
        return { done: false, value: await group.resultFor(event, run) };
      },
      async return() {
        leave();
        await events.return?.();
        return done;
      },
      async throw(error: unknown) {
        leave();
        await events.return?.();
        throw error;
      },
    };
    return results;
  }

  /** The Yoga plugin: subscriptions with credentials and acceptable variables run through their group. */
  plugin(): Plugin {
    return {
      onSubscribe: ({ subscribeFn, setSubscribeFn }) => {
        setSubscribeFn((args) => {
          const key = groupKey(args);
          return key === null || variablesRefused(args) ? subscribeFn(args) : this.subscribe(args, key);
        });
      },
    };
  }
}
