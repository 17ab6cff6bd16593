/**
 * A subscription (or an incremental @defer/@stream result) asked for over HTTP with an Accept
 * header that allows no streaming type gets 406 from Yoga, which then drops the stream without
 * ending it: its upstream tail, its share of the caller's subscription cap and its buffers would
 * stay. This plugin, last of all, ends such a stream when no result processor took it.
 */
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

export function useEndUnacceptedStreams(): Plugin {
  return {
    onResultProcess({ result, resultProcessor }) {
      if (resultProcessor || !isAsyncIterable(result)) return;
      const iterator = result[Symbol.asyncIterator]();
      void Promise.resolve(iterator.return?.()).catch(() => {});
    },
  };
}
