/**
 * viam.app.v1.RobotService for robots, authenticated with their part secret: Config, Log,
 * NeedsRestart. Every call counts as the part being seen (its last access), which is what makes
 * the online state of robots and parts real.
 */
import type { Db } from './db.ts';
import type { CallContext, HandlerMap } from './rpc.ts';
import { robotService } from './rpc.ts';
import { invalidArgument, notFound } from './errors.ts';
import { tokenSecret } from './auth.ts';
import { partMessage, type PartRow } from './records.ts';
import { recordAgentInfo } from './agent-info.ts';
import { insertLogEntries, newLogEntry, type StoredLogEntry } from './log-store.ts';
import { MAX_ENTRIES_PER_LOG_CALL, enforceLogQuota, logRowBytes, requireBatchWithinQuota } from './log-limits.ts';
import type { JsonObject, JsonValue } from '../wire/struct.ts';
import { toStruct } from '../wire/struct.ts';
import type { ConfigRequest__Output } from '../generated/viam/app/v1/ConfigRequest.ts';
import type { ConfigResponse } from '../generated/viam/app/v1/ConfigResponse.ts';
import type { RobotConfig } from '../generated/viam/app/v1/RobotConfig.ts';
import type { ComponentConfig } from '../generated/viam/app/v1/ComponentConfig.ts';
import type { ServiceConfig } from '../generated/viam/app/v1/ServiceConfig.ts';
import type { ModuleConfig } from '../generated/viam/app/v1/ModuleConfig.ts';
import type { CloudConfig } from '../generated/viam/app/v1/CloudConfig.ts';
import type { LogRequest__Output } from '../generated/viam/app/v1/LogRequest.ts';
import type { LogResponse } from '../generated/viam/app/v1/LogResponse.ts';
import type { NeedsRestartRequest__Output } from '../generated/viam/app/v1/NeedsRestartRequest.ts';
import type { NeedsRestartResponse } from '../generated/viam/app/v1/NeedsRestartResponse.ts';

/** How often a robot should ask NeedsRestart again. */
export const RESTART_CHECK_INTERVAL_SECONDS = 5;

/** Records that the part called in now; NOT_FOUND when it was deleted after its token was issued. */
function touchPart(db: Db, partId: string, now = Date.now()): PartRow {
  const row = db.prepare('SELECT * FROM robot_parts WHERE id = ?').get(partId) as PartRow | undefined;
  if (!row) throw notFound(`robot part ${partId} not found`);
  db.prepare('UPDATE robot_parts SET last_access = ? WHERE id = ?').run(now, partId);
  return { ...row, last_access: now };
}

// ---- Config: the stored Viam JSON config as the typed RobotConfig subset ----------------------

const asObject = (value: JsonValue | undefined): JsonObject | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
const objectsIn = (value: JsonValue | undefined): JsonObject[] =>
  Array.isArray(value) ? value.map(asObject).filter((o): o is JsonObject => o !== null) : [];
