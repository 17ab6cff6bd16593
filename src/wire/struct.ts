/**
 * google.protobuf.Struct / Value / Timestamp as proto-loader represents them (with `oneofs: true`),
 * converted exactly to and from plain JSON values and Dates.
 */
import type { Struct, Struct__Output } from '../generated/google/protobuf/Struct.ts';
import type { Value, Value__Output } from '../generated/google/protobuf/Value.ts';
import type { Timestamp, Timestamp__Output } from '../generated/google/protobuf/Timestamp.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * How deeply JSON sent as a Struct may nest. protobuf decoders stop at 100 nested messages and
 * each JSON level costs two (Value, Struct), plus the messages around a config in responses
 * (a part in its history, a component in RobotConfig): 32 levels leave room for all of them.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Largest JSON argument (a part config, fragment config, ...) in bytes of JSON, measured after
 * variables are put in: a literal may name one variable many times, and each use counts in full,
 * since that is what is sent upstream. As large as the gateway's default variables limit.
 */
export const MAX_JSON_ARGUMENT_BYTES = 512 * 1024;

/** Thrown by fromStruct when the input nests deeper than the depth it was given. */
export class JsonDepthError extends Error {
  constructor() {
    super('JSON is nested too deeply');
    this.name = 'JsonDepthError';
  }
}

/** Whether a plain JSON value nests deeper than `limit` levels (iterative: any depth is safe). */
export function jsonDepthExceeds(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The size of a plain JSON value written as JSON, in bytes, counting no further than just past
 * `stopAfter` (iterative: any depth and any sharing of one value in many places is safe).
 */
export function jsonBytesUpTo(value: unknown, stopAfter: number): number {
  let bytes = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && bytes <= stopAfter) {
    const current = stack.pop();
    if (typeof current === 'string') bytes += Buffer.byteLength(current) + 2;
    else if (current === null || typeof current !== 'object') bytes += String(current).length;
    else if (Array.isArray(current)) {
      bytes += 2 + current.length;
      for (const child of current) stack.push(child);
    } else {
      bytes += 2;
      for (const [key, child] of Object.entries(current)) {
        bytes += Buffer.byteLength(key) + 4;
        stack.push(child);
      }
    }
  }
  return bytes;
}

export function toValue(value: JsonValue): Value {
  if (value === null) return { nullValue: 'NULL_VALUE' };
  if (typeof value === 'boolean') return { boolValue: value };
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'string') return { stringValue: value };
  if (Array.isArray(value)) return { listValue: { values: value.map(toValue) } };
  return { structValue: toStruct(value) };
}

export function toStruct(object: JsonObject): Struct {
  const fields: Record<string, Value> = {};
  for (const [key, value] of Object.entries(object)) fields[key] = toValue(value);
  return { fields };
}

/** A Value as JSON; deeper than `maxDepth` levels of lists and objects throws JsonDepthError. */
export function fromValue(value: Value__Output | Value | null | undefined, maxDepth = Infinity): JsonValue {
  if (!value) return null;
  const kind = (value as Value__Output).kind ?? firstKind(value);
  switch (kind) {
    case 'boolValue':
      return Boolean(value.boolValue);
    case 'numberValue':
      return Number(value.numberValue);
    case 'stringValue':
      return String(value.stringValue);
    case 'listValue':
      if (maxDepth < 1) throw new JsonDepthError();
      return (value.listValue?.values ?? []).map((v) => fromValue(v, maxDepth - 1));
    case 'structValue':
      return fromStruct(value.structValue, maxDepth);
    default:
      return null;
  }
}

function firstKind(value: Value): string | undefined {
  return (['nullValue', 'boolValue', 'numberValue', 'stringValue', 'listValue', 'structValue'] as const).find(
    (k) => value[k] !== undefined && value[k] !== null,
  );
}

/** A Struct as a JSON object; nesting deeper than `maxDepth` levels (the Struct itself is one) throws JsonDepthError. */
export function fromStruct(struct: Struct__Output | Struct | null | undefined, maxDepth = Infinity): JsonObject {
  if (maxDepth < 1) throw new JsonDepthError();
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(struct?.fields ?? {})) {
    // Assigning "__proto__" would set the prototype and drop the key: define it as an own key instead.
    Object.defineProperty(out, key, { value: fromValue(value, maxDepth - 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function toTimestamp(date: Date | number): Timestamp {
  const ms = typeof date === 'number' ? date : date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1_000_000 };
}

export function fromTimestamp(ts: Timestamp__Output | Timestamp | null | undefined): Date | null {
  if (!ts) return null;
  return new Date(Number(ts.seconds ?? 0) * 1000 + Math.floor(Number(ts.nanos ?? 0) / 1_000_000));
}

/**
 * The key JSON input may not use: "__proto__" turns into a prototype, not a key, wherever a
 * JavaScript object is built by assignment, so it could never come back as it was sent.
 */
export const REFUSED_JSON_KEY = '__proto__';

/** Where the first own "__proto__" key sits in a JSON value (a path such as `a.list[2].__proto__`), or null. */
export function refusedKeyPath(root: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((child, i) => stack.push({ value: child, path: `${path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === REFUSED_JSON_KEY) return childPath;
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath });
    }
  }
  return null;
}
