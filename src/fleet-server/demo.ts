/**
 * The demo fleet created on first start of an empty database: one organization (namespace
 * `demo`), two locations (one nested), robots with a main and a second part, a fragment (three revisions, revision 2 tagged `stable`) and an
 * owner API key. The key's plaintext lives only in `<dataDir>/demo-credentials.json` (0600); the
 * database keeps the ids and the key's hash, like for every other key.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { FleetContext } from './rpc.ts';
import type { Db } from './db.ts';
import { getMeta, setMeta } from './db.ts';
import { hashSecret } from './auth.ts';
import { insertOrganization } from './organizations.ts';
import { insertLocation } from './locations.ts';
import { insertRobot } from './robots.ts';
import { insertPart } from './parts.ts';
import { insertFragment } from './fragments.ts';
import { recordRevision } from './fragment-revisions.ts';
import { createApiKey, deleteApiKey, type MintedKey } from './keys.ts';
import { METADATA_KINDS, writeMetadata } from './metadata.ts';
import { writePrivateFile } from './private-files.ts';
import { recordAgentInfo } from './agent-info.ts';
import { simulatedAgentInfo } from '../simulator/agent-info.ts';
import type { JsonObject } from '../wire/struct.ts';

export interface DemoCredentials {
  organizationId: string;
  apiKeyId: string;
  apiKey: string;
  /** host:port of the fleet server that wrote the file. */
  address: string;
  /** Present (true) when that server speaks TLS only: connect with https://<address>. */
  tls?: true;
}

type DemoIds = Pick<DemoCredentials, 'organizationId' | 'apiKeyId'>;

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';
/** Ids of the demo organization and key; older versions also kept the key here in clear. */
const META_KEY = 'demo_credentials';

const SENSOR_CONFIG: JsonObject = {
  components: [
    { name: 'camera', api: 'rdk:component:camera', model: 'rdk:builtin:fake', attributes: {} },
    { name: 'base', api: 'rdk:component:base', model: 'rdk:builtin:fake', attributes: { width_mm: 400 } },
  ],
};

/** The demo fragment's first revision: the camera alone; the base came in revision 2, its width changed in 3. */
const FIRST_SENSOR_REVISION: JsonObject = { components: [(SENSOR_CONFIG.components as JsonObject[])[0]!] };
const SENSOR_REVISIONS: JsonObject[] = [
  { components: [(SENSOR_CONFIG.components as JsonObject[])[0]!, { ...(SENSOR_CONFIG.components as JsonObject[])[1]!, attributes: { width_mm: 380 } }] },
  SENSOR_CONFIG,
];
export const DEMO_FRAGMENT_TAG = 'stable';

/** Gives the demo fragment a history (revisions 2 and 3) and tags revision 2 `stable`. */
function seedFragmentRevisions(db: Db, fragmentId: string): void {
  for (const config of SENSOR_REVISIONS) {
    db.prepare('UPDATE fragments SET config = ?, revision = revision + 1, last_updated = last_updated + 1 WHERE id = ?').run(JSON.stringify(config), fragmentId);
    recordRevision(db, fragmentId, null);
  }
  db.prepare('INSERT INTO fragment_tags (fragment_id, tag, revision) VALUES (?, ?, 2)').run(fragmentId, DEMO_FRAGMENT_TAG);
}

const mintDemoKey = (db: Db, organizationId: string): MintedKey =>
  createApiKey(db, organizationId, 'demo owner key', [
    { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: organizationId },
  ]);

function storeIds(db: Db, ids: DemoIds): void {
  // secure_delete: an older row holding the key in clear is overwritten, not just unlinked.
  db.pragma('secure_delete = ON');
  setMeta(db, META_KEY, JSON.stringify({ organizationId: ids.organizationId, apiKeyId: ids.apiKeyId }));
  db.pragma('secure_delete = OFF');
}

/** Metadata on the organization, a location, a robot and a part, so GraphiQL shows some on first start. */
function seedMetadata(db: Db, ids: { organizationId: string; locationId: string; robotId: string; partId: string }): void {
  writeMetadata(db, METADATA_KINDS.organization, ids.organizationId, { owner: 'Fleet Ops', costCenter: 4711, tags: ['demo'] });
  writeMetadata(db, METADATA_KINDS.location, ids.locationId, { address: { city: 'Springfield', floor: 2 }, timezone: 'Europe/Berlin' });
  writeMetadata(db, METADATA_KINDS.robot, ids.robotId, { serial: 'RVR-0001', commissioned: '2025-03-01', maintenance: { dueInDays: 30, contact: null } });
  writeMetadata(db, METADATA_KINDS.part, ids.partId, { camera: { resolution: [1920, 1080], calibrated: true } });
}

