/**
 * Registry items: modules, ML models and training scripts of an organization. One store: the
 * modules table holds every item with its `type`, so a module made by CreateModule is a registry
 * item and one made by CreateRegistryItem is a module (modules.ts reads the module rows).
 * Rules from Viam's docs ("Update and manage modules"): only owners write; delete is refused
 * while a machine configures the item (uploaded versions do not block it); transfer needs an
 * owner of both organizations and a public item; old names keep working and stay reserved.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db.ts';
import type { ApiKeyCaller } from './auth.ts';
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import { authorize, organizationScope } from './access.ts';
import { failedPrecondition, invalidArgument, notFound } from './errors.ts';
import { isValidNamespace, requestedEnum, requireId, requireMaxLength } from './validate.ts';
import {
  MODULES_DIR,
  MODULE_LIMITS,
  MODULE_TYPE,
  VISIBILITY,
  authorizeRead,
  listedOrganizations,
  moduleMessage,
  namespaceOf,
  publicIdOf,
  requireDocumentationUrl,
  requireFreeName,
  requireItemName,
  requireModels,
  resolveItem,
  type ItemKind,
  type ModuleRow,
} from './modules.ts';
import { toTimestamp } from '../wire/struct.ts';
import type { RegistryItem } from '../generated/viam/app/v1/RegistryItem.ts';
import type { GetRegistryItemRequest__Output } from '../generated/viam/app/v1/GetRegistryItemRequest.ts';
import type { GetRegistryItemResponse } from '../generated/viam/app/v1/GetRegistryItemResponse.ts';
import type { CreateRegistryItemRequest__Output } from '../generated/viam/app/v1/CreateRegistryItemRequest.ts';
import type { CreateRegistryItemResponse } from '../generated/viam/app/v1/CreateRegistryItemResponse.ts';
import type { UpdateRegistryItemRequest__Output } from '../generated/viam/app/v1/UpdateRegistryItemRequest.ts';
import type { UpdateRegistryItemResponse } from '../generated/viam/app/v1/UpdateRegistryItemResponse.ts';
import type { ListRegistryItemsRequest__Output } from '../generated/viam/app/v1/ListRegistryItemsRequest.ts';
import type { ListRegistryItemsResponse } from '../generated/viam/app/v1/ListRegistryItemsResponse.ts';
import type { DeleteRegistryItemRequest__Output } from '../generated/viam/app/v1/DeleteRegistryItemRequest.ts';
import type { DeleteRegistryItemResponse } from '../generated/viam/app/v1/DeleteRegistryItemResponse.ts';
import type { RenameRegistryItemRequest__Output } from '../generated/viam/app/v1/RenameRegistryItemRequest.ts';
import type { RenameRegistryItemResponse } from '../generated/viam/app/v1/RenameRegistryItemResponse.ts';
import type { TransferRegistryItemRequest__Output } from '../generated/viam/app/v1/TransferRegistryItemRequest.ts';
import type { TransferRegistryItemResponse } from '../generated/viam/app/v1/TransferRegistryItemResponse.ts';

const ITEMS: ItemKind = { what: 'registry item', type: null };

/** The package types a registry item can have (archives and SLAM maps are packages, not registry items). */
const ITEM_TYPE = {
  unspecified: 'PACKAGE_TYPE_UNSPECIFIED',
  known: [MODULE_TYPE, 'PACKAGE_TYPE_ML_MODEL', 'PACKAGE_TYPE_ML_TRAINING'],
  what: 'registry item type (module, ML model or ML training)',
} as const;

/** Longest search term and most filter values a list request may carry. */
export const REGISTRY_LIST_LIMITS = { searchTerm: 200, filterValues: 20 } as const;

const TYPE_NAMES: Record<string, string> = { [MODULE_TYPE]: 'module', PACKAGE_TYPE_ML_MODEL: 'ML model', PACKAGE_TYPE_ML_TRAINING: 'ML training script' };

function itemMessage(db: Db, row: ModuleRow): RegistryItem {
  const namespace = namespaceOf(db, row.organization_id);
  const item: RegistryItem = {
    item_id: publicIdOf(db, row),
    organization_id: row.organization_id,
    public_namespace: namespace ?? '',
    name: row.name,
    type: row.type as RegistryItem['type'],
    visibility: row.visibility,
    url: row.url,
    description: row.description,
    total_robot_usage: machinesUsing(db, row),
    total_organization_usage: 0,
    created_at: toTimestamp(row.created_on),
    updated_at: toTimestamp(row.updated_on ?? row.created_on),
  };
  if (row.type !== MODULE_TYPE) return item;
  const module = moduleMessage(db, row, false);
  return {
    ...item,
    module_metadata: {
      models: module.models,
      entrypoint: row.entrypoint,
      versions: (module.versions ?? []).map(({ version, files, models, entrypoint }) => ({ version, files, models, entrypoint })),
    },
  };
}

