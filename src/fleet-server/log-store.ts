/**
 * Stored robot log entries: what `RobotService/Log` writes and the log RPCs read.
 * Holds the storage, the row ↔ `viam.common.v1.LogEntry` conversion, and the one definition of
 * which entries a log query selects, used both as SQL (GetRobotPartLogs) and as a predicate on
 * freshly stored entries (TailRobotPartLogs), so the two paths cannot disagree.
 */
import type { Db } from './db.ts';
import type { LogEntry, LogEntry__Output } from '../generated/viam/common/v1/LogEntry.ts';
import type { Timestamp__Output } from '../generated/google/protobuf/Timestamp.ts';
import { invalidArgument } from './errors.ts';
import { toStruct, type JsonObject } from '../wire/struct.ts';
import { requireStruct } from './validate.ts';
import { LOG_ENTRY_LIMITS, requireLogTextWithin, withinEntryLimits } from './log-limits.ts';

/**
 * A row of the `logs` table. `seq` orders entries of all parts and never repeats.
 * The entry's time is `time_ms` (ms since the epoch) plus `time_nanos`, the nanoseconds below
 * that millisecond (0..999,999), so a Timestamp round-trips exactly.
 */
export interface StoredLogEntry {
  seq: number;
  part_id: string;
  time_ms: number;
  time_nanos: number;
  level: string;
  logger_name: string;
  message: string;
  host: string;
  caller: string | null;
  stack: string;
  fields: string;
}

/** The levels a robot may log with (viam-server's zap levels), lowest first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/**
 * What `errors_only` keeps. Viam documents it as "error-level logs only"; we read that as
 * error-level or worse, so a fatal entry is never hidden from an errors-only view.
 */
export const ERROR_LEVELS: readonly LogLevel[] = ['error', 'fatal'];

export { MAX_ENTRIES_PER_LOG_CALL } from './log-limits.ts';

// google.protobuf.Timestamp's valid range: 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59Z.
const MIN_TIMESTAMP_SECONDS = -62_135_596_800;
const MAX_TIMESTAMP_SECONDS = 253_402_300_799;

/** An entry's time as stored: whole milliseconds and the nanoseconds below them. */
export interface LogTime {
  ms: number;
  nanos: number;
}

/** A Timestamp as a LogTime; out-of-range values are INVALID_ARGUMENT naming `field`. */
export function logTimeFromTimestamp(field: string, ts: Timestamp__Output): LogTime {
  const seconds = Number(ts.seconds ?? 0);
  const nanos = Number(ts.nanos ?? 0);
  if (!Number.isInteger(seconds) || seconds < MIN_TIMESTAMP_SECONDS || seconds > MAX_TIMESTAMP_SECONDS) {
    throw invalidArgument(`${field}.seconds is out of range`);
  }
  if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999) {
    throw invalidArgument(`${field}.nanos must be between 0 and 999999999`);
  }
  return { ms: seconds * 1000 + Math.floor(nanos / 1_000_000), nanos: nanos % 1_000_000 };
}

/** An entry as the robot sent it, validated; `seq` is assigned when it is stored. */
export type NewLogEntry = Omit<StoredLogEntry, 'seq' | 'part_id'>;

function asLevel(field: string, value: string | undefined): LogLevel {
  const level = (value ?? '').trim().toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw invalidArgument(`${field} must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify((value ?? '').slice(0, 40))}`);
  }
  return level as LogLevel;
}

/**
 * Checks one entry of a `Log` request (`field` is e.g. `logs[3]`): a known level (any case,
 * stored lowercase), a non-empty message, a valid time (missing → `now`), every part within
 * LOG_ENTRY_LIMITS.
 */
export function newLogEntry(field: string, entry: LogEntry__Output, now: number): NewLogEntry {
  const l = LOG_ENTRY_LIMITS;
  const level = asLevel(`${field}.level`, entry.level);
  if (!entry.message) throw invalidArgument(`${field}.message is required`);
  const time = entry.time ? logTimeFromTimestamp(`${field}.time`, entry.time) : { ms: now, nanos: 0 };
  const fieldStructs = entry.fields ?? [];
  if (fieldStructs.length > l.fields) throw invalidArgument(`${field}.fields has ${fieldStructs.length} entries; the limit is ${l.fields} per log entry`);
  const caller = entry.caller ? JSON.stringify(requireStruct(`${field}.caller`, entry.caller)) : null;
  return {
    time_ms: time.ms,
    time_nanos: time.nanos,
    level,
    logger_name: requireLogTextWithin(`${field}.logger_name`, entry.logger_name ?? '', l.loggerNameBytes),
    message: requireLogTextWithin(`${field}.message`, entry.message, l.messageBytes),
    host: requireLogTextWithin(`${field}.host`, entry.host ?? '', l.hostBytes),
    caller: caller === null ? null : requireLogTextWithin(`${field}.caller`, caller, l.callerBytes),
    stack: requireLogTextWithin(`${field}.stack`, entry.stack ?? '', l.stackBytes),
    fields: requireLogTextWithin(`${field}.fields`, JSON.stringify(fieldStructs.map((f, i) => requireStruct(`${field}.fields[${i}]`, f))), l.fieldsBytes),
  };
}