const text = (object: JsonObject, key: string): string => {
  const value = object[key];
  return typeof value === 'string' ? value : '';
};
const texts = (value: JsonValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function componentConfig(raw: JsonObject): ComponentConfig {
  return {
    name: text(raw, 'name'),
    namespace: text(raw, 'namespace'),
    type: text(raw, 'type'),
    model: text(raw, 'model'),
    depends_on: texts(raw.depends_on),
    attributes: toStruct(asObject(raw.attributes) ?? {}),
    api: text(raw, 'api'),
  };
}

function serviceConfig(raw: JsonObject): ServiceConfig {
  return { ...componentConfig(raw) };
}

function moduleConfig(raw: JsonObject): ModuleConfig {
  const env = asObject(raw.env) ?? {};
  return {
    name: text(raw, 'name'),
    // Viam's JSON calls the path of a local module `executable_path`.
    path: text(raw, 'executable_path') || text(raw, 'path'),
    log_level: text(raw, 'log_level'),
    type: text(raw, 'type'),
    module_id: text(raw, 'module_id'),
    env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
  };
}

/**
 * `secret` is the part secret the robot authenticated with, never another one: a holder of a
 * secret about to be rotated out must not learn its successor from Config.
 * No location secrets (`location_secret`, `location_secrets` stay empty): they authenticate
 * nothing on this server, and a part secret is readable by a `robot_owner`, whom LocationAuth
 * refuses; holding the part must not yield more than the part.
 */
function cloudConfig(db: Db, part: PartRow, ownSecret: string, onlineWindowSeconds: number): CloudConfig {
  const message = partMessage(db, part, onlineWindowSeconds);
  const location = db.prepare('SELECT id, organization_id FROM locations WHERE id = ?').get(message.location_id) as {
    id: string;
    organization_id: string;
  };
  return {
    id: part.id,
    fqdn: message.fqdn,
    local_fqdn: message.local_fqdn,
    location_secret: '',
    secret: ownSecret,
    location_secrets: [],
    primary_org_id: location.organization_id,
    location_id: location.id,
    machine_id: part.robot_id,
  };
}

export function robotConfigMessage(db: Db, part: PartRow, ownSecret: string, onlineWindowSeconds: number): RobotConfig {
  const stored = asObject(JSON.parse(part.robot_config) as JsonValue) ?? {};
  return {
    cloud: cloudConfig(db, part, ownSecret, onlineWindowSeconds),
    components: objectsIn(stored.components).map(componentConfig),
    services: objectsIn(stored.services).map(serviceConfig),
    modules: objectsIn(stored.modules).map(moduleConfig),
    ...(typeof stored.debug === 'boolean' ? { debug: stored.debug } : {}),
    // Changes whenever the part's config is updated.
    revision: String(part.last_updated),
  };
}

const config = robotService.unary<ConfigRequest__Output, ConfigResponse>((request, { db, caller, fleet, peer }) => {
  const part = touchPart(db, request.id);
  if (request.agent_info) recordAgentInfo(db, part.id, request.agent_info, peer);
  // Read again inside this transaction: the secret may have been rotated since the token was checked.
  const ownSecret = tokenSecret(db, part.id, caller.secretId);
  return { config: robotConfigMessage(db, part, ownSecret, fleet.options.onlineWindowSeconds) };
});

// ---- Log: store, then fan out to live tails once committed ------------------------------------

interface StoredBatch {
  partId: string;
  stored: StoredLogEntry[];
}

/** Stores a batch; a part over its quota loses its oldest entries (never the new ones). */
function storeLogs(request: LogRequest__Output, { db, fleet }: CallContext<'robot-part'>): StoredBatch {
  const entries = request.logs ?? [];
  if (entries.length > MAX_ENTRIES_PER_LOG_CALL) {
    throw invalidArgument(`logs may hold at most ${MAX_ENTRIES_PER_LOG_CALL} entries per call, got ${entries.length}`);
  }
  const now = Date.now();
  const validated = entries.map((entry, i) => newLogEntry(`logs[${i}]`, entry, now));
  const { logQuota } = fleet.options;
  requireBatchWithinQuota(logQuota, validated.length, validated.reduce((sum, entry) => sum + logRowBytes(entry), 0));
  touchPart(db, request.id, now);
  const stored = insertLogEntries(db, request.id, validated);
  enforceLogQuota(db, request.id, logQuota);
  return { partId: request.id, stored };
}

/** Published after the commit, so a tail never sees an entry that was rolled back. */
function publishLogs(batch: StoredBatch, { fleet }: CallContext<'robot-part'>): LogResponse {
  try {
    if (batch.stored.length > 0) fleet.logBus.publish(batch.partId, batch.stored);
  } catch (publishError) {
    // The entries are stored; a failing listener must not fail the robot's call.
    fleet.log(`publishing logs of part ${batch.partId} failed: ${String(publishError)}`);
  }
  return {};
}

const log = robotService.unary<LogRequest__Output, LogResponse, StoredBatch>(storeLogs, publishLogs);

// ---- NeedsRestart: true once after MarkPartForRestart ----------------------------------------

const needsRestart = robotService.unary<NeedsRestartRequest__Output, NeedsRestartResponse>((request, { db }) => {
  const part = touchPart(db, request.id);
  const mustRestart = part.needs_restart !== 0;
  if (mustRestart) db.prepare('UPDATE robot_parts SET needs_restart = 0 WHERE id = ?').run(part.id);
  return {
    id: part.id,
    must_restart: mustRestart,
    restart_check_interval: { seconds: RESTART_CHECK_INTERVAL_SECONDS, nanos: 0 },
  };
});

export const robotServiceRpcs: HandlerMap = {
  Config: config,
  Log: log,
  NeedsRestart: needsRestart,
};
