/**
 * Seeds a benchmark fleet straight into a fleet server's SQLite database in one transaction:
 * `robots` robots spread over `locations` new locations, each with its main part and a second
 * part, printing progress as it goes.
 */
import { startFleetServer, type FleetServer } from '../../src/fleet-server/server.ts';
import { insertOrganization } from '../../src/fleet-server/organizations.ts';
import { insertLocation } from '../../src/fleet-server/locations.ts';
import { insertRobot } from '../../src/fleet-server/robots.ts';
import { insertPart } from '../../src/fleet-server/parts.ts';
import { createApiKey } from '../../src/fleet-server/keys.ts';
import type { Db } from '../../src/fleet-server/db.ts';

export interface SeededFleet {
  organizationId: string;
  /** The locations created here, in order. */
  locationIds: string[];
  /** The robots created here, in order. */
  robotIds: string[];
}

export interface SeedOptions {
  robots: number;
  locations: number;
  /** Progress lines ("seeded 200/1000 robots ..."). */
  log: (line: string) => void;
}

const SECOND_PART_CONFIG = { components: [{ name: 'camera', api: 'rdk:component:camera', model: 'rdk:builtin:fake' }] };

/** Adds locations `Site 1..n` and robots `bench-robot-1..n` (round robin over them) to an organization. */
export function seedRobots(db: Db, organizationId: string, options: SeedOptions): SeededFleet {
  const started = performance.now();
  const locationIds: string[] = [];
  const robotIds: string[] = [];
  const every = Math.max(1, Math.ceil(options.robots / 5));
  db.transaction(() => {
    for (let l = 0; l < options.locations; l++) locationIds.push(insertLocation(db, organizationId, `Site ${l + 1}`, null).id);
    for (let r = 0; r < options.robots; r++) {
      const robot = insertRobot(db, locationIds[r % options.locations]!, `bench-robot-${r + 1}`);
      insertPart(db, robot.id, `bench-robot-${r + 1}-camera`, SECOND_PART_CONFIG);
      robotIds.push(robot.id);
      if ((r + 1) % every === 0 || r + 1 === options.robots) options.log(`  seeded ${r + 1}/${options.robots} robots (${2 * (r + 1)} parts)`);
    }
  })();
  options.log(
    `seeded ${options.robots} robots, ${2 * options.robots} parts in ${options.locations} locations in ${(performance.now() - started).toFixed(0)} ms`,
  );
  return { organizationId, locationIds, robotIds };
}

/** A new organization with an owner API key, for a fleet of its own (no demo robots mixed in). */
export function createOrganizationWithOwnerKey(db: Db, name: string): { organizationId: string; apiKeyId: string; apiKey: string } {
  return db.transaction(() => {
    const organizationId = insertOrganization(db, name).id;
    const key = createApiKey(db, organizationId, `${name} owner`, [{ authorizationId: 'organization_owner', resourceType: 'organization', resourceId: organizationId }]);
    return { organizationId, apiKeyId: key.id, apiKey: key.key };
  })();
}

/**
 * Opens the data dir with an in-process fleet server (creating the schema and the demo
 * organization), runs `prepare` on it, and closes it, so the measured server can then run as
 * a process of its own on the same files.
 */
export async function prepareDataDir<T>(dataDir: string, prepare: (server: FleetServer) => T): Promise<T> {
  const server = await startFleetServer({ dataDir, port: 0, log: () => {} });
  try {
    return prepare(server);
  } finally {
    await server.close();
  }
}