/** A stored row as Viam's LogEntry message, within the entry limits whenever it was stored. */
export function logEntryMessage(stored: StoredLogEntry): LogEntry {
  const row = withinEntryLimits(stored);
  const seconds = Math.floor(row.time_ms / 1000);
  return {
    host: row.host,
    level: row.level,
    time: { seconds, nanos: (row.time_ms - seconds * 1000) * 1_000_000 + row.time_nanos },
    logger_name: row.logger_name,
    message: row.message,
    caller: row.caller === null ? null : toStruct(JSON.parse(row.caller) as JsonObject),
    stack: row.stack,
    fields: (JSON.parse(row.fields) as JsonObject[]).map(toStruct),
  };
}

/** Stores the entries of one part in the caller's transaction; returns them as stored rows. */
export function insertLogEntries(db: Db, partId: string, entries: NewLogEntry[]): StoredLogEntry[] {
  const insert = db.prepare(
    `INSERT INTO logs (part_id, time_ms, time_nanos, level, logger_name, message, host, caller, stack, fields)
     VALUES (@part_id, @time_ms, @time_nanos, @level, @logger_name, @message, @host, @caller, @stack, @fields)`,
  );
  return entries.map((entry) => {
    const row = { ...entry, part_id: partId };
    const { lastInsertRowid } = insert.run(row);
    return { ...row, seq: Number(lastInsertRowid) };
  });
}

// ---- Which entries a query selects -------------------------------------------------------

/** The selection of GetRobotPartLogs and TailRobotPartLogs, validated. */
export interface LogCriteria {
  /** Levels to keep (already narrowed by errors_only); null keeps all. */
  levels: readonly LogLevel[] | null;
  /** Substring of the message, compared case-insensitively; null keeps all. */
  filter: string | null;
  /** start ≤ time (inclusive). */
  start: LogTime | null;
  /** time < end (exclusive), so adjacent windows never share an entry. */
  end: LogTime | null;
  /** Logger name (`source`): that logger and the dotted loggers below it; null keeps all. */
  source?: string | null;
  /** `user_facing_only`: leave out debug entries, which are for developers. */
  userFacingOnly?: boolean;
}

export interface LogCriteriaInput {
  errors_only?: boolean;
  filter?: string;
  levels?: string[];
  start?: Timestamp__Output | null;
  end?: Timestamp__Output | null;
  source?: string;
  user_facing_only?: boolean;
}

/**
 * Builds the criteria from request fields. `levels` empty means all levels; `errors_only`
 * keeps only ERROR_LEVELS and, with `levels`, their intersection. Unknown levels and
 * out-of-range or reversed times are INVALID_ARGUMENT.
 */
export function logCriteria(input: LogCriteriaInput): LogCriteria {
  const requested = (input.levels ?? []).map((level, i) => asLevel(`levels[${i}]`, level));
  let levels: LogLevel[] | null = requested.length > 0 ? [...new Set(requested)] : null;
  if (input.errors_only) levels = (levels ?? [...LOG_LEVELS]).filter((level) => ERROR_LEVELS.includes(level));
  const start = input.start ? logTimeFromTimestamp('start', input.start) : null;
  const end = input.end ? logTimeFromTimestamp('end', input.end) : null;
  if (start && end && compareTime(end, start) < 0) throw invalidArgument('end must not be before start');
  return { levels, filter: input.filter ? input.filter : null, start, end, source: input.source ? input.source : null, userFacingOnly: input.user_facing_only === true };
}

const compareTime = (a: LogTime, b: LogTime) => a.ms - b.ms || a.nanos - b.nanos;
const timeOf = (row: StoredLogEntry): LogTime => ({ ms: row.time_ms, nanos: row.time_nanos });

/** The case-insensitive substring test, used by the predicate and (as an SQL function) by queries. */
function messageContains(message: string, filter: string): boolean {
  return message.toLowerCase().includes(filter.toLowerCase());
}
const CONTAINS_SQL_FUNCTION = 'fleet_log_message_contains';

type SqlParam = string | number;
/** One condition of the criteria, as SQL over the `logs` table and as a test of a row. */
interface Clause {
  sql: string;
  params: SqlParam[];
  test: (row: StoredLogEntry) => boolean;
}

