/** Robot logs: LogEntry, and RobotPart.logs as a Relay-style connection over upstream page tokens. */
import { builder } from './builder.ts';
import { LogEntryRef, RobotPartRef, RobotRef } from './refs.ts';
import { fromStruct, fromTimestamp } from '../wire/struct.ts';
import { DEFAULT_LOG_PAGE, MAX_LOG_PAGE, logEntryIdOf, logEntryRobotId, logPageEdges, partLogs, type LogPage } from '../resolvers/logs.ts';
import type { PartLogEntry } from '../upstream/log-entries.ts';

LogEntryRef.implement({
  description: 'One log line of a robot part.',
  fields: (t) => ({
    id: t.id({
      nullable: false,
      description:
        'Stable id of the entry: the same from `logs`, from a subscription and after a reconnect (upstream entries have none; it is made of the part, the time and a digest of level, logger and message).',
      resolve: logEntryIdOf,
    }),
    partId: t.id({ nullable: false, description: 'The part that logged it.', resolve: (e) => e.partId }),
    part: t.field({ type: RobotPartRef, description: 'The part that logged it.', resolve: (e) => e.partId }),
    robotId: t.id({ nullable: false, description: "The robot of the part that logged it.", resolve: (e, _args, ctx) => logEntryRobotId(e, RobotPartRef.getDataloader(ctx)) }),
    robot: t.field({ type: RobotRef, description: 'The robot of the part that logged it.', resolve: (e, _args, ctx) => logEntryRobotId(e, RobotPartRef.getDataloader(ctx)) }),
    time: t.field({ type: 'DateTime', description: 'When the robot logged it.', resolve: (e) => fromTimestamp(e.entry.time) }),
    level: t.string({ nullable: false, description: 'debug, info, warn, error or fatal.', resolve: (e) => e.entry.level }),
    message: t.string({ nullable: false, description: 'The message.', resolve: (e) => e.entry.message }),
    loggerName: t.string({ description: 'Name of the logger.', resolve: (e) => e.entry.logger_name }),
    host: t.string({ description: 'Host that logged it.', resolve: (e) => e.entry.host }),
    caller: t.field({ type: 'JSON', description: 'Source location, if the robot sent one.', resolve: (e) => (e.entry.caller ? fromStruct(e.entry.caller) : null) }),
    stack: t.string({ description: 'Stack trace, if any.', resolve: (e) => e.entry.stack }),
    fields: t.field({ type: ['JSON'], description: 'Structured fields.', resolve: (e) => e.entry.fields.map((f) => fromStruct(f)) }),
  }),
});

const LogEntryEdgeRef = builder.objectRef<{ node: PartLogEntry; cursor: string | null }>('LogEntryEdge');
const PageInfoRef = builder.objectRef<LogPage>('LogPageInfo');
const LogEntryConnectionRef = builder.objectRef<LogPage>('LogEntryConnection');

LogEntryEdgeRef.implement({
  description: 'A value without identity: a log entry in a page, with its cursor.',
  fields: (t) => ({
    node: t.field({ type: LogEntryRef, nullable: false, description: 'The entry.', resolve: (e) => e.node }),
    cursor: t.exposeString('cursor', {
      description: 'Set on the last edge of a page only: upstream pages by opaque token, so that is the one place a page can resume from.',
    }),
  }),
});

PageInfoRef.implement({
  description: 'A value without identity: where the next page of logs starts.',
  fields: (t) => ({
    hasNextPage: t.boolean({ nullable: false, description: 'Whether older entries remain.', resolve: (p) => p.nextPageToken !== '' }),
    endCursor: t.string({ description: 'Pass as `after` to get the next (older) page.', resolve: (p) => p.nextPageToken || null }),
  }),
});

LogEntryConnectionRef.implement({
  description: 'A value without identity: a page of log entries, newest first.',
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
