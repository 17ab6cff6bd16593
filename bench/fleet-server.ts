/**
 * Fleet server throughput: a fleet of 1,000 robots with 2 parts each across 10 locations, then
 * calls per second for GetRobotParts (random robots, several concurrency levels) and
 * ListRobotsForLocations (all locations) from one gRPC client, and the database size.
 *
 *   npx tsx bench/fleet-server.ts [--robots 1000] [--locations 10] [--seconds 5]
 *
 * The data is seeded in-process straight into SQLite (one transaction); the measured server then
 * runs as its own `fleetgraph fleet-server` process on that data dir, so client and server do not
 * share an event loop.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { startFleetServer, DATABASE_FILE } from '../src/fleet-server/server.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { DEMO_CREDENTIALS_FILE, type DemoCredentials } from '../src/fleet-server/demo.ts';
import { protos } from '../src/wire/protos.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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

async function seed(dataDir: string): Promise<{ robotIds: string[]; locationIds: string[]; totalRobots: number }> {
  const server = await startFleetServer({ dataDir, port: 0, log: () => {} });
  const credentials = server.demo!;
  const db = server.db;
  const started = performance.now();
  const robotIds: string[] = [];
  const locationIds: string[] = [];
  db.transaction(() => {
    for (let l = 0; l < LOCATIONS; l++) locationIds.push(insertLocation(db, credentials.organizationId, `Site ${l + 1}`, null).id);
    for (let r = 0; r < ROBOTS; r++) {
      const robot = insertRobot(db, locationIds[r % LOCATIONS]!, `bench-robot-${r + 1}`);
      insertPart(db, robot.id, `bench-robot-${r + 1}-camera`, { components: [{ name: 'camera', api: 'rdk:component:camera', model: 'rdk:builtin:fake' }] });
      robotIds.push(robot.id);
      if ((r + 1) % 200 === 0 || r + 1 === ROBOTS) log(`  seeded ${r + 1}/${ROBOTS} robots (${2 * (r + 1)} parts)`);
    }
  })();
  log(`seeded ${ROBOTS} robots, ${2 * ROBOTS} parts in ${LOCATIONS} locations in ${(performance.now() - started).toFixed(0)} ms`);
  // The demo organization's own locations count as "all locations" too.
  const demoLocations = db.prepare('SELECT id FROM locations WHERE organization_id = ? AND id NOT IN (SELECT value FROM json_each(?))').all(
    credentials.organizationId,
    JSON.stringify(locationIds),
  ) as { id: string }[];
  const totalRobots = (db.prepare('SELECT count(*) AS n FROM robots').get() as { n: number }).n;
  await server.close();
  return { robotIds, locationIds: [...locationIds, ...demoLocations.map((l) => l.id)], totalRobots };
}

async function spawnServer(dataDir: string) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/fleetgraph.js'), 'fleet-server', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`fleet server exited with ${code} before listening`)));
  });
  return { child, address };
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
  latencies.sort((a, b) => a - b);
  const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rpc, concurrency, calls: latencies.length, perSecond: latencies.length / elapsed, p50: pct(0.5), p99: pct(0.99) };
}

function fileSize(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-bench-'));
  try {
    log(`fleet server bench: ${ROBOTS} robots x 2 parts, ${LOCATIONS} locations, ${SECONDS} s per measurement`);
    log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), data dir ${dataDir}`);
    const { robotIds, locationIds, totalRobots } = await seed(dataDir);
    const { child, address } = await spawnServer(dataDir);
    const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, DEMO_CREDENTIALS_FILE), 'utf8')) as DemoCredentials;
    log(`fleet server (pid ${child.pid}) listening on ${address}`);

    const p = protos();
    const auth = new p.proto.rpc.v1.AuthService(address, grpc.credentials.createInsecure());
    const token = await new Promise<string>((resolve, reject) =>
      auth.Authenticate({ entity: credentials.apiKeyId, credentials: { type: 'api-key', payload: credentials.apiKey } }, (e, r) =>
        e ? reject(e) : resolve(r!.access_token),
      ),
    );
    auth.close();
    // One client, one channel: every call below is multiplexed over the same HTTP/2 connection.
    const app = new p.viam.app.v1.AppService(address, grpc.credentials.createInsecure());
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${token}`);

    const getRobotParts = () =>
      new Promise<void>((resolve, reject) =>
        app.GetRobotParts({ robot_id: robotIds[Math.floor(Math.random() * robotIds.length)]! }, metadata, (e, r) => {
          if (e) return reject(e);
          if (r!.parts.length !== 2) return reject(new Error(`expected 2 parts, got ${r!.parts.length}`));
          resolve();
        }),
      );
    const { robots: allRobots } = await new Promise<{ robots: unknown[] }>((resolve, reject) =>
      app.ListRobotsForLocations({ location_ids: locationIds }, metadata, (e, r) => (e ? reject(e) : resolve(r as { robots: unknown[] }))),
    );
    if (allRobots.length !== totalRobots) throw new Error(`ListRobotsForLocations returned ${allRobots.length} robots, expected ${totalRobots}`);
    const listAll = () =>
      new Promise<void>((resolve, reject) =>
        app.ListRobotsForLocations({ location_ids: locationIds }, metadata, (e, r) => {
          if (e) return reject(e);
          if (r!.robots.length !== allRobots.length) return reject(new Error(`expected ${allRobots.length} robots, got ${r!.robots.length}`));
          resolve();
        }),
      );

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

    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    const db = path.join(dataDir, DATABASE_FILE);
    log('');
    log(`database: ${mib(fileSize(db))} (${DATABASE_FILE} after a clean shutdown; WAL ${mib(fileSize(`${db}-wal`))})`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
