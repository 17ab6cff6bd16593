/** Robot parts: main part, config, secrets, history and restarts. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import { randomSecret } from './auth.ts';
import type { PartRow, SecretRow } from './records.ts';
import type { JsonObject } from '../wire/struct.ts';

export function insertPartSecret(db: Db, partId: string): SecretRow {
  const row: SecretRow = { id: crypto.randomUUID(), secret: randomSecret(32), created_on: Date.now() };
  db.prepare('INSERT INTO part_secrets (id, part_id, secret, created_on) VALUES (?, ?, ?, ?)').run(row.id, partId, row.secret, row.created_on);
  return row;
}

/** A new part with its first secret; the first part of a robot becomes its main part. */
export function insertPart(db: Db, robotId: string, name: string, config: JsonObject = {}): PartRow {
  const now = Date.now();
  const hasParts = db.prepare('SELECT 1 FROM robot_parts WHERE robot_id = ?').get(robotId) !== undefined;
  const row: PartRow = {
    id: crypto.randomUUID(),
    robot_id: robotId,
    name,
    main_part: hasParts ? 0 : 1,
    robot_config: JSON.stringify(config),
    user_supplied_info: '{}',
    created_on: now,
    last_updated: now,
    last_access: null,
    needs_restart: 0,
  };
  db.prepare(
    `INSERT INTO robot_parts (id, robot_id, name, main_part, robot_config, user_supplied_info, created_on, last_updated, last_access, needs_restart)
     VALUES (@id, @robot_id, @name, @main_part, @robot_config, @user_supplied_info, @created_on, @last_updated, @last_access, @needs_restart)`,
  ).run(row);
  insertPartSecret(db, row.id);
  return row;
}

export const partRpcs: HandlerMap = {};
