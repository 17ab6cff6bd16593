/**
 * Bounds on fragments, so that what one organization publishes can never break another's
 * ListFragments: how big one fragment's config may be, how many listed public fragments an
 * organization may have, and how much one ListFragments answer may carry (whatever was stored
 * before these limits existed).
 */
import type { Db } from './db.ts';
import { resourceExhausted } from './errors.ts';
import type { JsonObject } from '../wire/struct.ts';

/** One fragment's config as JSON, in UTF-8 bytes (under the gateway's 512 KiB per JSON argument, so this answer reaches its clients). */
export const MAX_FRAGMENT_CONFIG_BYTES = 256 * 1024;
/** Listed public fragments (FRAGMENT_VISIBILITY_PUBLIC) per organization; unlisted and private ones do not count. */
export const MAX_PUBLIC_FRAGMENTS_PER_ORGANIZATION = 100;
/**
 * Bytes of fragment configs and names one ListFragments answer carries: the organization's own
 * fragments always, then other organizations' public ones, newest first, while they fit. Even
 * with protobuf's overhead over JSON this stays well under the 32 MiB gRPC message limit.
 */
export const MAX_FRAGMENT_LIST_BYTES = 4 * 1024 * 1024;

/** A fragment's config as stored (JSON), refused (RESOURCE_EXHAUSTED naming the limit) when over MAX_FRAGMENT_CONFIG_BYTES. */
export function fragmentConfigWithin(field: string, config: JsonObject): string {
  const json = JSON.stringify(config);
  const size = Buffer.byteLength(json, 'utf8');
  if (size > MAX_FRAGMENT_CONFIG_BYTES) {
    throw resourceExhausted(`${field} is ${size} bytes as JSON; the limit is ${MAX_FRAGMENT_CONFIG_BYTES} bytes (256 KiB) per fragment`);
  }
  return json;
}

/** Refuses (RESOURCE_EXHAUSTED) one more listed public fragment in an organization that has the most it may have. */
export function requirePublicFragmentRoom(db: Db, organizationId: string): void {
  const { n } = db
    .prepare("SELECT COUNT(*) AS n FROM fragments WHERE organization_id = ? AND visibility = 'FRAGMENT_VISIBILITY_PUBLIC'")
    .get(organizationId) as { n: number };
  if (n >= MAX_PUBLIC_FRAGMENTS_PER_ORGANIZATION) {
    throw resourceExhausted(
      `organization ${organizationId} already has ${n} public fragments, the most it may have (${MAX_PUBLIC_FRAGMENTS_PER_ORGANIZATION}); ` +
        'make one private or unlisted, or delete one, first',
    );
  }
}

/** What a fragment row adds to a ListFragments answer, as counted against MAX_FRAGMENT_LIST_BYTES. */
export const listedBytes = (row: { config: string; name: string }) => 256 + Buffer.byteLength(row.config, 'utf8') + Buffer.byteLength(row.name, 'utf8');
