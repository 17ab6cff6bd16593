/**
 * A subscription's `next` messages written to its socket directly, from a payload serialized once
 * per result: subscribers that share an execution (multiplexed-subscriptions.ts) share the result
 * object, so 1,000 of them cost one JSON.stringify and 1,000 string splices per event instead of
 * 1,000 serializations. graphql-ws still runs everything else of the operation (its hooks, ids,
 * `complete` either way, errors): the iterator handed to it sends the results itself and yields
 * nothing, and ends when the results end or graphql-ws returns it (client `complete`, socket
 * closed). Each send waits for the socket to take the message before the next result is pulled,
 * as graphql-ws does, so a slow socket backs up into its own subscriber's bounded buffer only.
 */
import type { ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';

const payloads = new WeakMap<ExecutionResult, string>();

/** The payload graphql-ws would send for this result (errors in their JSON form), serialized once per result object. */
function payloadOf(result: ExecutionResult): string {
  let payload = payloads.get(result);
  if (payload === undefined) {
    const { errors, ...rest } = result;
    payload = JSON.stringify(errors ? { ...rest, errors: errors.map((error) => (typeof error.toJSON === 'function' ? error.toJSON() : error)) } : rest);
    payloads.set(result, payload);
  }
  return payload;
}

/** A graphql-ws `next` message for operation `id`, with the shared payload spliced in. */
export function nextMessage(id: string, result: ExecutionResult): string {
  return `{"id":${JSON.stringify(id)},"type":"next","payload":${payloadOf(result)}}`;
}

function sendMessage(socket: WebSocket, message: string): Promise<boolean> {
  return new Promise((resolve) => {
    if (socket.readyState !== socket.OPEN) return resolve(false);
    socket.send(message, (error) => resolve(!error));
  });
}

/** The iterator graphql-ws runs for operation `id`: it writes each result to `socket` itself. */
export function sendingToSocket(results: AsyncIterableIterator<ExecutionResult>, socket: WebSocket, id: string): AsyncIterableIterator<never> {
  let returned = false;
  const done = { done: true, value: undefined } as const;
  const stop = async () => {
    returned = true;
    await results.return?.();
    return done;
  };
  const sender: AsyncIterableIterator<never> = {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      while (!returned) {
        const step = await results.next();
        if (step.done || returned) break;
        if (!(await sendMessage(socket, nextMessage(id, step.value)))) return stop();
      }
      return done;
    },
    return: stop,
    async throw(error: unknown) {
      await stop();
      throw error;
    },
  };
  return sender;
}
