/** Input checks shared by the RPC handlers; each failure names the request field. */
import { invalidArgument } from './errors.ts';
import { fromStruct, JsonDepthError, MAX_JSON_DEPTH, REFUSED_JSON_KEY, refusedKeyPath, type JsonObject } from '../wire/struct.ts';
import type { Struct__Output } from '../generated/google/protobuf/Struct.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const NAME_MAX = 200;

export function requireId(field: string, value: string | undefined | null): string {
  if (!value) throw invalidArgument(`${field} is required`);
  if (!UUID.test(value)) throw invalidArgument(`${field} must be a UUID, got ${JSON.stringify(value.slice(0, 64))}`);
  return value.toLowerCase();
}

export function optionalId(field: string, value: string | undefined | null): string | null {
  return value ? requireId(field, value) : null;
}

/** Refuses a string longer than `max` characters with INVALID_ARGUMENT naming the field and the limit. */
export function requireMaxLength(field: string, value: string, max: number): string {
  if (value.length > max) throw invalidArgument(`${field} is ${value.length} characters; the limit is ${max}`);
  return value;
}

/** Refuses a list with more than `max` items with INVALID_ARGUMENT naming the field and the limit. */
export function requireMaxItems<T>(field: string, list: T[], max: number): T[] {
  if (list.length > max) throw invalidArgument(`${field} has ${list.length} items; the limit is ${max}`);
  return list;
}

/** Names: non-empty after trimming, at most 200 characters, no control or invisible formatting characters. */
export function requireName(field: string, value: string | undefined | null): string {
  const name = (value ?? '').trim();
  if (!name) throw invalidArgument(`${field} must not be empty`);
  if (name.length > NAME_MAX) throw invalidArgument(`${field} must be at most ${NAME_MAX} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw invalidArgument(`${field} must not contain control characters`);
  // Invisible formatting (Unicode Cf: bidirectional overrides and isolates, zero-width characters) can disguise a name.
  const invisible = /\p{Cf}/u.exec(name);
  if (invisible) {
    const code = invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw invalidArgument(`${field} must not contain invisible formatting characters such as U+${code}`);
  }
  return name;
}

/** Viam's rule for public namespaces: lowercase letters, digits and dashes, starting with a letter. */
export function isValidNamespace(namespace: string): boolean {
  // Not shaped like an organization id: "<organization id>:<name>" ids must keep naming that organization.
  return /^[a-z][a-z0-9-]{0,62}$/.test(namespace) && !namespace.endsWith('-') && !UUID.test(namespace);
}

export function requireNamespace(field: string, value: string | undefined | null): string {
  const namespace = value ?? '';
  if (!isValidNamespace(namespace)) {
    throw invalidArgument(`${field} must be lowercase letters, digits and dashes, starting with a letter`);
  }
  return namespace;
}

/** A Struct from a request as JSON; nesting past MAX_JSON_DEPTH, or a "__proto__" key, is INVALID_ARGUMENT naming `field`. */
export function requireStruct(field: string, struct: Struct__Output | null | undefined): JsonObject {
  let json: JsonObject;
  try {
    json = fromStruct(struct, MAX_JSON_DEPTH);
  } catch (error) {
    if (error instanceof JsonDepthError) throw invalidArgument(`${field} is nested deeper than the limit of ${MAX_JSON_DEPTH} levels`);
    throw error;
  }
  const refused = refusedKeyPath(json);
  if (refused) throw invalidArgument(`${field}.${refused}: the key "${REFUSED_JSON_KEY}" is not accepted in JSON objects`);
  return json;
}

/**
 * The value of a proto enum field as requested: null when unset or `unspecified` (by name or as
 * 0), INVALID_ARGUMENT naming the field when it is not one of `known`.
 */
export function requestedEnum<T extends string>(
  field: string,
  value: string | number | undefined,
  enumeration: { unspecified: string; known: readonly T[]; what: string },
): T | null {
  if (value === undefined || value === 0 || value === enumeration.unspecified) return null;
  if (typeof value !== 'string' || !(enumeration.known as readonly string[]).includes(value)) {
    throw invalidArgument(`${field} is not a known ${enumeration.what}: ${String(value)}`);
  }
  return value as T;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Longest address SMTP carries (RFC 5321). */
export const EMAIL_MAX = 254;

/** An email address, trimmed and lowercased (Viam matches invites and users case-insensitively). */
export function requireEmail(field: string, value: string | undefined | null): string {
  const email = (value ?? '').trim().toLowerCase();
  if (!email) throw invalidArgument(`${field} is required`);
  if (email.length > EMAIL_MAX) throw invalidArgument(`${field} is ${email.length} characters; the limit is ${EMAIL_MAX}`);
  if (!EMAIL.test(email)) throw invalidArgument(`${field} must be an email address, got ${JSON.stringify(email.slice(0, 64))}`);
  return email;
}
