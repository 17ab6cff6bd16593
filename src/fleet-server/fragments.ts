/** Fragments: reusable pieces of robot config, private or public. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import type { JsonObject } from '../wire/struct.ts';

export function insertFragment(db: Db, organizationId: string, name: string, config: JsonObject, visibility = 'FRAGMENT_VISIBILITY_PRIVATE'): string {
  const id = crypto.randomUUID();
  const now = Date.now();
  db.prepare('INSERT INTO fragments (id, organization_id, name, config, visibility, created_on, last_updated) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    organizationId,
    name,
    JSON.stringify(config),
    visibility,
    now,
    now,
  );
  return id;
}

export const fragmentRpcs: HandlerMap = {};