/** Every id a machine config may name the item by: namespace and organization id forms, and names it had before. */
function idsOf(db: Db, row: ModuleRow): string[] {
  const names = [
    { organization_id: row.organization_id, name: row.name },
    ...(db.prepare('SELECT organization_id, name FROM registry_item_aliases WHERE item_id = ?').all(row.id) as { organization_id: string; name: string }[]),
  ];
  return names.flatMap((n) => [publicIdOf(db, n), `${n.organization_id}:${n.name}`]);
}

/** Machines whose parts configure the item in their `modules` list (by `module_id`). */
function machinesUsing(db: Db, row: ModuleRow): number {
  if (row.type !== MODULE_TYPE) return 0;
  const used = db
    .prepare(
      `SELECT count(DISTINCT p.robot_id) AS n FROM robot_parts p, json_each(p.robot_config, '$.modules') m
        WHERE json_valid(p.robot_config) AND json_extract(m.value, '$.module_id') IN (SELECT value FROM json_each(?))`,
    )
    .get(JSON.stringify(idsOf(db, row))) as { n: number };
  return used.n;
}

/** The item, for a caller who owns its organization. */
function ownedItem(db: Db, caller: ApiKeyCaller, itemId: string | undefined): ModuleRow {
  const row = resolveItem(db, caller, 'item_id', itemId, ITEMS);
  authorize(db, caller, 'owner', organizationScope(db, row.organization_id));
  return row;
}

/** Gives the item a new organization and name; its old id stays an alias of it (and reserved). */
function moveItem(db: Db, row: ModuleRow, organizationId: string, name: string): void {
  db.prepare('INSERT OR REPLACE INTO registry_item_aliases (organization_id, name, item_id) VALUES (?, ?, ?)').run(row.organization_id, row.name, row.id);
  db.prepare('DELETE FROM registry_item_aliases WHERE organization_id = ? AND name = ?').run(organizationId, name);
  db.prepare('UPDATE modules SET organization_id = ?, name = ?, updated_on = ? WHERE id = ?').run(organizationId, name, Date.now(), row.id);
}

function listItems(db: Db, caller: ApiKeyCaller, request: ListRegistryItemsRequest__Output): ModuleRow[] {
  const organizations = listedOrganizations(db, caller, request.organization_id);
  if (request.page_token) throw invalidArgument('page_token: this server answers ListRegistryItems in one page and never hands out page tokens');
  const limit = REGISTRY_LIST_LIMITS.filterValues;
  for (const field of ['types', 'visibilities', 'public_namespaces'] as const) {
    if ((request[field] ?? []).length > limit) throw invalidArgument(`${field} has ${request[field].length} values; the limit is ${limit}`);
  }
  const types = (request.types ?? []).map((t, i) => requestedEnum(`types[${i}]`, t, ITEM_TYPE)).filter((t) => t !== null);
  const visibilities = (request.visibilities ?? []).map((v, i) => requestedEnum(`visibilities[${i}]`, v, VISIBILITY)).filter((v) => v !== null);
  const search = requireMaxLength('search_term', (request.search_term ?? '').trim(), REGISTRY_LIST_LIMITS.searchTerm).toLowerCase();
  const rows = db
    .prepare(
      `SELECT m.* FROM modules m JOIN organizations o ON o.id = m.organization_id
        WHERE (m.organization_id IN (SELECT value FROM json_each(?)) OR m.visibility = 'VISIBILITY_PUBLIC')
        ORDER BY coalesce(o.public_namespace, o.id), m.name`,
    )
    .all(JSON.stringify(organizations)) as ModuleRow[];
  const namespaces = request.public_namespaces ?? [];
  return rows.filter((row) => {
    if (types.length && !types.includes(row.type as never)) return false;
    if (visibilities.length && !visibilities.includes(row.visibility)) return false;
    const namespace = namespaceOf(db, row.organization_id) ?? '';
    if (namespaces.length && !namespaces.includes(namespace)) return false;
    return !search || [row.name, row.description, namespace].some((text) => text.toLowerCase().includes(search));
  });
}

