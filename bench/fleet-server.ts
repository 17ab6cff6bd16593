/**
 * Fleet server throughput: a fleet of 1,000 robots with 2 parts each across 10 locations, then
 * calls per second for GetRobotParts (random robots, several concurrency levels) and
 * ListRobotsForLocations (all locations) from one gRPC client, and the database size.
 *
 *   npx tsx bench/fleet-server.ts [--robots 1000] [--locations 10] [--seconds 5]
 *
 * The data is seeded in-process straight into SQLite (one transaction); the measured server then
 * runs as a child process on that data dir, so client and server do not share an event loop.
 * The seeding, the server process and the client are shared with bench/fleet-tree.ts
 * (bench/support/).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE } from '../src/fleet-server/server.ts';
import { prepareDataDir, seedRobots } from './support/seed.ts';
import { spawnFleetServer } from './support/fleet-server-process.ts';
import { connectAppService } from './support/grpc-client.ts';
import { summarize, mib } from './support/stats.ts';

const { values } = parseArgs({
  options: {
    robots: { type: 'string', default: '1000' },
    locations: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '5' },
  },
});
const ROBOTS = Number(values.robots);
const LOCATIONS = Number(values.locations);
const SECONDS = Number(values.seconds);
const CONCURRENCY = [1, 16, 64];

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Seeds the demo organization; "all locations" are its own two plus the seeded ones. */
function seed(dataDir: string) {
  return prepareDataDir(dataDir, (server) => {
    const organizationId = server.demo!.organizationId;
    const { robotIds } = seedRobots(server.db, organizationId, { robots: ROBOTS, locations: LOCATIONS, log });
    const locationIds = (server.db.prepare('SELECT id FROM locations WHERE organization_id = ?').all(organizationId) as { id: string }[]).map((l) => l.id);
    const totalRobots = (server.db.prepare('SELECT count(*) AS n FROM robots').get() as { n: number }).n;
    return { credentials: server.demo!, robotIds, locationIds, totalRobots };
  });
}

interface Result {
  rpc: string;
  concurrency: number;
  calls: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** Runs `call` from `concurrency` loops for `seconds`; every call must succeed. */
async function measure(rpc: string, concurrency: number, call: () => Promise<unknown>): Promise<Result> {
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await call();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const { p50, p99 } = summarize(latencies);
  return { rpc, concurrency, calls: latencies.length, perSecond: latencies.length / elapsed, p50, p99 };
}

function fileSize(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-bench-'));
  try {
    log(`fleet server bench: ${ROBOTS} robots x 2 parts, ${LOCATIONS} locations, ${SECONDS} s per measurement`);
    log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), data dir ${dataDir}`);
    const { credentials, robotIds, locationIds, totalRobots } = await seed(dataDir);
    const server = await spawnFleetServer(dataDir);
    log(`fleet server (pid ${server.pid}) listening on ${server.address}`);
    const app = await connectAppService(server.address, credentials.apiKeyId, credentials.apiKey);

    const getRobotParts = async () => {
      const { parts } = await app.call<{ parts: unknown[] }>('GetRobotParts', { robot_id: robotIds[Math.floor(Math.random() * robotIds.length)]! });
      if (parts.length !== 2) throw new Error(`expected 2 parts, got ${parts.length}`);
    };
    const { robots: allRobots } = await app.call<{ robots: unknown[] }>('ListRobotsForLocations', { location_ids: locationIds });
    if (allRobots.length !== totalRobots) throw new Error(`ListRobotsForLocations returned ${allRobots.length} robots, expected ${totalRobots}`);
    const listAll = async () => {
      const { robots } = await app.call<{ robots: unknown[] }>('ListRobotsForLocations', { location_ids: locationIds });
      if (robots.length !== allRobots.length) throw new Error(`expected ${allRobots.length} robots, got ${robots.length}`);
    };

    // Warm up the connection and the server's statement cache before timing anything.
    for (let i = 0; i < 200; i++) await getRobotParts();
    for (let i = 0; i < 5; i++) await listAll();

    const results: Result[] = [];
    for (const concurrency of CONCURRENCY) {
      log(`measuring GetRobotParts with ${concurrency} in flight...`);
      results.push(await measure('GetRobotParts', concurrency, getRobotParts));
    }
    for (const concurrency of [1, 16]) {
      log(`measuring ListRobotsForLocations (${locationIds.length} locations, ${allRobots.length} robots) with ${concurrency} in flight...`);
      results.push(await measure(`ListRobotsForLocations`, concurrency, listAll));
    }
    app.close();

    log('');
    log('| rpc | in flight | calls | calls/s | p50 ms | p99 ms |');
    log('|---|---:|---:|---:|---:|---:|');
    for (const r of results) {
      log(`| ${r.rpc} | ${r.concurrency} | ${r.calls} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`);
    }

    await server.stop();
    const db = path.join(dataDir, DATABASE_FILE);
    log('');
    log(`database: ${mib(fileSize(db))} (${DATABASE_FILE} after a clean shutdown; WAL ${mib(fileSize(`${db}-wal`))})`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
