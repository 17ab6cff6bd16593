/** Robot logs: LogEntry, and RobotPart.logs as a Relay-style connection over upstream page tokens. */
import { builder } from './builder.ts';
import { LogEntryRef, RobotPartRef } from './refs.ts';
import { fromStruct, fromTimestamp } from '../wire/struct.ts';
import { DEFAULT_LOG_PAGE, MAX_LOG_PAGE, logPageEdges, partLogs, type LogPage } from '../resolvers/logs.ts';
import type { LogEntry__Output } from '../generated/viam/common/v1/LogEntry.ts';

LogEntryRef.implement({
  description: 'One log line of a robot part.',
  fields: (t) => ({
    time: t.field({ type: 'DateTime', description: 'When the robot logged it.', resolve: (e) => fromTimestamp(e.time) }),
    level: t.exposeString('level', { nullable: false, description: 'debug, info, warn, error or fatal.' }),
    message: t.exposeString('message', { nullable: false, description: 'The message.' }),
    loggerName: t.exposeString('logger_name', { description: 'Name of the logger.' }),
    host: t.exposeString('host', { description: 'Host that logged it.' }),
    caller: t.field({ type: 'JSON', description: 'Source location, if the robot sent one.', resolve: (e) => (e.caller ? fromStruct(e.caller) : null) }),
    stack: t.exposeString('stack', { description: 'Stack trace, if any.' }),
    fields: t.field({ type: ['JSON'], description: 'Structured fields.', resolve: (e) => e.fields.map((f) => fromStruct(f)) }),
  }),
});

const LogEntryEdgeRef = builder.objectRef<{ node: LogEntry__Output; cursor: string | null }>('LogEntryEdge');
const PageInfoRef = builder.objectRef<LogPage>('LogPageInfo');
const LogEntryConnectionRef = builder.objectRef<LogPage>('LogEntryConnection');

LogEntryEdgeRef.implement({
  description: 'A log entry in a page.',
  fields: (t) => ({
    node: t.field({ type: LogEntryRef, nullable: false, description: 'The entry.', resolve: (e) => e.node }),
    cursor: t.exposeString('cursor', {
      description: 'Set on the last edge of a page only: upstream pages by opaque token, so that is the one place a page can resume from.',
    }),
  }),
});

PageInfoRef.implement({
  description: 'Where the next page starts.',
  fields: (t) => ({
    hasNextPage: t.boolean({ nullable: false, description: 'Whether older entries remain.', resolve: (p) => p.nextPageToken !== '' }),
    endCursor: t.string({ description: 'Pass as `after` to get the next (older) page.', resolve: (p) => p.nextPageToken || null }),
  }),
});

LogEntryConnectionRef.implement({
  description: 'A page of log entries, newest first.',
  fields: (t) => ({
    edges: t.field({
      type: [LogEntryEdgeRef],
      nullable: false,
      description: 'Entries of this page with cursors.',
      resolve: logPageEdges,
    }),
    nodes: t.field({ type: [LogEntryRef], nullable: false, description: 'Entries of this page.', resolve: (p) => p.logs }),
    pageInfo: t.field({ type: PageInfoRef, nullable: false, description: 'Paging information.', resolve: (p) => p }),
  }),
});

builder.objectField(RobotPartRef, 'logs', (t) =>
  t.field({
    type: LogEntryConnectionRef,
    description: 'Logs of the part, newest first, one page per call (GetRobotPartLogs).',
    args: {
      filter: t.arg.string({ description: 'Only entries whose message contains this text (case-insensitive).' }),
      levels: t.arg.stringList({ description: 'Only these levels (debug, info, warn, error, fatal).' }),
      errorsOnly: t.arg.boolean({ defaultValue: false, description: 'Only errors (error and fatal).' }),
      start: t.arg({ type: 'DateTime', description: 'Only entries logged at or after this time.' }),
      end: t.arg({ type: 'DateTime', description: 'Only entries logged before this time (exclusive).' }),
      source: t.arg.string({ description: 'Only entries of this logger and the loggers below it (e.g. "rdk.modmanager").' }),
      userFacingOnly: t.arg.boolean({ description: 'Only entries meant for users (the embedded fleet server leaves out debug entries).' }),
      first: t.arg.int({ defaultValue: DEFAULT_LOG_PAGE, description: `Page size, 1 to ${MAX_LOG_PAGE}.` }),
      after: t.arg.string({ description: 'endCursor of the previous page.' }),
    },
    resolve: partLogs,
  }),
);
