/**
 * Metadata (Get/Update{Organization,Location,Robot,RobotPart}Metadata): one JSON object per
 * object, kept beside it (db.ts) and deleted with it. An update replaces the object whole; values
 * come back exactly as sent. Operators read it, owners write it.
 */
import type { Db } from './db.ts';
import { appService, type HandlerMap } from './rpc.ts';
import { authorize, locationScope, organizationScope, partScope, robotScope, type Scope } from './access.ts';
import { lookupIn, resourceExhausted } from './errors.ts';
import { requireId, requireStruct } from './validate.ts';
import { assertFiniteNumbers } from './parts.ts';
import { toStruct, type JsonObject } from '../wire/struct.ts';
import type { Struct } from '../generated/google/protobuf/Struct.ts';
import type { Struct__Output } from '../generated/google/protobuf/Struct.ts';

/** Largest metadata object accepted, as JSON text (UTF-8 bytes). */
export const MAX_METADATA_BYTES = 64 * 1024;

/** Where each kind of object keeps its metadata, and how a request names the object. */
interface MetadataKind {
  what: string;
  table: string;
  column: string;
  /** The request field holding the object's id. */
  field: string;
  scope: (db: Db, id: string) => Scope;
}

export const METADATA_KINDS = {
  organization: { what: 'organization', table: 'organization_metadata', column: 'organization_id', field: 'organization_id', scope: organizationScope },
  location: { what: 'location', table: 'location_metadata', column: 'location_id', field: 'location_id', scope: locationScope },
  robot: { what: 'robot', table: 'robot_metadata', column: 'robot_id', field: 'id', scope: robotScope },
  part: { what: 'robot part', table: 'part_metadata', column: 'part_id', field: 'id', scope: partScope },
} as const satisfies Record<string, MetadataKind>;

export function readMetadata(db: Db, kind: MetadataKind, id: string): JsonObject {
  const row = db.prepare(`SELECT data FROM ${kind.table} WHERE ${kind.column} = ?`).get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as JsonObject) : {};
}

/** Stores `data` as the object's metadata, replacing what was there; RESOURCE_EXHAUSTED past MAX_METADATA_BYTES. */
export function writeMetadata(db: Db, kind: MetadataKind, id: string, data: JsonObject): void {
  const text = JSON.stringify(data);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_METADATA_BYTES) {
    throw resourceExhausted(`data: the ${kind.what}'s metadata is ${bytes} bytes as JSON; the limit is ${MAX_METADATA_BYTES} bytes (64 KiB)`);
  }
  db.prepare(`INSERT INTO ${kind.table} (${kind.column}, data) VALUES (?, ?) ON CONFLICT(${kind.column}) DO UPDATE SET data = excluded.data`).run(id, text);
}

/** The id a request names, after checking the caller holds `need` on that object. */
function authorizedId(db: Db, caller: Parameters<typeof authorize>[1], kind: MetadataKind, need: 'owner' | 'operator', raw: string): string {
  const id = requireId(kind.field, raw);
  authorize(db, caller, need, lookupIn(kind.field, () => kind.scope(db, id)));
  return id;
}

function getMetadata(kind: MetadataKind) {
  return appService.unary<Record<string, string>, { data: Struct }>((request, { db, caller }) => {
    const id = authorizedId(db, caller, kind, 'operator', request[kind.field] ?? '');
    return { data: toStruct(readMetadata(db, kind, id)) };
  });
}

function updateMetadata(kind: MetadataKind) {
  return appService.unary<Record<string, unknown> & { data?: Struct__Output | null }, object>((request, { db, caller }) => {
    const id = authorizedId(db, caller, kind, 'owner', String(request[kind.field] ?? ''));
    // No data is an empty object, as proto3 reads it: the metadata is cleared.
    const data = requireStruct('data', request.data);
    assertFiniteNumbers(data, 'data');
    writeMetadata(db, kind, id, data);
    return {};
  });
}

export const metadataRpcs: HandlerMap = {
  GetOrganizationMetadata: getMetadata(METADATA_KINDS.organization),
  UpdateOrganizationMetadata: updateMetadata(METADATA_KINDS.organization),
  GetLocationMetadata: getMetadata(METADATA_KINDS.location),
  UpdateLocationMetadata: updateMetadata(METADATA_KINDS.location),
  GetRobotMetadata: getMetadata(METADATA_KINDS.robot),
  UpdateRobotMetadata: updateMetadata(METADATA_KINDS.robot),
  GetRobotPartMetadata: getMetadata(METADATA_KINDS.part),
  UpdateRobotPartMetadata: updateMetadata(METADATA_KINDS.part),
};
