/**
 * How big an execution result would be as JSON, measured on the result itself before anything
 * serialises it: the cost limit prices fields, not bytes, and one aliased string field repeated
 * thirty times over a page of large log entries makes a response of hundreds of megabytes from
 * data the gateway holds once. The walk is iterative and stops just past the limit, so measuring
 * a huge result costs no more than measuring one at the limit.
 */
import type { ExecutionResult } from 'graphql';

/** The size of `result`'s data and errors as JSON, in bytes, counting no further than just past `stopAfter`. */
export function responseBytesUpTo(result: ExecutionResult, stopAfter: number): number {
  let bytes = 0;
  // A later payload of @defer/@stream carries its data under `incremental` (with paths, items and errors).
  const incremental = (result as { incremental?: unknown }).incremental ?? null;
  const pending: unknown[] = [result.data ?? null, result.errors?.map((error) => error.message) ?? null, result.extensions ?? null, incremental];
  while (pending.length > 0 && bytes <= stopAfter) {
    const value = pending.pop();
    if (typeof value === 'string') bytes += Buffer.byteLength(value) + 2;
    else if (value === null || value === undefined || typeof value !== 'object') bytes += String(value).length;
    else if (Array.isArray(value)) {
      bytes += 2 + value.length;
      for (const item of value) pending.push(item);
    } else if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      // A Date and the like: what JSON.stringify writes.
      const json = (value as { toJSON(): unknown }).toJSON();
      if (json === value) bytes += 2;
      else pending.push(json);
    } else {
      bytes += 2;
      for (const key in value) {
        bytes += Buffer.byteLength(key) + 4;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return bytes;
}
