/**
 * Modules of the registry: create, update, upload files, get, list. A module is stored under a
 * random row id; its public id `<namespace>:<name>` is derived from its organization.
 * Uploaded files live under `<dataDir>/modules/<row id>/`; the database records their sha256.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import type { Db } from './db.ts';
import type { ApiKeyCaller } from './auth.ts';
import type { CallContext, HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import { authorize, organizationScope, roleFor, visibleOrganizationIds } from './access.ts';
import { RpcError, alreadyExists, failedPrecondition, invalidArgument, notFound, resourceExhausted } from './errors.ts';
import { isValidNamespace, requestedEnum, requireId, requireMaxItems, requireMaxLength } from './validate.ts';
import { FQDN_DOMAIN } from './records.ts';
import { toTimestamp } from '../wire/struct.ts';
import type { Model } from '../generated/viam/app/v1/Model.ts';
import type { Module } from '../generated/viam/app/v1/Module.ts';
import type { VersionHistory } from '../generated/viam/app/v1/VersionHistory.ts';
import type { CreateModuleRequest__Output } from '../generated/viam/app/v1/CreateModuleRequest.ts';
import type { CreateModuleResponse } from '../generated/viam/app/v1/CreateModuleResponse.ts';
import type { UpdateModuleRequest__Output } from '../generated/viam/app/v1/UpdateModuleRequest.ts';
import type { UpdateModuleResponse } from '../generated/viam/app/v1/UpdateModuleResponse.ts';
import type { UploadModuleFileRequest__Output } from '../generated/viam/app/v1/UploadModuleFileRequest.ts';
import type { UploadModuleFileResponse } from '../generated/viam/app/v1/UploadModuleFileResponse.ts';
import type { ModuleFileInfo__Output } from '../generated/viam/app/v1/ModuleFileInfo.ts';
import type { GetModuleRequest__Output } from '../generated/viam/app/v1/GetModuleRequest.ts';
import type { GetModuleResponse } from '../generated/viam/app/v1/GetModuleResponse.ts';
import type { ListModulesRequest__Output } from '../generated/viam/app/v1/ListModulesRequest.ts';
import type { ListModulesResponse } from '../generated/viam/app/v1/ListModulesResponse.ts';

export const VISIBILITY = {
  unspecified: 'VISIBILITY_UNSPECIFIED',
  known: ['VISIBILITY_PRIVATE', 'VISIBILITY_PUBLIC', 'VISIBILITY_PUBLIC_UNLISTED'],
  what: 'module visibility',
} as const;
type StoredVisibility = (typeof VISIBILITY.known)[number];

/** A registry item (the modules table holds every type; `type` is a viam.app.packages.v1.PackageType name). */
export interface ModuleRow {
  id: string;
  organization_id: string;
  name: string;
  type: string;
  visibility: StoredVisibility;
  url: string;
  description: string;
  entrypoint: string;
  models: string;
  created_on: number;
  updated_on: number | null;
}

export const MODULE_TYPE = 'PACKAGE_TYPE_MODULE';

interface ModuleFileRow {
  version: string;
  platform: string;
  uploaded_on: number;
}

interface StoredModel {
  api: string;
  model: string;
  description?: string;
  markdown_documentation?: string;
  supported_hardware: string[];
}

/** Viam's module names: letters, digits, underscores and dashes. */
export const MODULE_NAME = /^[A-Za-z0-9_-]{1,200}$/;
/** RDK's triplet for APIs and models, `namespace:family:name` (resource.modelRegexValidator). */
const TRIPLET = /^[\w-]+:[\w-]+:[\w-]+$/;
/** x.y.z with an optional pre-release, as semver 2.0 writes them. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;
/** Viam's platforms: `any`, or `<os>/<arch>` such as linux/amd64, linux/arm32v7, darwin/arm64, linux/any. */
const PLATFORM = /^(?:any|(?:linux|darwin|windows|android|any)\/(?:any|[a-z0-9_]+))$/;
const PLATFORM_TAG = /^[\w.-]+:[\w.\-/]+$/;

export const MODULES_DIR = 'modules';

/** Length bounds of module fields (characters), so nothing unbounded reaches a file name, a row or a log line. */
export const MODULE_LIMITS = {
  moduleId: 300,
  version: 128,
  platform: 64,
  platformTags: 32,
  platformTag: 128,
  url: 2048,
  description: 2000,
  entrypoint: 1024,
  models: 100,
  triplet: 200,
  modelDescription: 2000,
  markdown: 64 * 1024,
  supportedHardware: 32,
  hardware: 200,
} as const;
/** Where uploads are written until they are complete, under the data dir. */
const UPLOAD_TMP_DIR = path.join(MODULES_DIR, 'tmp');

