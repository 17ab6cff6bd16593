/** The Subscription type: live robot part logs over graphql-ws and SSE. */
import { builder } from './builder.ts';
import { LogEntryRef } from './refs.ts';
import { logEventEntries, subscribeToPartLogs } from '../resolvers/live-logs.ts';
import { fleetLogEventEntries, subscribeToFleetLogs } from '../resolvers/fleet-logs.ts';

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

builder.subscriptionField('fleetLogs', (t) =>
  t.field({
    type: [LogEntryRef],
    nullable: false,
    description:
      'Live logs of every part of an organization (or of some of its locations or robots), merged: one event per batch of one part, ' +
      'each entry naming its part and robot. Parts added to the scope later join and removed ones leave (the scope follows the machineStatus poll shared per organization and credentials, --status-interval-ms). Each part keeps the guarantees of robotPartLogs (gaps filled after a drop, each entry once, in order per part). ' +
      'Refused with TOO_MANY_PARTS above --fleet-logs-max-parts parts; ends with SUBSCRIBER_BUFFER_OVERFLOW when the client falls too far behind.',
    args: {
      organizationId: t.arg.id({ required: true, description: 'The organization.' }),
      locationIds: t.arg.idList({ description: 'Only robots in these locations.' }),
      robotIds: t.arg.idList({ description: 'Only these robots.' }),
      levels: t.arg.stringList({ description: 'Only these levels (debug, info, warn, error, fatal); all when absent.' }),
      filter: t.arg.string({ description: 'Only entries whose message contains this text (case-insensitive).' }),
      after: t.arg.stringList({
        description:
          'Resume after these entries: for each part, the `id` of the last LogEntry received from it (one per part). Those parts get every entry ' +
          'logged after it first (read from GetRobotPartLogs), then live ones, each once, in order; parts without an id start live. ' +
          'An id that is not a LogEntry id, or two of one part: BAD_USER_INPUT; more entries since then than a backfill may return: LOG_GAP_TOO_LARGE.',
      }),
    },
    subscribe: subscribeToFleetLogs,
    resolve: fleetLogEventEntries,
  }),
);
