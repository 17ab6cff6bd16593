/**
 * Helpers for end-to-end tests of the graph: finding fixtures by name in the fleet database and
 * checking GraphQL errors the way a client sees them (a null field plus an error at its path).
 */
import { expect } from 'vitest';
import type { Db } from '../../src/fleet-server/db.ts';
import type { PartRow } from '../../src/fleet-server/records.ts';
import type { GraphQLResponse } from './gateway.ts';

/** The id of the row named `name` in a fleet table (locations, robots, robot_parts, organizations). */
export function idByName(db: Db, table: 'organizations' | 'locations' | 'robots' | 'robot_parts', name: string): string {
  const row = db.prepare(`SELECT id FROM ${table} WHERE name = ?`).get(name) as { id: string } | undefined;
  if (!row) throw new Error(`no ${table} row named ${name}`);
  return row.id;
}

/** The id of a robot's main part. */
export function mainPartId(db: Db, robotId: string): string {
  const row = db.prepare('SELECT id FROM robot_parts WHERE robot_id = ? AND main_part = 1').get(robotId) as { id: string } | undefined;
  if (!row) throw new Error(`robot ${robotId} has no main part`);
  return row.id;
}

/** The first (oldest) secret of a part, as a robot authenticates with it. */
export function firstSecret(db: Db, partId: string): string {
  const row = db.prepare('SELECT secret FROM part_secrets WHERE part_id = ? ORDER BY created_on, id').get(partId) as { secret: string } | undefined;
  if (!row) throw new Error(`part ${partId} has no secret`);
  return row.secret;
}

/** The stored row of a part, undefined when there is none. */
export const storedPart = (db: Db, id: string) => db.prepare('SELECT * FROM robot_parts WHERE id = ?').get(id) as PartRow | undefined;

/** The value at `path` in the response data (undefined when a parent is missing). */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value: any = data;
  for (const key of path) value = value?.[key];
  return value;
}

/**
 * Expects exactly one error at `path`, with the mapped code (and gRPC status when given), and the
 * field itself null in `data`. Returns the error for more checks.
 */
export function expectFieldError(result: GraphQLResponse, path: readonly (string | number)[], code: string, grpcStatus?: string) {
  const atPath = (result.errors ?? []).filter((e) => JSON.stringify(e.path) === JSON.stringify(path));
  expect(atPath, `errors at ${path.join('.')}: ${JSON.stringify(result.errors)}`).toHaveLength(1);
  const error = atPath[0]!;
  expect(error.extensions?.code).toBe(code);
  if (grpcStatus) expect(error.extensions?.grpcStatus).toBe(grpcStatus);
  expect(result.data, 'partial data must still come back').toBeTruthy();
  expect(valueAt(result.data, path)).toBeNull();
  return error;
}

/** Expects the operation to fail with one error of this code and no data for the field. */
export function expectOnlyError(result: GraphQLResponse, path: readonly (string | number)[], code: string, grpcStatus?: string) {
  expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
  return expectFieldError(result, path, code, grpcStatus);
}
