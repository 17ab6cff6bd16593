/** Input checks shared by the RPC handlers; each failure names the request field. */
import { invalidArgument } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAME_MAX = 200;

export function requireId(field: string, value: string | undefined | null): string {
  if (!value) throw invalidArgument(`${field} is required`);
  if (!UUID.test(value)) throw invalidArgument(`${field} must be a UUID, got ${JSON.stringify(value.slice(0, 64))}`);
  return value.toLowerCase();
}

export function optionalId(field: string, value: string | undefined | null): string | null {
  return value ? requireId(field, value) : null;
}

/** Names: non-empty after trimming, at most 200 characters, no control characters. */
export function requireName(field: string, value: string | undefined | null): string {
  const name = (value ?? '').trim();
  if (!name) throw invalidArgument(`${field} must not be empty`);
  if (name.length > NAME_MAX) throw invalidArgument(`${field} must be at most ${NAME_MAX} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw invalidArgument(`${field} must not contain control characters`);
  return name;
}

/** Viam's rule for public namespaces: lowercase letters, digits and dashes, starting with a letter. */
export function isValidNamespace(namespace: string): boolean {
  return /^[a-z][a-z0-9-]{0,62}$/.test(namespace) && !namespace.endsWith('-');
}

export function requireNamespace(field: string, value: string | undefined | null): string {
  const namespace = value ?? '';
  if (!isValidNamespace(namespace)) {
    throw invalidArgument(`${field} must be lowercase letters, digits and dashes, starting with a letter`);
  }
  return namespace;
}
