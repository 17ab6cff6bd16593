/**
 * Memory of the gateway under the second review's amplification requests, against a real
 * `fleetgraph serve` process (the fleet server runs in this process; only the gateway is measured):
 * - F1: `config: { a: [$v, $v, ... 1600 times] }` with a 500 KiB `$v` (an operator key);
 * - F2: a page of 1,000 log entries of ~15 KiB each asked for under 28 aliases plus edges.
 * Prints the gateway's resident memory before and its peak (VmHWM) after each, and the answer.
 * Linux only (reads /proc). Measured on the 2-core dev box (2026-12-01): before review 2's fixes
 * F1 took the gateway from 239 to 1023 MiB (refused upstream only after it was built) and F2 from
 * 1014 to 1493 MiB (a 119 MiB response); after them F1 peaks at +2 MiB (BAD_USER_INPUT) and F2 at
 * +14 MiB (RESPONSE_TOO_LARGE).
 *
 *   npx tsx bench/amplification-memory.ts
 */
import fs from 'node:fs';
import { startFleetServer } from '../src/fleet-server/server.ts';
import { createApiKey } from '../src/fleet-server/keys.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { protos } from '../src/wire/protos.ts';
import * as grpc from '@grpc/grpc-js';
import { spawnGateway } from './support/gateway-process.ts';

function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakMiB: Math.round(kib('VmHWM') / 1024) };
}

const fleet = await startFleetServer({ dataDir: ':memory:', port: 0, log: () => {} });
const db = fleet.db;
const orgId = fleet.demo!.organizationId;
const operator = createApiKey(db, orgId, 'bench operator', [{ authorizationId: 'organization_operator', resourceType: 'organization', resourceId: orgId }]);
const robotId = insertRobot(db, insertLocation(db, orgId, 'Bench Yard', null).id, 'bench-bot').id;
const part = db.prepare('SELECT id FROM robot_parts WHERE robot_id = ?').get(robotId) as { id: string };
const secret = db.prepare('SELECT secret FROM part_secrets WHERE part_id = ? ORDER BY created_on, id').get(part.id) as { secret: string } | undefined;

// A robot fills its part's logs through RobotService, as in the review.
const p = protos();
const auth = new (p.proto.rpc.v1.AuthService as unknown as grpc.ServiceClientConstructor)(fleet.address, grpc.credentials.createInsecure()) as any;
const unary = (client: any, method: string, request: object, metadata = new grpc.Metadata()) =>
  new Promise<any>((resolve, reject) => client[method](request, metadata, (error: Error | null, response: unknown) => (error ? reject(error) : resolve(response))));
const token = (await unary(auth, 'Authenticate', { entity: part.id, credentials: { type: 'robot-secret', payload: secret?.secret } })).access_token as string;
const robot = new (p.viam.app.v1.RobotService as unknown as grpc.ServiceClientConstructor)(fleet.address, grpc.credentials.createInsecure()) as any;
const metadata = new grpc.Metadata();
metadata.set('authorization', `Bearer ${token}`);
const entry = { level: 'info', message: 'm'.repeat(15 * 1024) };
for (let sent = 0; sent < 1000; sent += 100) await unary(robot, 'Log', { id: part.id, logs: Array.from({ length: 100 }, () => entry) }, metadata);

const gateway = await spawnGateway(`http://${fleet.address}`);
const post = async (query: string, variables: object) => {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-viam-api-key-id': operator.id, 'x-viam-api-key': operator.key },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'data';
  return `HTTP ${response.status}, ${code}, ${(text.length / 1024 / 1024).toFixed(1)} MiB`;
};
const requests: [string, () => Promise<string>][] = [
  [
    'F1: config literal naming a 500 KiB variable 1,600 times',
    () => post(`mutation($v: JSON) { updateRobotPart(id: "${part.id}", name: "x", config: { a: [${Array(1600).fill('$v').join(',')}] }) { id } }`, { v: 'x'.repeat(512_000) }),
  ],
  [
    'F2: 1,000 log entries of 15 KiB under 28 aliases and edges',
    () => post(`{ robotPart(id: "${part.id}") { logs(first: 1000) { nodes { message ${Array.from({ length: 28 }, (_, i) => `a${i}: message`).join(' ')} } edges { node { message } } } } }`, {}),
  ],
];
try {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const [name, send] of requests) {
    // Reset the peak (VmHWM) so each request's own peak is measured, not the highest one so far.
    fs.writeFileSync(`/proc/${gateway.pid}/clear_refs`, '5');
    const before = memoryOf(gateway.pid);
    const answer = await send();
    const after = memoryOf(gateway.pid);
    console.log(`${name}: ${answer}; gateway RSS before ${before.rssMiB} MiB, peak ${after.peakMiB} MiB`);
  }
} finally {
  await gateway.stop();
  await fleet.close();
}