/** Deletes upload temp files a crash left behind; called at start, before any upload can run. */
export function removeStaleUploads(dataDir: string, log: (message: string) => void): number {
  const dir = path.join(dataDir, UPLOAD_TMP_DIR);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) fs.rmSync(path.join(dir, name), { force: true, recursive: true });
  if (names.length > 0) log(`removed ${names.length} unfinished module upload(s) left by an earlier run`);
  return names.length;
}

export function moduleIdOf(namespace: string | null, organizationId: string, name: string): string {
  // Viam prefixes with the organization id while an organization has no namespace.
  return `${namespace ?? organizationId}:${name}`;
}

/** A module's (or any registry item's) name: letters, digits, underscores and dashes. */
export function requireItemName(field: string, value: string | undefined): string {
  const name = value ?? '';
  if (!name) throw invalidArgument(`${field} must not be empty`);
  if (!MODULE_NAME.test(name)) throw invalidArgument(`${field} may contain only letters, digits, underscores and dashes (at most 200), got ${JSON.stringify(name.slice(0, 64))}`);
  return name;
}

export function namespaceOf(db: Db, organizationId: string): string | null {
  return (db.prepare('SELECT public_namespace FROM organizations WHERE id = ?').get(organizationId) as { public_namespace: string | null }).public_namespace;
}

export function registryUrl(moduleId: string): string {
  const [prefix, name] = moduleId.split(':');
  return `https://${FQDN_DOMAIN}/module/${prefix}/${name}`;
}


export const isPublic = (row: ModuleRow) => row.visibility !== 'VISIBILITY_PRIVATE';

const ORGANIZATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a lookup finds: modules only (the module RPCs) or registry items of every type. */
export interface ItemKind {
  what: 'module' | 'registry item';
  type: typeof MODULE_TYPE | null;
}
const MODULES: ItemKind = { what: 'module', type: MODULE_TYPE };

/**
 * Finds the item named by `itemId`: `<namespace>:<name>`, `<organization id>:<name>`, or a bare
 * `<name>` looked up in the caller's organizations (the forms Viam's SDKs accept). An id an item
 * had before a rename or transfer still finds it (registry_item_aliases), as Viam keeps old names working.
 */
export function resolveItem(db: Db, caller: ApiKeyCaller, field: string, itemId: string | undefined, kind: ItemKind): ModuleRow {
  const value = requireMaxLength(field, (itemId ?? '').trim(), MODULE_LIMITS.moduleId);
  if (!value) throw invalidArgument(`${field} is required`);
  const parts = value.split(':');
  if (parts.length > 2 || !MODULE_NAME.test(parts[parts.length - 1]!)) {
    throw invalidArgument(`${field} must be "<namespace>:<name>" or "<name>", got ${JSON.stringify(value.slice(0, 120))}`);
  }
  // Another organization's private item answers exactly as an id nobody uses: no existence oracle.
  const ofKind = (row: ModuleRow | undefined): ModuleRow => {
    if (!row || (kind.type && row.type !== kind.type) || !mayKnowOf(db, caller, row)) throw notFound(`${kind.what} ${value} not found`);
    return row;
  };
  if (parts.length === 1) {
    const organizations = visibleOrganizationIds(db, caller);
    const rows = db
      .prepare(`SELECT * FROM modules WHERE name = ? AND organization_id IN (SELECT value FROM json_each(?))${kind.type ? ' AND type = ?' : ''}`)
      .all(value, JSON.stringify(organizations), ...(kind.type ? [kind.type] : [])) as ModuleRow[];
    if (rows.length > 1) throw invalidArgument(`${field} ${JSON.stringify(value)} names ${kind.what}s in several organizations; use "<namespace>:<name>"`);
    return ofKind(rows[0]);
  }
  const [prefix, name] = parts as [string, string];
  const isOrganizationId = ORGANIZATION_ID.test(prefix);
  if (!isOrganizationId && !isValidNamespace(prefix)) {
    throw invalidArgument(`${field}: ${JSON.stringify(prefix.slice(0, 64))} is neither a public namespace nor an organization id`);
  }
  const organization = db
    .prepare(`SELECT id FROM organizations WHERE ${isOrganizationId ? 'id = ?' : 'public_namespace = ?'}`)
    .get(isOrganizationId ? prefix.toLowerCase() : prefix) as { id: string } | undefined;
  if (!organization) throw notFound(`${kind.what} ${value} not found`);
  const row =
    (db.prepare('SELECT * FROM modules WHERE organization_id = ? AND name = ?').get(organization.id, name) as ModuleRow | undefined) ??
    (db
      .prepare('SELECT m.* FROM registry_item_aliases a JOIN modules m ON m.id = a.item_id WHERE a.organization_id = ? AND a.name = ?')
      .get(organization.id, name) as ModuleRow | undefined);
  return ofKind(row);
}

