/**
 * What a shared log tail remembers about the entries it delivered, so that after a reconnect the
 * backfill (GetRobotPartLogs from the last delivered time on) and the new live stream add only
 * entries nobody has seen yet.
 *
 * An entry has no id upstream; its identity is time (with nanos) + level + logger + message.
 */
import type { LogEntry__Output } from '../generated/viam/common/v1/LogEntry.ts';
import type { Timestamp__Output } from '../generated/google/protobuf/Timestamp.ts';
import { createHash } from 'node:crypto';

export type LogEntry = LogEntry__Output;
export type LogTime = Timestamp__Output;

const ZERO_TIME: LogTime = { seconds: 0, nanos: 0 };

export function entryTime(entry: LogEntry): LogTime {
  return entry.time ?? ZERO_TIME;
}

export function compareLogTime(a: LogTime, b: LogTime): number {
  return Number(a.seconds) - Number(b.seconds) || a.nanos - b.nanos;
}

export function logTimeFromMs(ms: number): LogTime {
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1_000_000 };
}

export function entryIdentity(entry: LogEntry): string {
  const { seconds, nanos } = entryTime(entry);
  return `${seconds}.${nanos}\0${entry.level}\0${entry.logger_name}\0${entry.message}`;
}

/** A log entry and the part that logged it: what the graph's LogEntry is made from. */
export interface PartLogEntry {
  partId: string;
  entry: LogEntry;
  /** Its part's robot when the source knows it (fleetLogs does); else LogEntry.robotId loads the part. */
  robotId?: string;
}

export function partLogEntries(partId: string, entries: LogEntry[]): PartLogEntry[] {
  return entries.map((entry) => ({ partId, entry }));
}

/** What a LogEntry id says: the part, the entry's time and a digest of its identity. */
export interface LogEntryKey {
  partId: string;
  time: LogTime;
  digest: string;
}

function identityDigest(entry: LogEntry): string {
  return createHash('sha256').update(entryIdentity(entry)).digest('base64url').slice(0, 22);
}

/**
 * A stable id for an entry, the same whether it came from a page of `logs`, a subscription or a
 * backfill after a reconnect: upstream entries have no id, so it is made of the part, the entry's
 * time (which orders entries, so the id can also serve as a resume point) and a digest of its identity.
 */
export function logEntryId(partId: string, entry: LogEntry): string {
  const { seconds, nanos } = entryTime(entry);
  return Buffer.from(`log1\n${partId}\n${seconds}\n${nanos}\n${identityDigest(entry)}`).toString('base64url');
}

/** The key inside an id made by logEntryId, or null when it is not one. */
export function parseLogEntryId(id: string): LogEntryKey | null {
  const match = /^log1\n([^\n]+)\n(\d{1,15})\n(\d{1,9})\n([\w-]{22})$/.exec(Buffer.from(id, 'base64url').toString('utf8'));
  if (!match) return null;
  const [, partId, seconds, nanos, digest] = match as unknown as [string, string, string, string, string];
  return { partId, time: { seconds: Number(seconds), nanos: Number(nanos) }, digest };
}

/** Whether `entry` is the one `key` names (same time and identity; the part is the caller's to check). */
export function isEntryOf(key: LogEntryKey, entry: LogEntry): boolean {
  return compareLogTime(entryTime(entry), key.time) === 0 && identityDigest(entry) === key.digest;
}

/**
 * The newest time delivered so far and the identities delivered at exactly that time. A backfill
 * starting at `watermark` (inclusive upstream) returns those entries again; `isDelivered` drops them.
 *
 * Entries whose robot clock runs backwards (older than the watermark) and that were logged while
 * the stream was down are outside the backfill window; that is the limit of a time-based resume.
 */
export class DeliveryWatermark {
  private time: LogTime;
  private atTime = new Set<string>();
  /** A client's resume point not yet met in the backfill: entries at its time up to it were delivered. */
  private cursor: LogEntryKey | null = null;

  constructor(start: LogTime) {
    this.time = start;
  }

  /**
   * Where a client that last received the entry `key` names resumes: everything before that time,
   * and at that time everything up to and including that entry (the client got them in stored order).
   * `isDelivered` must then see the backfill oldest first.
   */
  static atCursor(key: LogEntryKey): DeliveryWatermark {
    const watermark = new DeliveryWatermark(key.time);
    watermark.cursor = key;
    return watermark;
  }

  get watermark(): LogTime {
    return this.time;
  }

  record(entry: LogEntry): void {
    const time = entryTime(entry);
    const order = compareLogTime(time, this.time);
    if (order > 0) {
      this.time = time;
      this.atTime = new Set([entryIdentity(entry)]);
      this.cursor = null;
    } else if (order === 0) {
      this.atTime.add(entryIdentity(entry));
    }
  }

  /** Whether a backfilled entry was already delivered (it sits on the boundary or before it). */
  isDelivered(entry: LogEntry): boolean {
    const order = compareLogTime(entryTime(entry), this.time);
    if (order !== 0) return order < 0;
    if (this.atTime.has(entryIdentity(entry))) return true;
    if (!this.cursor) return false;
    if (isEntryOf(this.cursor, entry)) this.cursor = null;
    return true;
  }
}

/**
 * After a reconnect the new live stream may repeat what the backfill already returned (entries
 * logged between opening the tail and reading the backfill). Upstream publishes batches in the
 * order it stores them, so the repeats are a prefix of the live stream: once a live batch brings
 * something new, the overlap is over.
 */
export class BackfillOverlap {
  private identities: Set<string> | null;

  constructor(backfilled: LogEntry[]) {
    this.identities = backfilled.length ? new Set(backfilled.map(entryIdentity)) : null;
  }

  /** The entries of a live batch that the backfill did not already deliver. */
  fresh(entries: LogEntry[]): LogEntry[] {
    if (!this.identities) return entries;
    const seen = this.identities;
    const fresh = entries.filter((entry) => !seen.has(entryIdentity(entry)));
    if (fresh.length > 0) this.identities = null;
    return fresh;
  }
}
