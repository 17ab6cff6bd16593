/**
 * The fleet server's data dir holds credentials: it is private to its user (0700, files 0600),
 * keeps no key in clear in the database, keeps the token signing key out of the database, and
 * accepts only tokens with an expiry and younger than a token lifetime (finding 7).
 */
import fs from 'node:fs';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestFleet, expectStatus, grpc, type TestFleet } from './support/fleet.ts';
import { removeDir, tempDataDir } from './support/cli.ts';
import { DATABASE_FILE, startFleetServer } from '../src/fleet-server/server.ts';
import { DEMO_CREDENTIALS_FILE } from '../src/fleet-server/demo.ts';
import { SIGNING_KEY_FILE, hashSecret, keyBinding } from '../src/fleet-server/auth.ts';
import { databaseFiles, openDatabase, setMeta } from '../src/fleet-server/db.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function newDataDir(mode = 0o755): string {
  const dir = tempDataDir('fleet-data-dir-');
  fs.chmodSync(dir, mode);
  dirs.push(dir);
  return dir;
}

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const credentialFiles = (dir: string) => [...databaseFiles(path.join(dir, DATABASE_FILE)), path.join(dir, DEMO_CREDENTIALS_FILE), path.join(dir, SIGNING_KEY_FILE)];
const signingKey = (dir: string) => Buffer.from(fs.readFileSync(path.join(dir, SIGNING_KEY_FILE), 'utf8').trim(), 'hex');
/** Every byte SQLite keeps on disk for the database. */
const databaseBytes = (dir: string) =>
  Buffer.concat(databaseFiles(path.join(dir, DATABASE_FILE)).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));

describe('the data dir is private to the server user', () => {
  it('creates the dir 0700 and the database, WAL, shared memory, demo credentials and signing key files 0600', async () => {
    const dir = newDataDir();
    const fleet = await startTestFleet({ dataDir: dir });
    try {
      await fleet.app.call('CreateLocation', { organization_id: fleet.orgId, name: 'written while running' });
      expect(modeOf(dir)).toBe(0o700);
      for (const file of credentialFiles(dir)) expect([file, modeOf(file)]).toEqual([file, 0o600]);
    } finally {
      await fleet.close();
    }
  });

  it('narrows the modes of an existing data dir and its files at start', async () => {
    const dir = newDataDir();
    await (await startTestFleet({ dataDir: dir })).close();
    fs.chmodSync(dir, 0o755);
    for (const file of credentialFiles(dir)) if (fs.existsSync(file)) fs.chmodSync(file, 0o644);
    const fleet = await startTestFleet({ dataDir: dir });
    try {
      expect(modeOf(dir)).toBe(0o700);
      for (const file of credentialFiles(dir)) expect([file, modeOf(file)]).toEqual([file, 0o600]);
    } finally {
      await fleet.close();
    }
  });

  it('stores neither the demo key nor the signing key in the database; the credentials file holds the key', async () => {
    const dir = newDataDir();
    const fleet = await startTestFleet({ dataDir: dir });
    const { key } = fleet;
    const hexKey = signingKey(dir).toString('hex');
    await fleet.close();
    const bytes = databaseBytes(dir);
    expect(bytes.includes(key)).toBe(false);
    expect(bytes.includes(hexKey)).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(dir, DEMO_CREDENTIALS_FILE), 'utf8')).apiKey).toBe(key);

    // The same demo key again on the next start, read from the 0600 file.
    const again = await startTestFleet({ dataDir: dir });
    try {
      expect(again.key).toBe(key);
    } finally {
      await again.close();
    }
  });
});

describe('a demo key its owner rotated', () => {
  it('is kept on the next start (not replaced by a new one) and no longer prefilled', async () => {
    const dir = newDataDir();
    const fleet = await startTestFleet({ dataDir: dir });
    const rotated = await fleet.app.call('RotateKey', { id: fleet.keyId });
    await fleet.close();

    const server = await startFleetServer({ host: '127.0.0.1', port: 0, dataDir: dir });
    try {
      expect(server.demo).toBeNull();
      expect(server.db.prepare('SELECT id FROM api_keys WHERE id = ?').get(fleet.keyId)).toEqual({ id: fleet.keyId });
      expect(server.db.prepare('SELECT key_hash FROM api_keys WHERE id = ?').get(fleet.keyId)).toEqual({ key_hash: hashSecret(rotated.key) });
    } finally {
      await server.close();
    }
  });
});

describe('a data dir of an older version', () => {
  it('moves the demo key out of the database and the signing key into its 0600 file; tokens and keys keep working', async () => {
    const dir = newDataDir();
    const first = await startTestFleet({ dataDir: dir });
    const token = await first.authenticate(first.keyId, first.key);
    const { orgId, keyId, key } = first;
    const hexKey = signingKey(dir).toString('hex');
    await first.close();
    // What older versions kept in the meta table.
    const db = openDatabase(path.join(dir, DATABASE_FILE));
    setMeta(db, 'demo_credentials', JSON.stringify({ organizationId: orgId, apiKeyId: keyId, apiKey: key }));
    setMeta(db, 'jwt_secret', hexKey);
    db.close();
    fs.rmSync(path.join(dir, SIGNING_KEY_FILE));
    fs.rmSync(path.join(dir, DEMO_CREDENTIALS_FILE));

    const upgraded = await startTestFleet({ dataDir: dir });
    try {
      expect([upgraded.keyId, upgraded.key]).toEqual([keyId, key]);
      await upgraded.appClient(token).call('ListOrganizations');
      expect(signingKey(dir).toString('hex')).toBe(hexKey);
      const meta = upgraded.server.db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
      expect(meta.map((row) => row.key)).not.toContain('jwt_secret');
      expect(meta.some((row) => row.value.includes(key))).toBe(false);
    } finally {
      await upgraded.close();
    }
    expect(databaseBytes(dir).includes(key)).toBe(false);
  });
});

describe('tokens', () => {
  let fleet: TestFleet;
  let dir: string;
  afterAll(() => fleet?.close());

  /** A token signed with the server's own key, as a local user who read the key could mint it. */
  const forge = async (build: (jwt: SignJWT) => SignJWT) =>
    build(new SignJWT({ kind: 'api-key', org: fleet.orgId, kb: keyBinding(hashSecret(fleet.key)) }).setProtectedHeader({ alg: 'HS256' }).setSubject(fleet.keyId).setIssuer('fleetgraph-fleet-server')).sign(
      signingKey(dir),
    );

  it('refuses a token without exp, and one issued longer ago than the token lifetime whatever its exp', async () => {
    dir = newDataDir();
    fleet = await startTestFleet({ dataDir: dir });
    const honest = await forge((jwt) => jwt.setIssuedAt().setExpirationTime('1h'));
    await fleet.appClient(honest).call('ListOrganizations');

    const forever = await forge((jwt) => jwt.setIssuedAt());
    const noExp = await expectStatus(fleet.appClient(forever).call('ListOrganizations'), grpc.status.UNAUTHENTICATED);
    expect(noExp.details).toContain('exp');

    const twoDays = 2 * 24 * 3600;
    const now = Math.floor(Date.now() / 1000);
    const old = await forge((jwt) => jwt.setIssuedAt(now - twoDays).setExpirationTime(now + twoDays));
    await expectStatus(fleet.appClient(old).call('ListOrganizations'), grpc.status.UNAUTHENTICATED);

    const noIat = await forge((jwt) => jwt.setExpirationTime('1h'));
    await expectStatus(fleet.appClient(noIat).call('ListOrganizations'), grpc.status.UNAUTHENTICATED);
  });
});