function seed(db: Db): Omit<DemoCredentials, 'address' | 'tls'> {
  return db.transaction(() => {
    const org = insertOrganization(db, 'Demo Fleet', 'demo');
    db.prepare('INSERT INTO members (organization_id, user_id, email, date_added) VALUES (?, ?, ?, ?)').run(
      org.id,
      crypto.randomUUID(),
      'demo@fleetgraph.local',
      Date.now(),
    );
    const headquarters = insertLocation(db, org.id, 'Headquarters', null);
    const assembly = insertLocation(db, org.id, 'Assembly Line', headquarters.id);
    for (const [location, name] of [
      [headquarters, 'rover-1'],
      [headquarters, 'rover-2'],
      [assembly, 'arm-1'],
      [assembly, 'arm-2'],
    ] as const) {
      const robot = insertRobot(db, location.id, name);
      const part = insertPart(db, robot.id, `${name}-camera`, SENSOR_CONFIG);
      if (name === 'rover-1') seedMetadata(db, { organizationId: org.id, locationId: headquarters.id, robotId: robot.id, partId: part.id });
      // As if the main part's viam-server had reported once (what the simulator reports for it), so
      // machine summaries show versions before any robot calls; a robot's next Config replaces it.
      const main = db.prepare('SELECT id FROM robot_parts WHERE robot_id = ? AND main_part = 1').get(robot.id) as { id: string };
      recordAgentInfo(db, main.id, simulatedAgentInfo(name), '');
    }
    seedFragmentRevisions(db, insertFragment(db, org.id, 'fake-sensors', FIRST_SENSOR_REVISION));
    const key = mintDemoKey(db, org.id);
    storeIds(db, { organizationId: org.id, apiKeyId: key.id });
    return { organizationId: org.id, apiKeyId: key.id, apiKey: key.key };
  })();
}

const keyMatches = (db: Db, keyId: string, key: string): boolean =>
  (db.prepare('SELECT key_hash FROM api_keys WHERE id = ?').get(keyId) as { key_hash: string } | undefined)?.key_hash === hashSecret(key);

/** Whether the credentials file is there and names this key id (whatever secret it holds). */
function fileNamesKey(file: string | null, keyId: string): boolean {
  if (!file || !fs.existsSync(file)) return false;
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DemoCredentials>).apiKeyId === keyId;
  } catch {
    return false;
  }
}

/** The demo key's plaintext from the credentials file, when the file still holds the live key. */
function keyFromFile(db: Db, file: string | null, keyId: string): string | null {
  if (!file || !fs.existsSync(file)) return null;
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DemoCredentials>;
    return saved.apiKeyId === keyId && typeof saved.apiKey === 'string' && keyMatches(db, keyId, saved.apiKey) ? saved.apiKey : null;
  } catch {
    return null;
  }
}

/**
 * Seeds an empty database once; writes `<dataDir>/demo-credentials.json` (0600) on every start.
 * Null when the demo key was deleted or rotated (its owner revoked it or holds its new secret: it is
 * not brought back or replaced). When the
 * credentials file is lost, the key cannot be recovered from its hash and is replaced.
 */
export function ensureDemoFleet(fleet: FleetContext, where: { address: string; tls?: boolean; dataDir: string | null }): DemoCredentials | null {
  const { db } = fleet;
  const file = where.dataDir ? path.join(where.dataDir, DEMO_CREDENTIALS_FILE) : null;
  const stored = getMeta(db, META_KEY);
  let base: Omit<DemoCredentials, 'address' | 'tls'>;
  if (!stored) {
    base = seed(db);
  } else {
    const saved = JSON.parse(stored) as DemoIds & { apiKey?: string };
    if (!db.prepare('SELECT 1 FROM api_keys WHERE id = ?').get(saved.apiKeyId)) return null;
    const legacyKey = saved.apiKey !== undefined && keyMatches(db, saved.apiKeyId, saved.apiKey) ? saved.apiKey : null;
    const key = legacyKey ?? keyFromFile(db, file, saved.apiKeyId);
    // Rotated since (the file names this key, with a secret that is no longer it): its owner has
    // the new secret; like a deleted key, it is left alone and not prefilled.
    if (!key && fileNamesKey(file, saved.apiKeyId)) return null;
    if (key) {
      base = { organizationId: saved.organizationId, apiKeyId: saved.apiKeyId, apiKey: key };
      if (saved.apiKey !== undefined) {
        storeIds(db, base);
        db.pragma('wal_checkpoint(TRUNCATE)');
      }
    } else {
      base = db.transaction(() => {
        // The new owner key first: the old one may be the organization's last (deleteApiKey refuses that).
        const minted = mintDemoKey(db, saved.organizationId);
        deleteApiKey(db, saved.apiKeyId);
        storeIds(db, { organizationId: saved.organizationId, apiKeyId: minted.id });
        return { organizationId: saved.organizationId, apiKeyId: minted.id, apiKey: minted.key };
      })();
      fleet.log(`the demo owner key's credentials file was missing or named another key; the demo key was replaced by a new one`);
    }
  }
  const credentials: DemoCredentials = { ...base, address: where.address, ...(where.tls ? { tls: true as const } : {}) };
  if (file) writePrivateFile(file, `${JSON.stringify(credentials, null, 2)}\n`);
  return credentials;
}
