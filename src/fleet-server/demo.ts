/**
 * The demo fleet created on first start of an empty database: one organization (namespace
 * `demo`), two locations (one nested), robots with a main and a second part, a fragment and an
 * owner API key. Its credentials are kept so later starts print the same key.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { FleetContext } from './rpc.ts';
import { getMeta, setMeta } from './db.ts';
import { insertOrganization } from './organizations.ts';
import { insertLocation } from './locations.ts';
import { insertRobot } from './robots.ts';
import { insertPart } from './parts.ts';
import { insertFragment } from './fragments.ts';
import { createApiKey } from './keys.ts';
import type { JsonObject } from '../wire/struct.ts';

export interface DemoCredentials {
  organizationId: string;
  apiKeyId: string;
  apiKey: string;
  /** host:port of the fleet server that wrote the file. */
  address: string;
}

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';
const META_KEY = 'demo_credentials';

const SENSOR_CONFIG: JsonObject = {
  components: [
    { name: 'camera', api: 'rdk:component:camera', model: 'rdk:builtin:fake', attributes: {} },
    { name: 'base', api: 'rdk:component:base', model: 'rdk:builtin:fake', attributes: { width_mm: 400 } },
  ],
};

function seed(fleet: FleetContext): Omit<DemoCredentials, 'address'> {
  const { db } = fleet;
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
      insertPart(db, robot.id, `${name}-camera`, SENSOR_CONFIG);
    }
    insertFragment(db, org.id, 'fake-sensors', SENSOR_CONFIG);
    const key = createApiKey(db, org.id, 'demo owner key', [
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: org.id },
    ]);
    const credentials = { organizationId: org.id, apiKeyId: key.id, apiKey: key.key };
    setMeta(db, META_KEY, JSON.stringify(credentials));
    return credentials;
  })();
}

/** Seeds an empty database once; writes `<dataDir>/demo-credentials.json` (mode 0600) on every start. */
export function ensureDemoFleet(fleet: FleetContext, where: { address: string; dataDir: string | null }): DemoCredentials {
  const stored = getMeta(fleet.db, META_KEY);
  const base = stored ? (JSON.parse(stored) as Omit<DemoCredentials, 'address'>) : seed(fleet);
  const credentials: DemoCredentials = { ...base, address: where.address };
  if (where.dataDir) {
    const file = path.join(where.dataDir, DEMO_CREDENTIALS_FILE);
    fs.writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
    fs.chmodSync(file, 0o600);
  }
  return credentials;
}
