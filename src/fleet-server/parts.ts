/** Robot parts: main part, config, secrets, history and restarts. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import { appService, type HandlerMap } from './rpc.ts';
import { randomSecret, type ApiKeyCaller } from './auth.ts';
import { IN_OWN_ORGANIZATION, authorize, locationScope, partScope, robotScope, roleFor, type AccessOptions, type Role, type Scope } from './access.ts';
import { alreadyExists, conflict, failedPrecondition, invalidArgument, lookupIn, notFound, permissionDenied } from './errors.ts';
import { requireId, requireName, requireStruct } from './validate.ts';
import { requireUsableFragments } from './fragments.ts';
import { partMessage, partMessages, type PartRow, type SecretRow } from './records.ts';
import { fromTimestamp, toTimestamp, type JsonObject, type JsonValue } from '../wire/struct.ts';
import type { Struct__Output } from '../generated/google/protobuf/Struct.ts';
import type { RobotPart } from '../generated/viam/app/v1/RobotPart.ts';
import type { AuthenticatorInfo } from '../generated/viam/app/v1/AuthenticatorInfo.ts';
import type { GetRobotPartsRequest__Output } from '../generated/viam/app/v1/GetRobotPartsRequest.ts';
import type { GetRobotPartsResponse } from '../generated/viam/app/v1/GetRobotPartsResponse.ts';
import type { GetRobotPartRequest__Output } from '../generated/viam/app/v1/GetRobotPartRequest.ts';
import type { GetRobotPartResponse } from '../generated/viam/app/v1/GetRobotPartResponse.ts';
import type { GetRobotPartHistoryRequest__Output } from '../generated/viam/app/v1/GetRobotPartHistoryRequest.ts';
import type { GetRobotPartHistoryResponse } from '../generated/viam/app/v1/GetRobotPartHistoryResponse.ts';
import type { UpdateRobotPartRequest__Output } from '../generated/viam/app/v1/UpdateRobotPartRequest.ts';
import type { UpdateRobotPartResponse } from '../generated/viam/app/v1/UpdateRobotPartResponse.ts';
import type { NewRobotPartRequest__Output } from '../generated/viam/app/v1/NewRobotPartRequest.ts';
import type { NewRobotPartResponse } from '../generated/viam/app/v1/NewRobotPartResponse.ts';
import type { DeleteRobotPartRequest__Output } from '../generated/viam/app/v1/DeleteRobotPartRequest.ts';
import type { DeleteRobotPartResponse } from '../generated/viam/app/v1/DeleteRobotPartResponse.ts';
import type { MarkPartAsMainRequest__Output } from '../generated/viam/app/v1/MarkPartAsMainRequest.ts';
import type { MarkPartAsMainResponse } from '../generated/viam/app/v1/MarkPartAsMainResponse.ts';
import type { MarkPartForRestartRequest__Output } from '../generated/viam/app/v1/MarkPartForRestartRequest.ts';
import type { MarkPartForRestartResponse } from '../generated/viam/app/v1/MarkPartForRestartResponse.ts';
import type { CreateRobotPartSecretRequest__Output } from '../generated/viam/app/v1/CreateRobotPartSecretRequest.ts';
import type { CreateRobotPartSecretResponse } from '../generated/viam/app/v1/CreateRobotPartSecretResponse.ts';
import type { DeleteRobotPartSecretRequest__Output } from '../generated/viam/app/v1/DeleteRobotPartSecretRequest.ts';
import type { DeleteRobotPartSecretResponse } from '../generated/viam/app/v1/DeleteRobotPartSecretResponse.ts';
import type { GetRobotPartByNameAndLocationRequest__Output } from '../generated/viam/app/v1/GetRobotPartByNameAndLocationRequest.ts';
import type { GetRobotPartByNameAndLocationResponse } from '../generated/viam/app/v1/GetRobotPartByNameAndLocationResponse.ts';

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


/** A part without its secrets: what anyone but an owner gets. */
const withoutSecrets = (part: RobotPart): RobotPart => ({ ...part, secret: '', secrets: [] });

