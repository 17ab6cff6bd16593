/** The fleet database of a data dir, for commands that write it directly (keys, invites). */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../fleet-server/db.ts';
import { DATABASE_FILE, DEFAULT_DATA_DIR } from '../fleet-server/server.ts';

/** `--data-dir`, as every such command takes it: FLEETGRAPH_DATA_DIR, else ./data. */
export const dataDirOption = { type: 'string', default: process.env.FLEETGRAPH_DATA_DIR ?? DEFAULT_DATA_DIR } as const;

/** Opens the database of an existing fleet server's data dir; runs `use` and closes it. */
export function withFleetDatabase<T>(dataDir: string, use: (db: Db, file: string) => T): T {
  const file = path.join(path.resolve(dataDir), DATABASE_FILE);
  if (!fs.existsSync(file)) throw new Error(`no fleet database at ${file}; start the fleet server once first`);
  const db = openDatabase(file);
  try {
    return use(db, file);
  } finally {
    db.close();
  }
}
