/**
 * Ids for objects the upstream names by a natural key instead of an id of their own (a fragment
 * and one of its revisions, an organization and a member's user id, ...). Each part of the key is
 * URI-encoded and the parts are joined with ":", so an id is stable (the same object gives the same
 * id from every call) and two objects of one type share an id only when their keys are equal:
 * what a normalized client cache (Apollo, urql graphcache) needs. Clients treat them as opaque.
 */
import { createHash } from 'node:crypto';
import type { Timestamp__Output } from '../generated/google/protobuf/Timestamp.ts';

export function compositeId(...parts: (string | number)[]): string {
  return parts.map((part) => encodeURIComponent(String(part))).join(':');
}

/** A timestamp as one key part, to the nanosecond. */
export function timeKey(time: Timestamp__Output | null | undefined): string {
  return time ? `${time.seconds}.${String(time.nanos).padStart(9, '0')}` : '';
}

/** A short digest of key parts that are too long or too private to put in an id as they are. */
export function keyDigest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('base64url').slice(0, 16);
}