/**
 * Part secrets are a robot's identity and are for owners in the robot's own organization, like
 * location secrets: an operator, or an owner of an organization the location is shared with,
 * gets the parts with `secret` empty and `secrets` empty (GetLocation likewise leaves out
 * `auth`), while the RPCs that exist only for secrets (Create/DeleteRobotPartSecret) refuse.
 */
function partsFor(db: Db, caller: ApiKeyCaller, scope: Scope, parts: RobotPart[]): RobotPart[] {
  return roleFor(db, caller, scope, IN_OWN_ORGANIZATION) === 'owner' ? parts : parts.map(withoutSecrets);
}

const getPartRow = (db: Db, partId: string) => db.prepare('SELECT * FROM robot_parts WHERE id = ?').get(partId) as PartRow;

/** The part named by `field`, after checking the id and that the caller holds `need` on it. */
function authorizedPart(db: Db, caller: ApiKeyCaller, need: Role, field: string, value: string, options: AccessOptions = {}): PartRow {
  const partId = requireId(field, value);
  authorize(db, caller, need, partScope(db, partId), options);
  return getPartRow(db, partId);
}

function assertNameFree(db: Db, robotId: string, name: string, field: string, exceptPartId = ''): void {
  const taken = db.prepare('SELECT 1 FROM robot_parts WHERE robot_id = ? AND name = ? AND id != ?').get(robotId, name, exceptPartId);
  if (taken) throw alreadyExists(`${field}: this robot already has a part named ${JSON.stringify(name)}`);
}

/** INVALID_ARGUMENT naming the path of a NaN or infinity, which JSON cannot hold. */
export function assertFiniteNumbers(value: JsonValue, path: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) throw invalidArgument(`${path} must be a finite number`);
  if (Array.isArray(value)) value.forEach((item, i) => assertFiniteNumbers(item, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) assertFiniteNumbers(item, `${path}.${key}`);
}

/** A robot_config Struct as the JSON object to store; NaN and infinities have no JSON form. */
function configFromStruct(struct: Struct__Output): JsonObject {
  const config = requireStruct('robot_config', struct);
  assertFiniteNumbers(config, 'robot_config');
  return config;
}

/** Strictly after the previous value, so `last_known_update` tells two edits in one millisecond apart. */
const nextUpdateTime = (previous: number) => Math.max(Date.now(), previous + 1);

function recordHistory(db: Db, part: PartRow, caller: ApiKeyCaller, windowSeconds: number): void {
  // The snapshot keeps the part's name and config as they were; secrets are left out so a
  // deleted secret does not live on in the history.
  const old = withoutSecrets(partMessage(db, part, windowSeconds));
  const editor: AuthenticatorInfo = { type: 'AUTHENTICATION_TYPE_API_KEY', value: caller.keyId };
  db.prepare('INSERT INTO part_history (part_id, robot_id, edited_on, old_part, edited_by) VALUES (?, ?, ?, ?, ?)').run(
    part.id,
    part.robot_id,
    Date.now(),
    JSON.stringify(old),
    JSON.stringify(editor),
  );
}