const resolveModule = (db: Db, caller: ApiKeyCaller, field: string, moduleId: string | undefined) => resolveItem(db, caller, field, moduleId, MODULES);

/**
 * ALREADY_EXISTS unless `name` is free in the organization: no item of any type has it (ids do
 * not carry the type) and no other item had it before a rename or transfer (Viam reserves old
 * names). `movingItemId`: an item taking back a name it had itself.
 */
export function requireFreeName(db: Db, organizationId: string, name: string, movingItemId = ''): void {
  if (db.prepare('SELECT 1 FROM modules WHERE organization_id = ? AND name = ?').get(organizationId, name)) {
    throw alreadyExists(`the organization already has a registry item named ${name}`);
  }
  const reserved = db
    .prepare('SELECT m.organization_id, m.name FROM registry_item_aliases a JOIN modules m ON m.id = a.item_id WHERE a.organization_id = ? AND a.name = ? AND a.item_id <> ?')
    .get(organizationId, name, movingItemId) as { organization_id: string; name: string } | undefined;
  if (reserved) {
    throw alreadyExists(`the name ${name} is reserved: registry item ${publicIdOf(db, reserved)} had it before it was renamed or transferred`);
  }
}

/** Whether the caller may learn that the item exists: it is public, or the caller holds some role in its organization. */
function mayKnowOf(db: Db, caller: ApiKeyCaller, row: ModuleRow): boolean {
  return isPublic(row) || visibleOrganizationIds(db, caller).includes(row.organization_id);
}

/** Public modules (listed or not) can be read by any key; private ones need the owning organization. */
export function authorizeRead(db: Db, caller: ApiKeyCaller, row: ModuleRow): void {
  if (isPublic(row)) return;
  authorize(db, caller, 'operator', organizationScope(db, row.organization_id));
}

export function requireModels(models: Model[]): StoredModel[] {
  const l = MODULE_LIMITS;
  return requireMaxItems('models', models, l.models).map((model, i) => {
    requireMaxLength(`models[${i}].api`, model.api ?? '', l.triplet);
    requireMaxLength(`models[${i}].model`, model.model ?? '', l.triplet);
    requireMaxLength(`models[${i}].description`, model.description ?? '', l.modelDescription);
    requireMaxLength(`models[${i}].markdown_documentation`, model.markdown_documentation ?? '', l.markdown);
    requireMaxItems(`models[${i}].supported_hardware`, model.supported_hardware ?? [], l.supportedHardware).forEach((hardware, j) =>
      requireMaxLength(`models[${i}].supported_hardware[${j}]`, hardware, l.hardware),
    );
    if (!TRIPLET.test(model.api ?? '')) throw invalidArgument(`models[${i}].api must be "namespace:type:subtype" (for example rdk:component:camera), got ${JSON.stringify((model.api ?? '').slice(0, 120))}`);
    if (!TRIPLET.test(model.model ?? '')) throw invalidArgument(`models[${i}].model must be "namespace:family:name", got ${JSON.stringify((model.model ?? '').slice(0, 120))}`);
    return {
      api: model.api!,
      model: model.model!,
      ...(model.description !== undefined ? { description: model.description } : {}),
      ...(model.markdown_documentation !== undefined ? { markdown_documentation: model.markdown_documentation } : {}),
      supported_hardware: model.supported_hardware ?? [],
    };
  });
}

export function requireDocumentationUrl(value: string): string {
  const url = requireMaxLength('url', value.trim(), MODULE_LIMITS.url);
  // An empty url is what Viam's CLI sends for a fresh meta.json; it means "no documentation link".
  if (!url) return '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidArgument(`url must be an http or https URL, got ${JSON.stringify(url.slice(0, 120))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw invalidArgument(`url must be an http or https URL, got ${JSON.stringify(url.slice(0, 120))}`);
  return url;
}

