/**
 * google.protobuf.Struct / Value / Timestamp as proto-loader represents them (with `oneofs: true`),
 * converted exactly to and from plain JSON values and Dates.
 */
import type { Struct, Struct__Output } from '../generated/google/protobuf/Struct.ts';
import type { Value, Value__Output } from '../generated/google/protobuf/Value.ts';
import type { Timestamp, Timestamp__Output } from '../generated/google/protobuf/Timestamp.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

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

export function fromValue(value: Value__Output | Value | null | undefined): JsonValue {
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
      return (value.listValue?.values ?? []).map((v) => fromValue(v));
    case 'structValue':
      return fromStruct(value.structValue);
    default:
      return null;
  }
}

function firstKind(value: Value): string | undefined {
  return (['nullValue', 'boolValue', 'numberValue', 'stringValue', 'listValue', 'structValue'] as const).find(
    (k) => value[k] !== undefined && value[k] !== null,
  );
}

export function fromStruct(struct: Struct__Output | Struct | null | undefined): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(struct?.fields ?? {})) out[key] = fromValue(value);
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