export const partRpcs: HandlerMap = {
  GetRobotParts: appService.unary<GetRobotPartsRequest__Output, GetRobotPartsResponse>((request, { db, caller, fleet }) => {
    const robotId = requireId('robot_id', request.robot_id);
    const scope = robotScope(db, robotId);
    authorize(db, caller, 'operator', scope);
    const rows = db.prepare('SELECT * FROM robot_parts WHERE robot_id = ? ORDER BY main_part DESC, created_on, id').all(robotId) as PartRow[];
    return { parts: partsFor(db, caller, scope, partMessages(db, rows, fleet.options.onlineWindowSeconds)) };
  }),

  GetRobotPart: appService.unary<GetRobotPartRequest__Output, GetRobotPartResponse>((request, { db, caller, fleet }) => {
    const row = authorizedPart(db, caller, 'operator', 'id', request.id);
    const [part] = partsFor(db, caller, partScope(db, row.id), [partMessage(db, row, fleet.options.onlineWindowSeconds)]);
    return {
      part,
      config_json: JSON.stringify(JSON.parse(row.robot_config), null, 2),
    };
  }),

  GetRobotPartHistory: appService.unary<GetRobotPartHistoryRequest__Output, GetRobotPartHistoryResponse>((request, { db, caller }) => {
    const row = authorizedPart(db, caller, 'operator', 'id', request.id);
    const entries = db.prepare('SELECT robot_id, edited_on, old_part, edited_by FROM part_history WHERE part_id = ? ORDER BY seq DESC').all(row.id) as {
      robot_id: string;
      edited_on: number;
      old_part: string;
      edited_by: string;
    }[];
    return {
      history: entries.map((entry) => ({
        part: row.id,
        robot: entry.robot_id,
        when: toTimestamp(entry.edited_on),
        // Snapshots carry no secrets; rows written before that rule are cleaned as they are read.
        old: withoutSecrets(JSON.parse(entry.old_part) as RobotPart),
        edited_by: JSON.parse(entry.edited_by) as AuthenticatorInfo,
      })),
    };
  }),

  UpdateRobotPart: appService.unary<UpdateRobotPartRequest__Output, UpdateRobotPartResponse>((request, { db, caller, fleet }) => {
    const row = authorizedPart(db, caller, 'owner', 'id', request.id);
    const name = requireName('name', request.name);
    // As in Viam, leaving robot_config out keeps the stored config.
    let config = row.robot_config;
    if (request.robot_config) {
      const given = configFromStruct(request.robot_config);
      requireUsableFragments(db, caller, partScope(db, row.id).organizationId, 'robot_config', given, JSON.parse(row.robot_config) as JsonObject);
      config = JSON.stringify(given);
    }
    if (request.last_known_update) {
      const known = fromTimestamp(request.last_known_update)!.getTime();
      if (row.last_updated > known) {
        throw conflict(
          `last_known_update: the part was changed at ${new Date(row.last_updated).toISOString()}, after ${new Date(known).toISOString()}; read it again before updating`,
        );
      }
    }
    assertNameFree(db, row.robot_id, name, 'name', row.id);
    recordHistory(db, row, caller, fleet.options.onlineWindowSeconds);
    const lastUpdated = nextUpdateTime(row.last_updated);
    db.prepare('UPDATE robot_parts SET name = ?, robot_config = ?, last_updated = ? WHERE id = ?').run(name, config, lastUpdated, row.id);
    return { part: partsFor(db, caller, partScope(db, row.id), [partMessage(db, getPartRow(db, row.id), fleet.options.onlineWindowSeconds)])[0] };
  }),

  /**
   * The part of that name among the robots directly in the location that the caller may see (the
   * oldest, should robots there have parts of the same name). Not found: NOT_FOUND for a caller
   * who sees the whole location, PERMISSION_DENIED for others, so a key granted one robot learns
   * nothing about the parts of the others.
   */
  GetRobotPartByNameAndLocation: appService.unary<GetRobotPartByNameAndLocationRequest__Output, GetRobotPartByNameAndLocationResponse>(
    (request, { db, caller, fleet }) => {
      const locationId = requireId('location_id', request.location_id);
      const name = requireName('name', request.name);
      const locationRole = roleFor(db, caller, lookupIn('location_id', () => locationScope(db, locationId)));
      const candidates = db
        .prepare('SELECT p.* FROM robot_parts p JOIN robots r ON r.id = p.robot_id WHERE r.location_id = ? AND p.name = ? ORDER BY p.created_on, p.id')
        .all(locationId, name) as PartRow[];
      for (const row of candidates) {
        const scope = partScope(db, row.id);
        if (roleFor(db, caller, scope) === null) continue;
        return { part: partsFor(db, caller, scope, [partMessage(db, row, fleet.options.onlineWindowSeconds)])[0] };
      }
      if (locationRole === null) throw permissionDenied('this key has no access to that location');
      throw notFound(`name: location ${locationId} has no robot with a part named ${JSON.stringify(name)}`);
    },
  ),

  NewRobotPart: appService.unary<NewRobotPartRequest__Output, NewRobotPartResponse>((request, { db, caller }) => {
    const robotId = requireId('robot_id', request.robot_id);
    authorize(db, caller, 'owner', robotScope(db, robotId));
    const name = requireName('part_name', request.part_name);
    assertNameFree(db, robotId, name, 'part_name');
    return { part_id: insertPart(db, robotId, name).id };
  }),

  DeleteRobotPart: appService.unary<DeleteRobotPartRequest__Output, DeleteRobotPartResponse>((request, { db, caller, fleet }) => {
    const row = authorizedPart(db, caller, 'owner', 'part_id', request.part_id);
    if (row.main_part === 1) {
      const others = (db.prepare('SELECT count(*) AS n FROM robot_parts WHERE robot_id = ? AND id != ?').get(row.robot_id, row.id) as { n: number }).n;
      throw failedPrecondition(
        others > 0
          ? `part_id: ${row.id} is the main part of its robot; mark another part as main before deleting it`
          : `part_id: ${row.id} is the only part of its robot and cannot be deleted; delete the robot instead`,
      );
    }
    // Secrets, history and logs of the part go with it (ON DELETE CASCADE).
    db.prepare('DELETE FROM robot_parts WHERE id = ?').run(row.id);
    fleet.revocations.notify();
    return {};
  }),

  MarkPartAsMain: appService.unary<MarkPartAsMainRequest__Output, MarkPartAsMainResponse>((request, { db, caller }) => {
    const row = authorizedPart(db, caller, 'owner', 'part_id', request.part_id);
    db.prepare('UPDATE robot_parts SET main_part = (id = ?) WHERE robot_id = ?').run(row.id, row.robot_id);
    return {};
  }),

  MarkPartForRestart: appService.unary<MarkPartForRestartRequest__Output, MarkPartForRestartResponse>((request, { db, caller }) => {
    const row = authorizedPart(db, caller, 'operator', 'part_id', request.part_id);
    db.prepare('UPDATE robot_parts SET needs_restart = 1 WHERE id = ?').run(row.id);
    return {};
  }),

  CreateRobotPartSecret: appService.unary<CreateRobotPartSecretRequest__Output, CreateRobotPartSecretResponse>((request, { db, caller, fleet }) => {
    const row = authorizedPart(db, caller, 'owner', 'part_id', request.part_id, IN_OWN_ORGANIZATION);
    insertPartSecret(db, row.id);
    return { part: partMessage(db, row, fleet.options.onlineWindowSeconds) };
  }),

  DeleteRobotPartSecret: appService.unary<DeleteRobotPartSecretRequest__Output, DeleteRobotPartSecretResponse>((request, { db, caller, fleet }) => {
    const row = authorizedPart(db, caller, 'owner', 'part_id', request.part_id, IN_OWN_ORGANIZATION);
    const secretId = requireId('secret_id', request.secret_id);
    if (!db.prepare('SELECT 1 FROM part_secrets WHERE id = ? AND part_id = ?').get(secretId, row.id)) {
      throw notFound(`secret_id: part ${row.id} has no secret ${secretId}`);
    }
    const count = (db.prepare('SELECT count(*) AS n FROM part_secrets WHERE part_id = ?').get(row.id) as { n: number }).n;
    if (count <= 1) throw failedPrecondition(`secret_id: ${secretId} is the last secret of part ${row.id}; create another one before deleting it`);
    // Tokens minted from this secret fail their next verify (auth.ts); streams re-check now.
    db.prepare('DELETE FROM part_secrets WHERE id = ?').run(secretId);
    fleet.revocations.notify();
    return {};
  }),
};
