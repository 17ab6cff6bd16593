/**
 * Credentials of the fleet server: API keys (stored as SHA-256 hashes), robot part secrets, and
 * the signed access tokens (JWT, HS256) that `AuthService/Authenticate` hands out for them.
 * A token lives no longer than its credential: every verify checks that the key (with the very
 * secret the token was minted from: a rotated key's old tokens die), or the part secret the robot
 * token was minted from, still exists.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Db } from './db.ts';
import { deleteMeta, getMeta } from './db.ts';
import { invalidArgument, notFound, unauthenticated } from './errors.ts';
import { makePrivate, writePrivateFile } from './private-files.ts';

export type Caller =
  /** `binding`: which secret of the key the token was minted from (see `keyBinding`). */
  | { kind: 'api-key'; keyId: string; organizationId: string; binding: string }
  /** `secretId`: the part secret the robot's token was minted from. */
  | { kind: 'robot'; partId: string; secretId: string };
export type ApiKeyCaller = Extract<Caller, { kind: 'api-key' }>;
export type RobotCaller = Extract<Caller, { kind: 'robot' }>;

const ISSUER = 'fleetgraph-fleet-server';
const KIND_CLAIM = 'kind';
const SECRET_ID_CLAIM = 'sid';
const KEY_BINDING_CLAIM = 'kb';
/** No token is valid for longer than this, whatever the configured lifetime. */
export const MAX_TOKEN_TTL_SECONDS = 24 * 60 * 60;

/** The token signing key's file in the data dir (0600, 64 hex digits). */
export const SIGNING_KEY_FILE = 'token-signing.key';
/** Where versions before 0600 files kept the signing key: a row of the database's meta table. */
const LEGACY_SIGNING_KEY_META = 'jwt_secret';

/**
 * The HS256 signing key: kept in its own 0600 file beside the database, not in it, so a copy of
 * fleet.db (a backup, a support bundle) cannot mint tokens, and deleting the file (then
 * restarting) invalidates every token without touching data. A key found in the database of an
 * older version is moved to the file. `dataDir` null (in-memory database): a key per process.
 */
