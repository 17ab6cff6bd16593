/**
 * What the frontend-client tests (Apollo Client, urql graphcache) share: a gateway with a robot
 * that logs, the documents a dashboard sends, and a trap for every warning a client prints.
 */
import { buildSchema, isObjectType } from 'graphql';
import fs from 'node:fs';
import { startTestGateway, type TestGateway } from './gateway.ts';
import { idByName } from './graph.ts';
import { robotLogger } from './live-logs.ts';
import { SCHEMA_FILE } from '../../src/schema/print.ts';

export const FLEET_TREE = /* GraphQL */ `
  query FleetTree {
    organizations {
      id
      name
      locations {
        id
        name
        robots {
          id
          name
          parts {
            id
            name
            logs(first: 10) { nodes { id partId time level message } }
          }
        }
      }
    }
  }
`;

export const UPDATE_ROBOT = /* GraphQL */ `
  mutation RenameRobot($id: ID!, $name: String!, $locationId: ID!) {
    updateRobot(id: $id, name: $name, locationId: $locationId) { id name }
  }
`;

export const PART_LOG_TAIL = /* GraphQL */ `
  subscription PartLogTail($partId: ID!) {
    robotPartLogs(partId: $partId, errorsOnly: false) { id partId time level message }
  }
`;

export interface FrontendScenario {
  t: TestGateway;
  partId: string;
  robotId: string;
  locationId: string;
  robot: Awaited<ReturnType<typeof robotLogger>>;
  /** Calls the fleet server has answered so far, all methods together. */
  fleetCalls(): number;
  close(): Promise<void>;
}

/** A gateway whose rover-1 main part has logged two lines. */
export async function startFrontendScenario(): Promise<FrontendScenario> {
  const t = await startTestGateway();
  const partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main');
  const robotId = idByName(t.fleet.server.db, 'robots', 'rover-1');
  const { part } = await t.fleet.app.call('GetRobotPart', { id: partId });
  const { robot: stored } = await t.fleet.app.call('GetRobot', { id: robotId });
  const robot = await robotLogger(t.fleet.address, partId, part.secrets[0].secret);
  await robot.log([
    { level: 'info', message: 'booted' },
    { level: 'warn', message: 'battery at 20%' },
  ]);
  const fleetCalls = () => Object.values(t.fleet.server.calls.snapshot()).reduce((sum, n) => sum + n, 0);
  return {
    t,
    partId,
    robotId,
    locationId: stored.location,
    robot,
    fleetCalls,
    async close() {
      robot.close();
      await t.close();
    },
  };
}

/** Every console.warn and console.error while installed: what Apollo's and urql's dev warnings go through. */
export function captureClientWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = { warn: console.warn, error: console.error };
  console.warn = (...args: unknown[]) => void messages.push(`warn: ${args.map(String).join(' ')}`);
  console.error = (...args: unknown[]) => void messages.push(`error: ${args.map(String).join(' ')}`);
  return {
    messages,
    restore() {
      Object.assign(console, original);
    },
  };
}

/**
 * The types a normalized cache keeps inside their parent: those the schema describes as values
 * without identity (test/schema-identity.test.ts holds every other type to an `id`). urql
 * graphcache wants them named (`keys: { T: () => null }`); Apollo needs nothing.
 */
export function valueTypes(): string[] {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !('id' in type.getFields()))
    .map((type) => type.name)
    .filter((name) => !['Query', 'Mutation', 'Subscription'].includes(name));
}
