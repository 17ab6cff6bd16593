/** Locations (nested under one another) and their secrets. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import { randomSecret } from './auth.ts';
import type { LocationRow } from './records.ts';

export function insertLocationSecret(db: Db, locationId: string): { id: string; secret: string; created_on: number } {
  const row = { id: crypto.randomUUID(), secret: randomSecret(32), created_on: Date.now() };
  db.prepare('INSERT INTO location_secrets (id, location_id, secret, created_on) VALUES (?, ?, ?, ?)').run(row.id, locationId, row.secret, row.created_on);
  return row;
}

/** A new location with its first secret. */
export function insertLocation(db: Db, organizationId: string, name: string, parentLocationId: string | null): LocationRow {
  const row: LocationRow = { id: crypto.randomUUID(), organization_id: organizationId, name, parent_location_id: parentLocationId, created_on: Date.now() };
  db.prepare('INSERT INTO locations (id, organization_id, name, parent_location_id, created_on) VALUES (@id, @organization_id, @name, @parent_location_id, @created_on)').run(row);
  insertLocationSecret(db, row.id);
  return row;
}

export const locationRpcs: HandlerMap = {};
