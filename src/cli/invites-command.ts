import { parseArgs } from 'node:util';
import { acceptInvite } from '../fleet-server/members.ts';
import { dataDirOption, withFleetDatabase } from './fleet-database.ts';

const USAGE = 'usage: fleetgraph invites accept --org <organization id> --email <invited address> [--data-dir DIR]';

/**
 * `fleetgraph invites accept`: what following Viam's emailed invite link does, for the embedded
 * fleet server. The invitee becomes a member holding the invite's roles; the invite is removed.
 * Writes the database directly (a running fleet server sees the member on its next call).
 */
export function runInvitesCommand(args: string[]): void {
  const [sub, ...rest] = args;
  if (sub !== 'accept') throw new Error(USAGE);
  const { values } = parseArgs({ args: rest, options: { org: { type: 'string' }, email: { type: 'string' }, 'data-dir': dataDirOption }, strict: true });
  if (!values.org) throw new Error('--org <organization id> is required');
  if (!values.email) throw new Error('--email <invited address> is required');
  const accepted = withFleetDatabase(values['data-dir'], (db) => acceptInvite(db, values.org!.toLowerCase(), values.email!));
  const roles = accepted.authorizations.map((a) => ({ role: a.authorization_id, resourceType: a.resource_type, resourceId: a.resource_id }));
  process.stdout.write(`${JSON.stringify({ organizationId: accepted.organizationId, email: accepted.email, userId: accepted.userId, roles }, null, 2)}\n`);
}
