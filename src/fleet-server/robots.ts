/** Robots (Viam's machines): each lives in one location and has one or more parts. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import type { RobotRow } from './records.ts';
import { insertPart } from './parts.ts';

/** A new robot with its main part, named `<robot>-main` as Viam does. */
export function insertRobot(db: Db, locationId: string, name: string): RobotRow {
  const row: RobotRow = { id: crypto.randomUUID(), location_id: locationId, name, created_on: Date.now() };
  db.prepare('INSERT INTO robots (id, location_id, name, created_on) VALUES (@id, @location_id, @name, @created_on)').run(row);
  insertPart(db, row.id, `${name}-main`);
  return row;
}

export const robotRpcs: HandlerMap = {};
