/**
 * Caller credentials: a bearer token passed through, or an API key pair exchanged for an access
 * token with AuthService/Authenticate. Exchanged tokens are cached by a hash of the key (never
 * the key itself) until shortly before they expire. When the upstream refuses credentials (an
 * exchange refused, a call answered UNAUTHENTICATED) the cache drops their token and emits
 * `refused` with their fingerprint, so whatever holds them open (graphql-ws sockets) can end.
 */
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import { GraphQLError } from 'graphql';
import type { UpstreamClient } from './client.ts';

export type Credentials = { kind: 'bearer'; token: string } | { kind: 'api-key'; keyId: string; key: string };

export const API_KEY_ID_HEADER = 'x-viam-api-key-id';
export const API_KEY_HEADER = 'x-viam-api-key';

/** Reads credentials from HTTP headers or graphql-ws connectionParams (same names). */
export function readCredentials(get: (name: string) => unknown): Credentials | null {
  const authorization = get('authorization');
  if (typeof authorization === 'string' && authorization.trim()) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
    if (match) return { kind: 'bearer', token: match[1]! };
  }
  const keyId = get(API_KEY_ID_HEADER);
  const key = get(API_KEY_HEADER);
  if (typeof keyId === 'string' && typeof key === 'string' && keyId && key) return { kind: 'api-key', keyId, key };
  return null;
}

const fingerprints = new WeakMap<Credentials, string>();

/**
 * A stable identity for sharing things (cache entries, log streams) between requests of one
 * caller. Hashed once per credentials object: every upstream call of an operation asks for it.
 */
export function credentialFingerprint(credentials: Credentials): string {
  let fingerprint = fingerprints.get(credentials);
  if (fingerprint === undefined) {
    const material = credentials.kind === 'bearer' ? `bearer\0${credentials.token}` : `api-key\0${credentials.keyId}\0${credentials.key}`;
    fingerprints.set(credentials, (fingerprint = crypto.hash('sha256', material, 'hex')));
  }
  return fingerprint;
}

/** Codes with which the upstream says "these credentials are not (or no longer) good", as opposed to "try again". */
const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND']);

/** Whether an upstream error refuses the credentials (or their access), rather than failing for a transient reason. */
export function isRefusal(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && REFUSAL_CODES.has(error.extensions.code as string);
}

/** How long before `exp` a cached token is exchanged again... */
const REFRESH_MARGIN_MS = 60_000;
/** ...but never more than this share of the token's lifetime, so short-lived tokens are still reused. */
const REFRESH_MARGIN_SHARE = 0.1;
/** Tokens whose expiry we cannot read are kept this long. */
const UNKNOWN_EXPIRY_MS = 5 * 60_000;

function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    if (typeof payload.exp === 'number') return payload.exp * 1000;
  } catch {
    // not a JWT: fall through
  }
  return Date.now() + UNKNOWN_EXPIRY_MS;
}

/** When a token received now should be replaced: shortly before it expires. */
function refreshTimeOf(token: string): number {
  const expiresAt = expiryOf(token);
  const lifetime = Math.max(0, expiresAt - Date.now());
  return expiresAt - Math.min(REFRESH_MARGIN_MS, lifetime * REFRESH_MARGIN_SHARE);
}

/** How long a refused key exchange is remembered, so a made-up key does not cost an Authenticate per request. */
export const REFUSED_EXCHANGE_TTL_MS = 10_000;
/** Refused exchanges remembered at most (oldest forgotten first), so a flood of made-up keys cannot grow memory. */
const MAX_REFUSED_EXCHANGES = 10_000;
/** Answers that mean "this key is not valid" (remembered), unlike an unreachable upstream (never remembered). */

export class TokenCache extends EventEmitter<{ refused: [fingerprint: string] }> {
  private readonly tokens = new Map<string, { token: string; refreshAt: number }>();
  private readonly pending = new Map<string, Promise<string>>();
  /** Key hash → the refusal and until when it stands. */
  private readonly refused = new Map<string, { message: string; extensions: Record<string, unknown>; until: number }>();

  constructor(private readonly client: UpstreamClient) {
    super();
  }

  /**
   * The bearer token to send upstream for these credentials. `rejected` is a token the upstream
   * just refused: it is dropped, unless another request already replaced it (then that one is
   * used), so many calls failing with the same stale token cause a single exchange.
   */
  async tokenFor(credentials: Credentials, rejected?: string): Promise<string> {
    if (credentials.kind === 'bearer') return credentials.token;
    const id = credentialFingerprint(credentials);
    const cached = this.tokens.get(id);
    if (cached && rejected !== undefined && cached.token === rejected) this.tokens.delete(id);
    else if (cached && cached.refreshAt > Date.now()) return cached.token;
    return this.exchange(id, credentials);
  }

  /**
   * Proves the credentials with the upstream now instead of trusting the cache: an API key is
   * exchanged again (joining an exchange already under way), so a deleted key fails here and its
   * cached token is dropped. A bearer token cannot be checked without a call; it is returned as is.
   */
  async verify(credentials: Credentials): Promise<string> {
    if (credentials.kind === 'bearer') return credentials.token;
    return this.exchange(credentialFingerprint(credentials), credentials);
  }

  private exchange(id: string, credentials: Extract<Credentials, { kind: 'api-key' }>): Promise<string> {
    const refusal = this.refused.get(id);
    if (refusal && refusal.until > Date.now()) throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions } });
    if (refusal) this.refused.delete(id);
    let exchange = this.pending.get(id);
    if (!exchange) {
      exchange = this.client
        .authenticate(credentials.keyId, 'api-key', credentials.key)
        .then(
          (token) => {
            this.tokens.set(id, { token, refreshAt: refreshTimeOf(token) });
            return token;
          },
          (error: unknown) => {
            // A refused key (deleted, wrong) must not keep its token; an unreachable upstream proves nothing.
            this.rememberRefusal(id, error);
            if (isRefusal(error)) this.forget(id);
            throw error;
          },
        )
        .finally(() => this.pending.delete(id));
      this.pending.set(id, exchange);
    }
    return exchange;
  }

  /**
   * The upstream answered a call made with these credentials UNAUTHENTICATED (for an API key: also
   * with a freshly exchanged token): they are no good any more, a bearer token included.
   */
  refuse(credentials: Credentials): void {
    this.forget(credentialFingerprint(credentials));
  }

  private forget(id: string): void {
    this.tokens.delete(id);
    this.emit('refused', id);
  }

  /** Whether these credentials were exchanged successfully and the token is still held: an API key the upstream accepted. */
  isVerified(credentials: Credentials): boolean {
    return credentials.kind === 'api-key' && this.tokens.has(credentialFingerprint(credentials));
  }

  private rememberRefusal(id: string, error: unknown): void {
    if (!isRefusal(error)) return;
    if (this.refused.size >= MAX_REFUSED_EXCHANGES) this.refused.delete(this.refused.keys().next().value!);
    this.refused.set(id, { message: error.message, extensions: { ...error.extensions }, until: Date.now() + REFUSED_EXCHANGE_TTL_MS });
  }

  /** Cached tokens (for tests and metrics). */
  get size(): number {
    return this.tokens.size;
  }
}
