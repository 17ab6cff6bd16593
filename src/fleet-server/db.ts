/**
 * The fleet server's storage: one SQLite file (WAL) or `:memory:`. All times are stored as
 * milliseconds since the epoch; JSON columns hold plain JSON text.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PRIVATE_FILE_MODE, ensurePrivateDir, makePrivate } from './private-files.ts';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  public_namespace TEXT UNIQUE,
  default_region TEXT NOT NULL DEFAULT '',
  cid TEXT,
  created_on INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS members (
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  email TEXT NOT NULL,
  date_added INTEGER NOT NULL,
  last_login INTEGER,
  PRIMARY KEY (organization_id, user_id)
);

CREATE TABLE IF NOT EXISTS invites (
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  created_on INTEGER NOT NULL,
  authorizations TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (organization_id, email)
);

CREATE TABLE IF NOT EXISTS locations (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  parent_location_id TEXT REFERENCES locations(id),
  created_on INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS locations_by_org ON locations(organization_id);
CREATE INDEX IF NOT EXISTS locations_by_parent ON locations(parent_location_id);

CREATE TABLE IF NOT EXISTS location_secrets (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
  secret TEXT NOT NULL,
  created_on INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS location_secrets_by_location ON location_secrets(location_id);

CREATE TABLE IF NOT EXISTS robots (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL REFERENCES locations(id),
  name TEXT NOT NULL,
  created_on INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS robots_by_location ON robots(location_id);

CREATE TABLE IF NOT EXISTS robot_parts (
  id TEXT PRIMARY KEY,
  robot_id TEXT NOT NULL REFERENCES robots(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  main_part INTEGER NOT NULL DEFAULT 0,
  robot_config TEXT NOT NULL DEFAULT '{}',
  user_supplied_info TEXT NOT NULL DEFAULT '{}',
  created_on INTEGER NOT NULL,
  last_updated INTEGER NOT NULL,
  last_access INTEGER,
  needs_restart INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS robot_parts_by_robot ON robot_parts(robot_id);

CREATE TABLE IF NOT EXISTS part_secrets (
  id TEXT PRIMARY KEY,
  part_id TEXT NOT NULL REFERENCES robot_parts(id) ON DELETE CASCADE,
  secret TEXT NOT NULL,
  created_on INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS part_secrets_by_part ON part_secrets(part_id);

-- One row per UpdateRobotPart: the part as it was before the edit, and who edited it.
CREATE TABLE IF NOT EXISTS part_history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  part_id TEXT NOT NULL REFERENCES robot_parts(id) ON DELETE CASCADE,
  robot_id TEXT NOT NULL,
  edited_on INTEGER NOT NULL,
  old_part TEXT NOT NULL,
  edited_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS part_history_by_part ON part_history(part_id, seq);

CREATE TABLE IF NOT EXISTS logs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  part_id TEXT NOT NULL REFERENCES robot_parts(id) ON DELETE CASCADE,
  time_ms INTEGER NOT NULL,
  time_nanos INTEGER NOT NULL DEFAULT 0,
  level TEXT NOT NULL,
  logger_name TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL,
  host TEXT NOT NULL DEFAULT '',
  caller TEXT,
  stack TEXT NOT NULL DEFAULT '',
  fields TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS logs_by_part ON logs(part_id, seq);

CREATE TABLE IF NOT EXISTS fragments (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  config TEXT NOT NULL DEFAULT '{}',
  visibility TEXT NOT NULL DEFAULT 'FRAGMENT_VISIBILITY_PRIVATE',
  created_on INTEGER NOT NULL,
  last_updated INTEGER NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS fragments_by_org ON fragments(organization_id);

CREATE TABLE IF NOT EXISTS modules (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  visibility TEXT NOT NULL DEFAULT 'VISIBILITY_PRIVATE',
  url TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  entrypoint TEXT NOT NULL DEFAULT '',
  models TEXT NOT NULL DEFAULT '[]',
  created_on INTEGER NOT NULL,
  type TEXT NOT NULL DEFAULT 'PACKAGE_TYPE_MODULE',
  updated_on INTEGER,
  UNIQUE (organization_id, name)
);

-- Names registry items (rows of modules) had before a rename or transfer: they still find the
-- item and cannot be taken by another one, as Viam keeps old names working.
CREATE TABLE IF NOT EXISTS registry_item_aliases (
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  item_id TEXT NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  PRIMARY KEY (organization_id, name)
);

CREATE TABLE IF NOT EXISTS module_files (
  module_id TEXT NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
  version TEXT NOT NULL,
  platform TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  path TEXT NOT NULL,
  uploaded_on INTEGER NOT NULL,
  PRIMARY KEY (module_id, version, platform)
);

CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY,
  key_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  created_on INTEGER NOT NULL
);

-- Viam-style authorizations: identity (an API key or a user) holds role <resource_type>_<role>
-- on one resource (organization, location or robot).
CREATE TABLE IF NOT EXISTS authorizations (
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  identity_id TEXT NOT NULL,
  identity_type TEXT NOT NULL,
  authorization_type TEXT NOT NULL,
  authorization_id TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  PRIMARY KEY (identity_id, authorization_id, resource_type, resource_id)
);
CREATE INDEX IF NOT EXISTS authorizations_by_org ON authorizations(organization_id);
CREATE INDEX IF NOT EXISTS authorizations_by_resource ON authorizations(resource_id);

-- Locations shared with organizations besides their own (ShareLocation); a share covers the
-- location's nested locations too.
CREATE TABLE IF NOT EXISTS location_shares (
  location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  shared_on INTEGER NOT NULL,
  PRIMARY KEY (location_id, organization_id)
);
CREATE INDEX IF NOT EXISTS location_shares_by_org ON location_shares(organization_id);

-- Every revision of a fragment (the current one too), with who made it; and tags naming revisions.
CREATE TABLE IF NOT EXISTS fragment_revisions (
  fragment_id TEXT NOT NULL REFERENCES fragments(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  name TEXT NOT NULL,
  config TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  edited_by TEXT,
  PRIMARY KEY (fragment_id, revision)
);
-- Fragments stored before revisions were kept start their history at their current revision.
INSERT OR IGNORE INTO fragment_revisions (fragment_id, revision, name, config, created_at)
  SELECT id, revision, name, config, last_updated FROM fragments;
CREATE TABLE IF NOT EXISTS fragment_tags (
  fragment_id TEXT NOT NULL REFERENCES fragments(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  revision INTEGER NOT NULL,
  PRIMARY KEY (fragment_id, tag)
);
-- Metadata (Get/Update*Metadata): one JSON object per organization, location, robot and part,
-- replaced whole by each update and deleted with its object. No row reads as {}.
CREATE TABLE IF NOT EXISTS organization_metadata (
  organization_id TEXT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS location_metadata (
  location_id TEXT PRIMARY KEY REFERENCES locations(id) ON DELETE CASCADE,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS robot_metadata (
  robot_id TEXT PRIMARY KEY REFERENCES robots(id) ON DELETE CASCADE,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS part_metadata (
  part_id TEXT PRIMARY KEY REFERENCES robot_parts(id) ON DELETE CASCADE,
  data TEXT NOT NULL
);
-- What each part's robot last reported about itself (RobotService Config agent_info) and the
-- address it called from; ListMachineSummaries serves it.
CREATE TABLE IF NOT EXISTS part_agent_info (
  part_id TEXT PRIMARY KEY REFERENCES robot_parts(id) ON DELETE CASCADE,
  version TEXT NOT NULL DEFAULT '',
  git_revision TEXT NOT NULL DEFAULT '',
  os TEXT NOT NULL DEFAULT '',
  platform TEXT NOT NULL DEFAULT '',
  public_ip TEXT NOT NULL DEFAULT '',
  reported_on INTEGER NOT NULL
);
`;

/** The database file and the WAL and shared-memory files SQLite keeps beside it. */
export const databaseFiles = (file: string): string[] => [file, `${file}-wal`, `${file}-shm`];

/**
 * Opens (and creates if needed) the database. `file` is a path or `:memory:`. A file database
 * lives in a 0700 directory and its files are 0600, created so and narrowed at every open.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    ensurePrivateDir(path.dirname(file));
    fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
    makePrivate(file);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives a crash of the process or of the machine.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  // Registry item columns (issue 13) for files made before them: CREATE TABLE IF NOT EXISTS keeps old tables as they were.
  addMissingColumn(db, 'modules', 'type', "TEXT NOT NULL DEFAULT 'PACKAGE_TYPE_MODULE'");
  addMissingColumn(db, 'modules', 'updated_on', 'INTEGER');
  if (file !== ':memory:') for (const companion of databaseFiles(file)) makePrivate(companion);
  return db;
}

function addMissingColumn(db: Db, table: string, column: string, definition: string): void {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
  if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
}

export function getMeta(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function deleteMeta(db: Db, key: string): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(key);
}
