/**
 * Credentials of the fleet server: API keys (stored as SHA-256 hashes), robot part secrets, and
 * the signed access tokens (JWT, HS256) that `AuthService/Authenticate` hands out for them.
 */
import crypto from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Db } from './db.ts';
import { getMeta, setMeta } from './db.ts';
import { invalidArgument, unauthenticated } from './errors.ts';

export type Caller =
  | { kind: 'api-key'; keyId: string; organizationId: string }
  | { kind: 'robot'; partId: string };

const ISSUER = 'fleetgraph-fleet-server';
const KIND_CLAIM = 'kind';

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

function sameSecret(a: string, b: string): boolean {
  const ha = Buffer.from(hashSecret(a), 'hex');
  const hb = Buffer.from(hashSecret(b), 'hex');
  return crypto.timingSafeEqual(ha, hb);
}

export class TokenIssuer {
  private readonly key: Uint8Array;

  constructor(
    private readonly db: Db,
    readonly ttlSeconds: number,
  ) {
    let secret = getMeta(db, 'jwt_secret');
    if (!secret) {
      secret = crypto.randomBytes(32).toString('hex');
      setMeta(db, 'jwt_secret', secret);
    }
    this.key = Buffer.from(secret, 'hex');
  }

  /** `Authenticate`: checks the entity's credentials and returns a signed access token. */
  async authenticate(entity: string, type: string, payload: string): Promise<string> {
    if (!entity) throw invalidArgument('entity is required');
    if (!payload) throw invalidArgument('credentials.payload is required');
    let caller: Caller;
    if (type === 'api-key') {
      const row = this.db.prepare('SELECT key_hash, organization_id FROM api_keys WHERE id = ?').get(entity) as
        | { key_hash: string; organization_id: string }
        | undefined;
      const ok = row !== undefined && crypto.timingSafeEqual(Buffer.from(row.key_hash, 'hex'), Buffer.from(hashSecret(payload), 'hex'));
      if (!ok) throw unauthenticated('invalid API key id or key');
      caller = { kind: 'api-key', keyId: entity, organizationId: row.organization_id };
    } else if (type === 'robot-secret') {
      const secrets = this.db.prepare('SELECT secret FROM part_secrets WHERE part_id = ?').all(entity) as { secret: string }[];
      if (!secrets.some((s) => sameSecret(s.secret, payload))) throw unauthenticated('invalid part id or secret');
      caller = { kind: 'robot', partId: entity };
    } else {
      throw invalidArgument(`credentials.type must be "api-key" or "robot-secret", got ${JSON.stringify(type.slice(0, 40))}`);
    }
    return this.sign(caller);
  }

  sign(caller: Caller): Promise<string> {
    const subject = caller.kind === 'api-key' ? caller.keyId : caller.partId;
    return new SignJWT({ [KIND_CLAIM]: caller.kind, ...(caller.kind === 'api-key' ? { org: caller.organizationId } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** Reads `authorization: Bearer <token>`; missing, malformed or expired → UNAUTHENTICATED. */
  async verify(authorization: string | undefined): Promise<Caller> {
    if (!authorization) throw unauthenticated('missing authorization header (expected "Bearer <access token>")');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('malformed authorization header (expected "Bearer <access token>")');
    try {
      const { payload } = await jwtVerify(match[1]!, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const subject = payload.sub ?? '';
      if (payload[KIND_CLAIM] === 'robot') return { kind: 'robot', partId: subject };
      if (payload[KIND_CLAIM] === 'api-key') {
        // The key may have been deleted since the token was issued.
        const row = this.db.prepare('SELECT organization_id FROM api_keys WHERE id = ?').get(subject) as
          | { organization_id: string }
          | undefined;
        if (!row) throw unauthenticated('the API key of this token no longer exists');
        return { kind: 'api-key', keyId: subject, organizationId: row.organization_id };
      }
      throw unauthenticated('access token has no known kind');
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('access token expired');
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('invalid access token');
      throw error;
    }
  }
}
