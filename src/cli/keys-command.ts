import { parseArgs } from 'node:util';
import { dataDirOption, withFleetDatabase } from './fleet-database.ts';
import { createApiKey, deleteApiKey } from '../fleet-server/keys.ts';

const USAGE =
  'usage: fleetgraph keys create --org <organization id> --role owner|operator [--data-dir DIR] [--name NAME]\n' +
  '       fleetgraph keys delete --id <API key id> [--data-dir DIR]';

/**
 * `fleetgraph keys delete --id <key id>`: removes the key and its roles with DeleteKey's own
 * deletion (so an organization's last owner key is refused here too). Its tokens are refused from
 * the next call on, and a running fleet server ends its open log tails within a second (its
 * periodic re-check: this process cannot signal it).
 */
function deleteKey(rest: string[]): void {
  const { values } = parseArgs({
    args: rest,
    options: { id: { type: 'string' }, 'data-dir': dataDirOption },
    strict: true,
  });
  if (!values.id) throw new Error('--id <API key id> is required');
  withFleetDatabase(values['data-dir']!, (db, file) => {
    if (!deleteApiKey(db, values.id!)) throw new Error(`API key ${values.id} not found in ${file}`);
    process.stdout.write(`${JSON.stringify({ deleted: values.id })}\n`);
  });
}

/** `fleetgraph keys create|delete`: writes straight to the fleet database. */
export async function runKeysCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'delete') return deleteKey(rest);
  if (sub !== 'create') throw new Error(USAGE);
  const { values } = parseArgs({
    args: rest,
    options: {
      org: { type: 'string' },
      role: { type: 'string', default: 'owner' },
      name: { type: 'string' },
      'data-dir': dataDirOption,
    },
    strict: true,
  });
  if (!values.org) throw new Error('--org <organization id> is required');
  if (values.role !== 'owner' && values.role !== 'operator') throw new Error(`--role must be owner or operator, got ${values.role}`);
  withFleetDatabase(values['data-dir']!, (db, file) => {
    if (!db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(values.org)) throw new Error(`organization ${values.org} not found in ${file}`);
    const key = db.transaction(() =>
      createApiKey(db, values.org!, values.name ?? `cli ${values.role} key`, [
        { authorizationId: `organization_${values.role}`, resourceType: 'organization', resourceId: values.org! },
      ]),
    )();
    process.stdout.write(`${JSON.stringify({ organizationId: values.org, role: values.role, apiKeyId: key.id, apiKey: key.key }, null, 2)}\n`);
  });
}
