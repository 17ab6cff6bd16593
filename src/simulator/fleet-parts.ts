/**
 * Which parts the simulator plays: with an API key, walk the fleet over AppService
 * (ListOrganizations → ListLocations → ListRobotsForLocations → GetRobotParts) and take the main
 * parts of the first N robots with their secrets; create robots with NewRobot when the fleet has
 * fewer than N.
 */
import * as grpc from '@grpc/grpc-js';
import pLimit from 'p-limit';
import { UpstreamClient, type AppMethod, type RequestOf, type ResponseOf } from '../upstream/client.ts';
import type { UpstreamTarget } from '../upstream/target.ts';
import type { RobotPart__Output } from '../generated/viam/app/v1/RobotPart.ts';
import type { SimulatedPart } from './simulated-robot.ts';

export interface ApiKey {
  apiKeyId: string;
  apiKey: string;
}

/** Name prefix of the robots the simulator creates. */
export const SIMULATED_ROBOT_PREFIX = 'sim-robot-';
const PARTS_CALLS_IN_FLIGHT = 8;

function partSecret(part: RobotPart__Output): string {
  return part.secrets.find((s) => s.state !== 'STATE_DISABLED')?.secret || part.secret;
}

export async function findSimulatedParts(
  target: UpstreamTarget,
  key: ApiKey,
  count: number,
  notice: (message: string) => void = () => {},
): Promise<SimulatedPart[]> {
  const app = new UpstreamClient(target, { deadlineMs: 10_000 });
  try {
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${await app.authenticate(key.apiKeyId, 'api-key', key.apiKey)}`);
    const call = <M extends AppMethod>(rpc: M, request: RequestOf<M>): Promise<ResponseOf<M>> => app.unary(rpc, request, metadata);

    const { organizations } = await call('ListOrganizations', {});
    const locations = [];
    const robots = [];
    for (const organization of organizations ?? []) {
      const listed = (await call('ListLocations', { organization_id: organization.id! })).locations ?? [];
      locations.push(...listed);
      if (listed.length > 0) robots.push(...((await call('ListRobotsForLocations', { location_ids: listed.map((l) => l.id!) })).robots ?? []));
    }
    const home = locations[0];
    if (!home) throw new Error('the API key sees no location to simulate robots in');

    const missing = count - robots.length;
    if (missing > 0) {
      const taken = new Set(robots.map((r) => r.name));
      const names: string[] = [];
      for (let i = 1; names.length < missing; i++) if (!taken.has(`${SIMULATED_ROBOT_PREFIX}${i}`)) names.push(`${SIMULATED_ROBOT_PREFIX}${i}`);
      notice(`the fleet has ${robots.length} robot(s); creating ${missing} more in location "${home.name}": ${summarize(names)}`);
      for (const name of names) {
        const { id } = await call('NewRobot', { name, location: home.id! });
        robots.push({ id, name });
      }
    }

    const limit = pLimit(PARTS_CALLS_IN_FLIGHT);
    const chosen = robots.slice(0, count);
    return await Promise.all(
      chosen.map((robot) =>
        limit(async () => {
          const { parts } = await call('GetRobotParts', { robot_id: robot.id! });
          const main = (parts ?? []).find((p) => p.main_part) ?? parts?.[0];
          if (!main) throw new Error(`robot ${robot.name} has no part`);
          const secret = partSecret(main as RobotPart__Output);
          if (!secret) throw new Error(`part ${main.name} of robot ${robot.name} has no secret the API key can see`);
          return { partId: main.id!, secret, robotName: robot.name!, partName: main.name! };
        }),
      ),
    );
  } finally {
    app.close();
  }
}

function summarize(names: string[]): string {
  return names.length <= 4 ? names.join(', ') : `${names[0]} … ${names[names.length - 1]}`;
}
