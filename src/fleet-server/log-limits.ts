/**
 * Bounds on robot logs: how big one entry may be when a robot sends it, how much a part may keep
 * (its quota: the oldest entries make room for new ones), how long entries are kept (retention),
 * and how much one log response may carry, so a page or a tail batch always fits a gRPC message
 * whatever was stored before these limits existed.
 */
import type { Db } from './db.ts';
import { invalidArgument, resourceExhausted } from './errors.ts';

/** Per-entry limits, in UTF-8 bytes; a robot's entry over one of them is refused (INVALID_ARGUMENT). */
export const LOG_ENTRY_LIMITS = {
  messageBytes: 16 * 1024,
  stackBytes: 16 * 1024,
  loggerNameBytes: 256,
  hostBytes: 256,
  /** The caller Struct as JSON. */
  callerBytes: 1024,
  /** The fields Structs as one JSON array. */
  fieldsBytes: 16 * 1024,
  fields: 64,
} as const;

/** Most entries one `RobotService/Log` call may carry. */
export const MAX_ENTRIES_PER_LOG_CALL = 1000;

/** What a part may keep; past it the oldest entries are dropped to make room. */
export interface LogQuota {
  entries: number;
  bytes: number;
}
export const DEFAULT_LOG_QUOTA: LogQuota = { entries: 100_000, bytes: 64 * 1024 * 1024 };
/** Dropping goes down to this share of the quota, so a part at its quota is not pruned on every call. */
const QUOTA_LOW_WATER = 0.9;

export const DEFAULT_LOG_RETENTION_MS = 30 * 24 * 3600 * 1000;
/** Retention runs at most this often (and at least every tenth of the retention). */
const MAX_PRUNE_INTERVAL_MS = 3600 * 1000;
/** Rows one retention step deletes, so a large backlog never blocks the server for long. */
const PRUNE_BATCH_ROWS = 5000;

/**
 * Bytes one GetRobotPartLogs page or one TailRobotPartLogs message may carry. Well under the
 * 4 MiB every gRPC client accepts by default; a page always holds at least one entry.
 */
export const MAX_LOG_RESPONSE_BYTES = 4 * 1024 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Refuses `value` (INVALID_ARGUMENT naming `field` and the limit) when it is longer than `limit` bytes. */
export function requireLogTextWithin(field: string, value: string, limit: number): string {
  const size = bytes(value);
  if (size > limit) throw invalidArgument(`${field} is ${size} bytes; the limit is ${limit} bytes per log entry`);
  return value;
}

/** The stored size of an entry, in SQL over a `logs` row and in JS over the same columns. */
export const LOG_ROW_BYTES_SQL =
  "(64 + length(CAST(message AS BLOB)) + length(CAST(stack AS BLOB)) + length(CAST(fields AS BLOB)) + coalesce(length(CAST(caller AS BLOB)), 0) + length(CAST(logger_name AS BLOB)) + length(CAST(host AS BLOB)))";

export interface SizedLogRow {
  message: string;
  stack: string;
  fields: string;
  caller: string | null;
  logger_name: string;
  host: string;
}
export const logRowBytes = (row: SizedLogRow) =>
  64 + bytes(row.message) + bytes(row.stack) + bytes(row.fields) + (row.caller === null ? 0 : bytes(row.caller)) + bytes(row.logger_name) + bytes(row.host);

/**
 * Per-part usage (entries, bytes), kept by triggers so quota checks never scan a part's logs.
 * Created next to the `logs` table; an existing database is counted once when the table appears.
 */
export function ensureLogUsage(db: Db): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'log_usage'").get() !== undefined;
  db.exec(`
    CREATE TABLE IF NOT EXISTS log_usage (
      part_id TEXT PRIMARY KEY REFERENCES robot_parts(id) ON DELETE CASCADE,
      entries INTEGER NOT NULL DEFAULT 0,
      bytes INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS logs_by_time ON logs(time_ms);
    CREATE TRIGGER IF NOT EXISTS log_usage_insert AFTER INSERT ON logs BEGIN
      INSERT INTO log_usage (part_id, entries, bytes) VALUES (NEW.part_id, 1, ${LOG_ROW_BYTES_SQL.replace(/(message|stack|fields|caller|logger_name|host)/g, 'NEW.$1')})
        ON CONFLICT (part_id) DO UPDATE SET entries = entries + 1, bytes = bytes + excluded.bytes;
    END;
    CREATE TRIGGER IF NOT EXISTS log_usage_delete AFTER DELETE ON logs BEGIN
      UPDATE log_usage SET entries = entries - 1, bytes = bytes - ${LOG_ROW_BYTES_SQL.replace(/(message|stack|fields|caller|logger_name|host)/g, 'OLD.$1')}
        WHERE part_id = OLD.part_id;
    END;
  `);
  if (!exists) {
    db.exec(`INSERT OR REPLACE INTO log_usage (part_id, entries, bytes)
               SELECT part_id, count(*), sum(${LOG_ROW_BYTES_SQL}) FROM logs GROUP BY part_id`);
  }
}