export function loadSigningKey(db: Db, dataDir: string | null): Uint8Array {
  if (!dataDir) return crypto.randomBytes(32);
  const file = path.join(dataDir, SIGNING_KEY_FILE);
  const legacy = getMeta(db, LEGACY_SIGNING_KEY_META);
  if (!fs.existsSync(file)) writePrivateFile(file, `${legacy ?? crypto.randomBytes(32).toString('hex')}\n`);
  else makePrivate(file);
  if (legacy) {
    db.pragma('secure_delete = ON');
    deleteMeta(db, LEGACY_SIGNING_KEY_META);
    db.pragma('secure_delete = OFF');
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  const hex = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file} does not hold a signing key (64 hex digits); delete it to make a new one`);
  return Buffer.from(hex, 'hex');
}

export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

/** A random secret of `length` lowercase letters and digits (Viam's keys and secrets look like this). */
export function randomSecret(length = 32): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/**
 * What ties an API key's tokens to the key's current secret: derived from the stored hash (never
 * the hash itself), so rotating the key changes it and every token minted before is refused.
 */
export function keyBinding(keyHash: string): string {
  return hashSecret(`token-binding:${keyHash}`).slice(0, 32);
}

/**
 * The part secret a robot token was minted from; UNAUTHENTICATED once it is deleted (rotation
 * locks the old holder out: the token dies with its secret).
 */
export function tokenSecret(db: Db, partId: string, secretId: string): string {
  const row = db.prepare('SELECT secret FROM part_secrets WHERE id = ? AND part_id = ?').get(secretId, partId) as { secret: string } | undefined;
  if (!row) throw unauthenticated('the part secret of this token was deleted; authenticate again with a current secret');
  return row.secret;
}

function sameSecret(a: string, b: string): boolean {
  const ha = Buffer.from(hashSecret(a), 'hex');
  const hb = Buffer.from(hashSecret(b), 'hex');
  return crypto.timingSafeEqual(ha, hb);
}

export class TokenIssuer {
  constructor(
    private readonly db: Db,
    private readonly key: Uint8Array,
    readonly ttlSeconds: number,
  ) {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TOKEN_TTL_SECONDS) {
      throw new Error(`the token lifetime must be 1 to ${MAX_TOKEN_TTL_SECONDS} seconds, got ${ttlSeconds}`);
    }
  }

  /** `Authenticate`'s check: the caller the entity's credentials prove, to `sign` a token for. */
  callerFor(entity: string, type: string, payload: string): Caller {
    if (!entity) throw invalidArgument('entity is required');
    if (!payload) throw invalidArgument('credentials.payload is required');
    if (type === 'api-key') {
      const row = this.db.prepare('SELECT key_hash, organization_id FROM api_keys WHERE id = ?').get(entity) as
        | { key_hash: string; organization_id: string }
        | undefined;
      const ok = row !== undefined && crypto.timingSafeEqual(Buffer.from(row.key_hash, 'hex'), Buffer.from(hashSecret(payload), 'hex'));
      if (!ok) throw unauthenticated('invalid API key id or key');
      return { kind: 'api-key', keyId: entity, organizationId: row.organization_id, binding: keyBinding(row.key_hash) };
    }
    if (type === 'robot-secret') {
      const secrets = this.db.prepare('SELECT id, secret FROM part_secrets WHERE part_id = ?').all(entity) as { id: string; secret: string }[];
      const matched = secrets.find((s) => sameSecret(s.secret, payload));
      if (!matched) throw unauthenticated('invalid part id or secret');
      return { kind: 'robot', partId: entity, secretId: matched.id };
    }
    throw invalidArgument(`credentials.type must be "api-key" or "robot-secret", got ${JSON.stringify(type.slice(0, 40))}`);
  }

  sign(caller: Caller): Promise<string> {
    const subject = caller.kind === 'api-key' ? caller.keyId : caller.partId;
    const claims =
      caller.kind === 'api-key' ? { org: caller.organizationId, [KEY_BINDING_CLAIM]: caller.binding } : { [SECRET_ID_CLAIM]: caller.secretId };
    return new SignJWT({ [KIND_CLAIM]: caller.kind, ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /**
   * Reads `authorization: Bearer <token>`. Missing, malformed, expired, without `exp` or `iat`,
   * issued longer ago than the token lifetime, or minted from a credential that is gone →
   * UNAUTHENTICATED.
   */
  async verify(authorization: string | undefined): Promise<Caller> {
    if (!authorization) throw unauthenticated('missing authorization header (expected "Bearer <access token>")');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('malformed authorization header (expected "Bearer <access token>")');
    try {
      const { payload } = await jwtVerify(match[1]!, this.key, {
        issuer: ISSUER,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat', 'sub'],
        // A token with a far `exp` (or none) is still refused once it is older than a lifetime.
        maxTokenAge: this.ttlSeconds,
      });
      const subject = payload.sub ?? '';
      if (payload[KIND_CLAIM] === 'robot') {
        const claim = payload[SECRET_ID_CLAIM];
        const secretId = typeof claim === 'string' ? claim : '';
        // A deleted part says so (its secrets went with it); the robot need not retry.
        if (!this.db.prepare('SELECT 1 FROM robot_parts WHERE id = ?').get(subject)) throw notFound(`robot part ${subject} not found`);
        tokenSecret(this.db, subject, secretId);
        return { kind: 'robot', partId: subject, secretId };
      }
      if (payload[KIND_CLAIM] === 'api-key') {
        // The key may have been deleted or rotated since the token was issued.
        const row = this.db.prepare('SELECT organization_id, key_hash FROM api_keys WHERE id = ?').get(subject) as
          | { organization_id: string; key_hash: string }
          | undefined;
        if (!row) throw unauthenticated('the API key of this token no longer exists');
        const binding = keyBinding(row.key_hash);
        if (payload[KEY_BINDING_CLAIM] !== binding) throw unauthenticated(`API key ${subject} was rotated since this token was issued; authenticate again with its new key`);
        return { kind: 'api-key', keyId: subject, organizationId: row.organization_id, binding };
      }
      throw unauthenticated('access token has no known kind');
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('access token expired');
      if (error instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`invalid access token: ${error.message}`);
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('invalid access token');
      throw error;
    }
  }
}
