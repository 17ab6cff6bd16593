/** The Subscription type: live robot part logs over graphql-ws and SSE. */
import { builder } from './builder.ts';
import { LogEntryRef } from './refs.ts';
import { logEventEntries, subscribeToPartLogs } from '../resolvers/live-logs.ts';

builder.subscriptionType({ description: 'Live data from the fleet, over graphql-ws (/graphql) or server-sent events.' });

builder.subscriptionField('robotPartLogs', (t) =>
  t.field({
    type: [LogEntryRef],
    nullable: false,
    description:
      'Log entries of a part as its robot sends them (TailRobotPartLogs): one event per batch, oldest first. ' +
      'If the upstream stream drops it is reopened and the gap filled, so no entry is missed or repeated; ' +
      'the subscription ends with an error (UPSTREAM_UNAVAILABLE, SUBSCRIBER_BUFFER_OVERFLOW, ...) when that is impossible. ' +
      'A client that reconnects (to any gateway replica) resumes with `after`; over SSE each event carries the id of its last entry, ' +
      'and the `Last-Event-ID` header EventSource sends on reconnect counts as `after` when `after` is not given.',
    args: {
      partId: t.arg.id({ required: true, description: 'The robot part.' }),
      errorsOnly: t.arg.boolean({ defaultValue: true, description: 'Only errors (error and fatal).' }),
      filter: t.arg.string({ description: 'Only entries whose message contains this text (case-insensitive).' }),
      after: t.arg.string({
        description:
          'Resume after this entry: the `id` of the last LogEntry received (the id is the cursor). Every entry logged after it comes first ' +
          '(read from GetRobotPartLogs), then live ones, each once, in order. An id that is not a LogEntry id of this part: BAD_USER_INPUT; ' +
          'more entries since then than a backfill may return: LOG_GAP_TOO_LARGE.',
      }),
    },
    subscribe: subscribeToPartLogs,
    resolve: logEventEntries,
  }),
);