/** Semver order: numeric core, then a release after its pre-releases, pre-release identifiers left to right. */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = splitVersion(a);
  const [coreB, preB] = splitVersion(b);
  for (let i = 0; i < 3; i++) if (coreA[i] !== coreB[i]) return coreA[i]! - coreB[i]!;
  if (preA.length === 0 || preB.length === 0) return (preA.length === 0 ? 1 : 0) - (preB.length === 0 ? 1 : 0);
  for (let i = 0; i < Math.max(preA.length, preB.length); i++) {
    const x = preA[i];
    const y = preB[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : null;
    const ny = /^\d+$/.test(y) ? Number(y) : null;
    if (nx !== null && ny !== null && nx !== ny) return nx - ny;
    if ((nx === null) !== (ny === null)) return nx === null ? 1 : -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function splitVersion(version: string): [number[], string[]] {
  const dash = version.indexOf('-');
  const core = (dash < 0 ? version : version.slice(0, dash)).split('.').map(Number);
  return [core, dash < 0 ? [] : version.slice(dash + 1).split('.')];
}

export function moduleMessage(db: Db, row: ModuleRow, includeMarkdown: boolean): Module {
  const namespace = namespaceOf(db, row.organization_id);
  const files = db
    .prepare('SELECT version, platform, uploaded_on FROM module_files WHERE module_id = ? ORDER BY platform')
    .all(row.id) as ModuleFileRow[];
  const models = (JSON.parse(row.models) as StoredModel[]).map(({ markdown_documentation: markdown, ...model }) =>
    includeMarkdown && markdown !== undefined ? { ...model, markdown_documentation: markdown } : model,
  );
  const byVersion = new Map<string, ModuleFileRow[]>();
  for (const file of files) byVersion.set(file.version, [...(byVersion.get(file.version) ?? []), file]);
  // Per-version manifests are not kept: every version reports the module's current models and entrypoint.
  const versions: VersionHistory[] = [...byVersion.keys()].sort(compareVersions).map((version) => ({
    version,
    files: byVersion.get(version)!.map((file) => ({ platform: file.platform, uploaded_at: toTimestamp(file.uploaded_on) })),
    models,
    entrypoint: row.entrypoint,
    apps: [],
  }));
  return {
    module_id: moduleIdOf(namespace, row.organization_id, row.name),
    name: row.name,
    visibility: row.visibility,
    versions,
    url: row.url,
    description: row.description,
    models,
    // Robot configs are not scanned for module usage.
    total_robot_usage: 0,
    total_organization_usage: 0,
    organization_id: row.organization_id,
    entrypoint: row.entrypoint,
    public_namespace: namespace ?? '',
    apps: [],
  };
}

export function publicIdOf(db: Db, row: Pick<ModuleRow, 'organization_id' | 'name'>): string {
  return moduleIdOf(namespaceOf(db, row.organization_id), row.organization_id, row.name);
}

interface ValidFileInfo {
  moduleId: string;
  version: string;
  platform: string;
}

function validateFileInfo(info: ModuleFileInfo__Output): ValidFileInfo {
  const l = MODULE_LIMITS;
  if (!info.module_id?.trim()) throw invalidArgument('module_file_info.module_id is required');
  requireMaxLength('module_file_info.module_id', info.module_id, l.moduleId);
  // Lengths first: the version and platform become part of a file name.
  const version = requireMaxLength('module_file_info.version', info.version ?? '', l.version);
  requireMaxLength('module_file_info.platform', info.platform ?? '', l.platform);
  requireMaxItems('module_file_info.platform_tags', info.platform_tags ?? [], l.platformTags).forEach((tag, i) =>
    requireMaxLength(`module_file_info.platform_tags[${i}]`, tag, l.platformTag),
  );
  if (!SEMVER.test(version)) throw invalidArgument(`module_file_info.version must be a semantic version like 1.2.3 or 1.2.3-rc.1, got ${JSON.stringify(version.slice(0, 64))}`);
  const platform = info.platform ?? '';
  if (!PLATFORM.test(platform)) {
    throw invalidArgument(`module_file_info.platform must be "any" or "<os>/<arch>" like linux/amd64 or darwin/arm64, got ${JSON.stringify(platform.slice(0, 64))}`);
  }
  (info.platform_tags ?? []).forEach((tag, i) => {
    if (!PLATFORM_TAG.test(tag)) throw invalidArgument(`module_file_info.platform_tags[${i}] must be "<key>:<value>", got ${JSON.stringify(tag.slice(0, 64))}`);
  });
  return { moduleId: info.module_id, version, platform };
}

/** Makes a rename durable before the database says the file is there (the data itself is already synced). */
function syncDirectory(directory: string): void {
  const fd = fs.openSync(directory, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * UploadModuleFile, a client stream: module_file_info first, then the bytes in `file` chunks.
 * The bytes go to a temporary file (hashed on the way) and are moved into place and recorded in
 * one step at the end; a refused or cancelled upload leaves neither a file nor a row behind.
 */
async function receiveModuleFile(
  call: grpc.ServerReadableStream<UploadModuleFileRequest__Output, UploadModuleFileResponse>,
  { db, caller, fleet }: CallContext,
): Promise<UploadModuleFileResponse> {
  const messages = call[Symbol.asyncIterator]() as AsyncIterator<UploadModuleFileRequest__Output>;
  const first = await messages.next();
  if (first.done || first.value.module_file !== 'module_file_info' || !first.value.module_file_info) {
    throw invalidArgument('module_file_info must be the first message of UploadModuleFile, before any file bytes');
  }
  const info = validateFileInfo(first.value.module_file_info);
  const ownModule = () => {
    const row = resolveModule(db, caller, 'module_file_info.module_id', info.moduleId);
    authorize(db, caller, 'owner', organizationScope(db, row.organization_id));
    return row;
  };
  const module = db.transaction(ownModule)();

  const tmpDir = path.join(fleet.options.dataDir, UPLOAD_TMP_DIR);
  fs.mkdirSync(tmpDir, { recursive: true, mode: 0o700 });
  const tmpPath = path.join(tmpDir, `${crypto.randomUUID()}.part`);
  const relativePath = path.join(MODULES_DIR, module.id, `${info.version}_${info.platform.replace('/', '-')}_${crypto.randomUUID().slice(0, 8)}.tar.gz`);
  const finalPath = path.join(fleet.options.dataDir, relativePath);
  // Private to the server's user from the first byte; the module file keeps this mode.
  const file = await fs.promises.open(tmpPath, 'wx', 0o600);
  let open = true;
  let recorded = false;
  try {
    const hash = crypto.createHash('sha256');
    let size = 0;
    for (;;) {
      const next = await messages.next();
      if (next.done) break;
      const message = next.value;
      if (message.module_file === 'module_file_info') throw invalidArgument('module_file_info may be sent only once, as the first message');
      if (message.module_file !== 'file' || !message.file) throw invalidArgument('file: every message after module_file_info must carry file bytes');
      size += message.file.length;
      if (size > fleet.options.maxModuleBytes) {
        throw resourceExhausted(`file: the module file exceeds the limit of ${fleet.options.maxModuleBytes} bytes`);
      }
      hash.update(message.file);
      await file.write(message.file);
    }
    if (size === 0) throw invalidArgument('file: the upload carried no bytes');
    await file.sync();
    await file.close();
    open = false;
    // A client that cancels mid-upload (RST_STREAM) first looks like a normal end of the stream:
    // grpc-js reports the half-close and only a few ticks later the cancellation. The awaits above
    // and one more turn of the event loop let that arrive, so a truncated file is never recorded.
    await new Promise((resolve) => setImmediate(resolve));
    if (call.cancelled) throw new RpcError(grpc.status.CANCELLED, 'the upload was cancelled');
    const sha256 = hash.digest('hex');
    fs.mkdirSync(path.dirname(finalPath), { recursive: true });
    const replaced = db.transaction(() => {
      // Ownership is checked again: the module or the caller's role may have changed meanwhile.
      const current = ownModule();
      if (current.id !== module.id) throw notFound(`module ${info.moduleId} was replaced during the upload`);
      const previous = db
        .prepare('SELECT path FROM module_files WHERE module_id = ? AND version = ? AND platform = ?')
        .get(current.id, info.version, info.platform) as { path: string } | undefined;
      fs.renameSync(tmpPath, finalPath);
      syncDirectory(path.dirname(finalPath));
      db.prepare(
        `INSERT INTO module_files (module_id, version, platform, sha256, size, path, uploaded_on) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (module_id, version, platform) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, path = excluded.path, uploaded_on = excluded.uploaded_on`,
      ).run(current.id, info.version, info.platform, sha256, size, relativePath, Date.now());
      return previous?.path;
    })();
    recorded = true;
    if (replaced && replaced !== relativePath) fs.rmSync(path.join(fleet.options.dataDir, replaced), { force: true });
    return { url: registryUrl(publicIdOf(db, module)) };
  } finally {
    if (open) await file.close().catch(() => {});
    if (!recorded) {
      fs.rmSync(tmpPath, { force: true });
      fs.rmSync(finalPath, { force: true });
    }
  }
}


/** The organizations a list call covers: the one asked for (operator there), or without one every organization the caller may read as a whole. */
export function listedOrganizations(db: Db, caller: ApiKeyCaller, requested: string | undefined): string[] {
  if (!requested) return visibleOrganizationIds(db, caller).filter((id) => roleFor(db, caller, organizationScope(db, id)) !== null);
  const organizationId = requireId('organization_id', requested);
  authorize(db, caller, 'operator', organizationScope(db, organizationId));
  return [organizationId];
}

export const moduleRpcs: HandlerMap = {
  CreateModule: appService.unary<CreateModuleRequest__Output, CreateModuleResponse>((request, { db, caller }) => {
    const organizationId = requireId('organization_id', request.organization_id);
    authorize(db, caller, 'owner', organizationScope(db, organizationId));
    const name = requireItemName('name', request.name);
    const namespace = namespaceOf(db, organizationId);
    if (!namespace) throw failedPrecondition(`organization ${organizationId} has no public namespace; set one before creating modules`);
    requireFreeName(db, organizationId, name);
    db.prepare('INSERT INTO modules (id, organization_id, name, created_on) VALUES (?, ?, ?, ?)').run(crypto.randomUUID(), organizationId, name, Date.now());
    const moduleId = moduleIdOf(namespace, organizationId, name);
    return { module_id: moduleId, url: registryUrl(moduleId) };
  }),

  UpdateModule: appService.unary<UpdateModuleRequest__Output, UpdateModuleResponse>((request, { db, caller }) => {
    const row = resolveModule(db, caller, 'module_id', request.module_id);
    authorize(db, caller, 'owner', organizationScope(db, row.organization_id));
    const visibility = requestedEnum('visibility', request.visibility, VISIBILITY) ?? row.visibility;
    const url = requireDocumentationUrl(request.url ?? '');
    const models = requireModels(request.models ?? []);
    const entrypoint = requireMaxLength('entrypoint', (request.entrypoint ?? '').trim(), MODULE_LIMITS.entrypoint);
    if (!entrypoint) throw invalidArgument('entrypoint must not be empty');
    const description = requireMaxLength('description', request.description ?? '', MODULE_LIMITS.description);
    db.prepare('UPDATE modules SET visibility = ?, url = ?, description = ?, entrypoint = ?, models = ?, updated_on = ? WHERE id = ?').run(
      visibility,
      url,
      description,
      entrypoint,
      JSON.stringify(models),
      Date.now(),
      row.id,
    );
    return { url: registryUrl(publicIdOf(db, row)) };
  }),

  UploadModuleFile: appService.clientStream(receiveModuleFile),

  GetModule: appService.unary<GetModuleRequest__Output, GetModuleResponse>((request, { db, caller }) => {
    const row = resolveModule(db, caller, 'module_id', request.module_id);
    authorizeRead(db, caller, row);
    return { module: moduleMessage(db, row, request.include_markdown_documentation === true) };
  }),

  ListModules: appService.unary<ListModulesRequest__Output, ListModulesResponse>((request, { db, caller }) => {
    const organizations = listedOrganizations(db, caller, request.organization_id);
    const rows = db
      .prepare(
        `SELECT m.* FROM modules m JOIN organizations o ON o.id = m.organization_id
          WHERE m.type = 'PACKAGE_TYPE_MODULE' AND (m.organization_id IN (SELECT value FROM json_each(?)) OR m.visibility = 'VISIBILITY_PUBLIC')
          ORDER BY coalesce(o.public_namespace, o.id), m.name`,
      )
      .all(JSON.stringify(organizations)) as ModuleRow[];
    const includeMarkdown = request.include_markdown_documentation === true;
    return { modules: rows.map((row) => moduleMessage(db, row, includeMarkdown)) };
  }),
};