export const registryRpcs: HandlerMap = {
  GetRegistryItem: appService.unary<GetRegistryItemRequest__Output, GetRegistryItemResponse>((request, { db, caller }) => {
    const row = resolveItem(db, caller, 'item_id', request.item_id, ITEMS);
    authorizeRead(db, caller, row);
    return { item: itemMessage(db, row) };
  }),

  ListRegistryItems: appService.unary<ListRegistryItemsRequest__Output, ListRegistryItemsResponse>((request, { db, caller }) => ({
    items: listItems(db, caller, request).map((row) => itemMessage(db, row)),
  })),

  CreateRegistryItem: appService.unary<CreateRegistryItemRequest__Output, CreateRegistryItemResponse>((request, { db, caller }) => {
    const organizationId = requireId('organization_id', request.organization_id);
    authorize(db, caller, 'owner', organizationScope(db, organizationId));
    const name = requireItemName('name', request.name);
    const type = requestedEnum('type', request.type, ITEM_TYPE);
    if (!type) throw invalidArgument('type is required: a module, an ML model or an ML training script');
    if (type === MODULE_TYPE && !namespaceOf(db, organizationId)) {
      throw failedPrecondition(`organization ${organizationId} has no public namespace; set one before creating modules`);
    }
    requireFreeName(db, organizationId, name);
    db.prepare('INSERT INTO modules (id, organization_id, name, type, created_on) VALUES (?, ?, ?, ?, ?)').run(crypto.randomUUID(), organizationId, name, type, Date.now());
    return {};
  }),

  UpdateRegistryItem: appService.unary<UpdateRegistryItemRequest__Output, UpdateRegistryItemResponse>((request, { db, caller }) => {
    const row = ownedItem(db, caller, request.item_id);
    const id = publicIdOf(db, row);
    const type = requestedEnum('type', request.type, ITEM_TYPE);
    if (type && type !== row.type) throw invalidArgument(`registry item ${id} is a ${TYPE_NAMES[row.type]}; type says ${TYPE_NAMES[type]}`);
    const visibility = requestedEnum('visibility', request.visibility, VISIBILITY) ?? row.visibility;
    const url = request.url === undefined || request.url === null ? row.url : requireDocumentationUrl(request.url);
    const description = requireMaxLength('description', request.description ?? '', MODULE_LIMITS.description);
    let { models, entrypoint } = row;
    if (request.update_module_metadata) {
      if (row.type !== MODULE_TYPE) throw invalidArgument(`update_module_metadata: registry item ${id} is a ${TYPE_NAMES[row.type]}, not a module`);
      models = JSON.stringify(requireModels(request.update_module_metadata.models ?? []));
      entrypoint = requireMaxLength('update_module_metadata.entrypoint', (request.update_module_metadata.entrypoint ?? '').trim(), MODULE_LIMITS.entrypoint);
      if (!entrypoint) throw invalidArgument('update_module_metadata.entrypoint must not be empty');
    }
    db.prepare('UPDATE modules SET visibility = ?, url = ?, description = ?, models = ?, entrypoint = ?, updated_on = ? WHERE id = ?').run(
      visibility,
      url,
      description,
      models,
      entrypoint,
      Date.now(),
      row.id,
    );
    return {};
  }),

  DeleteRegistryItem: appService.unary<DeleteRegistryItemRequest__Output, DeleteRegistryItemResponse, string>(
    (request, { db, caller }) => {
      const row = ownedItem(db, caller, request.item_id);
      const machines = machinesUsing(db, row);
      if (machines > 0) {
        throw failedPrecondition(`registry item ${publicIdOf(db, row)} is configured on ${machines} machine(s); remove it from their configs before deleting it`);
      }
      // Uploaded versions go with the item (Viam deletes a module with its versions); their rows cascade.
      db.prepare('DELETE FROM modules WHERE id = ?').run(row.id);
      return row.id;
    },
    // The files go once the rows are gone for good.
    (rowId, { fleet }) => {
      fs.rmSync(path.join(fleet.options.dataDir, MODULES_DIR, rowId), { recursive: true, force: true });
      return {};
    },
  ),

  RenameRegistryItem: appService.unary<RenameRegistryItemRequest__Output, RenameRegistryItemResponse>((request, { db, caller }) => {
    const row = ownedItem(db, caller, request.item_id);
    const newName = requireItemName('new_name', request.new_name);
    if (newName === row.name) throw invalidArgument(`new_name: registry item ${publicIdOf(db, row)} is already named ${newName}`);
    requireFreeName(db, row.organization_id, newName, row.id);
    moveItem(db, row, row.organization_id, newName);
    return { item: itemMessage(db, db.prepare('SELECT * FROM modules WHERE id = ?').get(row.id) as ModuleRow) };
  }),

  TransferRegistryItem: appService.unary<TransferRegistryItemRequest__Output, TransferRegistryItemResponse>((request, { db, caller }) => {
    const row = ownedItem(db, caller, request.item_id);
    const id = publicIdOf(db, row);
    const namespace = requireMaxLength('new_public_namespace', (request.new_public_namespace ?? '').trim(), MODULE_LIMITS.moduleId);
    if (!isValidNamespace(namespace)) throw invalidArgument(`new_public_namespace must be an organization's public namespace, got ${JSON.stringify(namespace.slice(0, 64))}`);
    const target = db.prepare('SELECT id FROM organizations WHERE public_namespace = ?').get(namespace) as { id: string } | undefined;
    if (!target) throw notFound(`no organization has the public namespace ${namespace}`);
    if (target.id === row.organization_id) throw invalidArgument(`registry item ${id} already belongs to namespace ${namespace}`);
    authorize(db, caller, 'owner', organizationScope(db, target.id));
    if (row.visibility !== 'VISIBILITY_PUBLIC') throw failedPrecondition(`registry item ${id} is not public; Viam transfers public items only, make it public first`);
    requireFreeName(db, target.id, row.name, row.id);
    moveItem(db, row, target.id, row.name);
    return {};
  }),
};