function clauses(criteria: LogCriteria): Clause[] {
  const out: Clause[] = [];
  const { levels, filter, start, end, source, userFacingOnly } = criteria;
  if (levels) {
    out.push({
      sql: levels.length ? `level IN (${levels.map(() => '?').join(', ')})` : '0',
      params: [...levels],
      test: (row) => (levels as readonly string[]).includes(row.level),
    });
  }
  if (filter !== null) {
    out.push({ sql: `${CONTAINS_SQL_FUNCTION}(message, ?)`, params: [filter], test: (row) => messageContains(row.message, filter) });
  }
  if (start) {
    out.push({
      sql: '(time_ms > ? OR (time_ms = ? AND time_nanos >= ?))',
      params: [start.ms, start.ms, start.nanos],
      test: (row) => compareTime(timeOf(row), start) >= 0,
    });
  }
  if (end) {
    out.push({
      sql: '(time_ms < ? OR (time_ms = ? AND time_nanos < ?))',
      params: [end.ms, end.ms, end.nanos],
      test: (row) => compareTime(timeOf(row), end) < 0,
    });
  }
  if (source) {
    out.push({
      sql: '(logger_name = ? OR substr(logger_name, 1, ?) = ?)',
      params: [source, source.length + 1, `${source}.`],
      test: (row) => row.logger_name === source || row.logger_name.startsWith(`${source}.`),
    });
  }
  if (userFacingOnly) out.push({ sql: "level != 'debug'", params: [], test: (row) => row.level !== 'debug' });
  return out;
}

/** The criteria as a test of one stored entry (the live tail path). */
export function logPredicate(criteria: LogCriteria): (row: StoredLogEntry) => boolean {
  const tests = clauses(criteria).map((c) => c.test);
  return (row) => tests.every((test) => test(row));
}

const withContainsFunction = new WeakSet<Db>();
function ensureContainsFunction(db: Db): void {
  if (withContainsFunction.has(db)) return;
  db.function(CONTAINS_SQL_FUNCTION, { deterministic: true }, (message: unknown, filter: unknown) =>
    messageContains(String(message), String(filter)) ? 1 : 0,
  );
  withContainsFunction.add(db);
}

/**
 * The columns of a row as read: texts cut in SQL to one character more than their limit has
 * bytes (withinEntryLimits then cuts them to bytes, with a marker), oversized JSON replaced, so reading
 * entries stored before the limits never loads megabytes per row.
 */
const cut = (column: string, limit: number) => `substr(${column}, 1, ${limit + 1}) AS ${column}`;
const BOUNDED_COLUMNS = [
  'seq',
  'part_id',
  'time_ms',
  'time_nanos',
  'level',
  cut('logger_name', LOG_ENTRY_LIMITS.loggerNameBytes),
  cut('message', LOG_ENTRY_LIMITS.messageBytes),
  cut('host', LOG_ENTRY_LIMITS.hostBytes),
  `CASE WHEN length(CAST(caller AS BLOB)) > ${LOG_ENTRY_LIMITS.callerBytes} THEN '{"truncated":"caller exceeded ${LOG_ENTRY_LIMITS.callerBytes} bytes"}' ELSE caller END AS caller`,
  cut('stack', LOG_ENTRY_LIMITS.stackBytes),
  `CASE WHEN length(CAST(fields AS BLOB)) > ${LOG_ENTRY_LIMITS.fieldsBytes} THEN '[{"truncated":"fields exceeded ${LOG_ENTRY_LIMITS.fieldsBytes} bytes"}]' ELSE fields END AS fields`,
].join(', ');

/**
 * A page of a part's entries matching the criteria, newest (highest seq) first, only entries
 * stored before `beforeSeq` when given. Returns up to `limit` rows.
 */
export function queryLogEntries(
  db: Db,
  partId: string,
  criteria: LogCriteria,
  page: { beforeSeq: number | null; limit: number },
): StoredLogEntry[] {
  ensureContainsFunction(db);
  const conditions = clauses(criteria);
  const where = ['part_id = ?', ...(page.beforeSeq === null ? [] : ['seq < ?']), ...conditions.map((c) => c.sql)];
  const params: SqlParam[] = [partId, ...(page.beforeSeq === null ? [] : [page.beforeSeq]), ...conditions.flatMap((c) => c.params)];
  return db
    .prepare(`SELECT ${BOUNDED_COLUMNS} FROM logs WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`)
    .all(...params, page.limit) as StoredLogEntry[];
}

// ---- Page tokens --------------------------------------------------------------------------

const TOKEN_PREFIX = 'logs1:';

/** The opaque token for "entries stored before this one". */
export function encodeLogPageToken(seq: number): string {
  return Buffer.from(`${TOKEN_PREFIX}${seq}`).toString('base64url');
}

/** The seq a page token points below; anything we did not issue is INVALID_ARGUMENT. */
export function decodeLogPageToken(token: string): number {
  const text = /^[A-Za-z0-9_-]+$/.test(token) ? Buffer.from(token, 'base64url').toString() : '';
  const digits = text.startsWith(TOKEN_PREFIX) ? text.slice(TOKEN_PREFIX.length) : '';
  const seq = /^[1-9][0-9]{0,15}$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(seq)) throw invalidArgument('page_token is not a token returned by GetRobotPartLogs');
  return seq;
}