export function logUsage(db: Db, partId: string): LogQuota {
  return (db.prepare('SELECT entries, bytes FROM log_usage WHERE part_id = ?').get(partId) as LogQuota | undefined) ?? { entries: 0, bytes: 0 };
}

/** Refuses a batch that alone is larger than the part's quota: storing it would drop everything else and still not fit. */
export function requireBatchWithinQuota(quota: LogQuota, entries: number, batchBytes: number): void {
  if (entries > quota.entries) throw resourceExhausted(`the batch has ${entries} entries; a part keeps at most ${quota.entries} log entries`);
  if (batchBytes > quota.bytes) throw resourceExhausted(`the batch is ${batchBytes} bytes; a part keeps at most ${quota.bytes} bytes of logs`);
}

/**
 * Drops a part's oldest entries when it is over its quota, down to 90% of it. Returns how many
 * were dropped. Runs in the Log call's transaction, right after the insert.
 */
export function enforceLogQuota(db: Db, partId: string, quota: LogQuota): number {
  const usage = logUsage(db, partId);
  if (usage.entries <= quota.entries && usage.bytes <= quota.bytes) return 0;
  const dropEntries = Math.max(0, usage.entries - Math.floor(quota.entries * QUOTA_LOW_WATER));
  const dropBytes = Math.max(0, usage.bytes - Math.floor(quota.bytes * QUOTA_LOW_WATER));
  const oldest = db.prepare(`SELECT seq, ${LOG_ROW_BYTES_SQL} AS size FROM logs WHERE part_id = ? ORDER BY seq`).iterate(partId) as IterableIterator<{
    seq: number;
    size: number;
  }>;
  let count = 0;
  let freed = 0;
  let lastSeq = -1;
  for (const row of oldest) {
    if (count >= dropEntries && freed >= dropBytes) break;
    count += 1;
    freed += row.size;
    lastSeq = row.seq;
  }
  if (lastSeq < 0) return 0;
  return db.prepare('DELETE FROM logs WHERE part_id = ? AND seq <= ?').run(partId, lastSeq).changes;
}

/** Deletes up to one batch of entries older than the retention; returns how many. */
export function pruneExpiredLogs(db: Db, retentionMs: number, now = Date.now()): number {
  return db
    .prepare('DELETE FROM logs WHERE seq IN (SELECT seq FROM logs WHERE time_ms < ? LIMIT ?)')
    .run(now - retentionMs, PRUNE_BATCH_ROWS).changes;
}

/**
 * Applies the retention now and then every `min(retention / 10, 1 h)`, one batch per tick of the
 * event loop until the backlog is gone. Returns the function that stops it.
 */
export function scheduleLogRetention(db: Db, retentionMs: number, log: (message: string) => void): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const intervalMs = Math.max(1000, Math.min(MAX_PRUNE_INTERVAL_MS, Math.floor(retentionMs / 10)));
  const run = () => {
    if (stopped) return;
    try {
      const dropped = pruneExpiredLogs(db, retentionMs);
      if (dropped === PRUNE_BATCH_ROWS) {
        timer = setTimeout(run, 0);
        return;
      }
    } catch (error) {
      log(`log retention failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    timer = setTimeout(run, intervalMs);
    timer.unref();
  };
  run();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

// ---- Reading: every response within MAX_LOG_RESPONSE_BYTES --------------------------------

const TRUNCATED = ' …[truncated by the fleet server]';

/** `text` cut to at most `limit` UTF-8 bytes (marker included) when longer. */
export function truncateBytes(text: string, limit: number): string {
  if (bytes(text) <= limit) return text;
  const budget = limit - bytes(TRUNCATED);
  let cut = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
  // A multi-byte character cut in half decodes to U+FFFD; drop it.
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return cut + TRUNCATED;
}

/**
 * A stored row brought within the entry limits, for entries stored before the limits existed:
 * long texts are cut with a marker, oversized caller or fields are replaced by a note.
 */
export function withinEntryLimits<T extends SizedLogRow>(row: T): T {
  const l = LOG_ENTRY_LIMITS;
  return {
    ...row,
    message: truncateBytes(row.message, l.messageBytes),
    stack: truncateBytes(row.stack, l.stackBytes),
    logger_name: truncateBytes(row.logger_name, l.loggerNameBytes),
    host: truncateBytes(row.host, l.hostBytes),
    caller: row.caller !== null && bytes(row.caller) > l.callerBytes ? JSON.stringify({ truncated: `caller exceeded ${l.callerBytes} bytes` }) : row.caller,
    fields: bytes(row.fields) > l.fieldsBytes ? JSON.stringify([{ truncated: `fields exceeded ${l.fieldsBytes} bytes` }]) : row.fields,
  };
}

/** Splits rows (already within the entry limits) into runs that each fit one response. */
export function chunkByResponseBytes<T extends SizedLogRow>(rows: T[], budget = MAX_LOG_RESPONSE_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    const rowSize = logRowBytes(row);
    if (current.length > 0 && size + rowSize > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += rowSize;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
