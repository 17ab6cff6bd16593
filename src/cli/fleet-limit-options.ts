/**
 * The fleet server's limit flags, shared by `fleetgraph fleet-server` and `fleetgraph serve` (whose
 * embedded fleet server takes the same ones), each with its environment variable.
 */
import type { FleetServerOptions } from '../fleet-server/server.ts';
import { DEFAULT_LOG_QUOTA } from '../fleet-server/log-limits.ts';
import { DEFAULT_ORGANIZATION_LIMITS } from '../fleet-server/organizations.ts';

const DURATION_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90m`, `12h`, `30d`: at least one minute. */
export function parseDuration(flag: string, value: string): number {
  const match = /^(\d+)([mhd])$/.exec(value);
  const ms = match ? Number(match[1]) * DURATION_UNITS[match[2]!]! : NaN;
  if (!Number.isSafeInteger(ms) || ms < 60_000) throw new Error(`${flag} must be a duration like 90m, 12h or 30d (at least 1m), got ${value}`);
  return ms;
}

function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, got ${value}`);
  return n;
}

/** parseArgs options of the flags, defaults from the environment. */
export function fleetLimitFlags(env: NodeJS.ProcessEnv = process.env) {
  return {
    'log-retention': { type: 'string', default: env.FLEETGRAPH_LOG_RETENTION ?? '30d' },
    'log-quota-entries': { type: 'string', default: env.FLEETGRAPH_LOG_QUOTA_ENTRIES ?? String(DEFAULT_LOG_QUOTA.entries) },
    'log-quota-bytes': { type: 'string', default: env.FLEETGRAPH_LOG_QUOTA_BYTES ?? String(DEFAULT_LOG_QUOTA.bytes) },
    'max-organizations-per-key': { type: 'string', default: env.FLEETGRAPH_MAX_ORGANIZATIONS_PER_KEY ?? String(DEFAULT_ORGANIZATION_LIMITS.perKey) },
    'max-organizations': { type: 'string', default: env.FLEETGRAPH_MAX_ORGANIZATIONS ?? String(DEFAULT_ORGANIZATION_LIMITS.total) },
  } as const;
}

export type FleetLimits = Required<Pick<FleetServerOptions, 'logRetentionMs' | 'logQuota' | 'organizationLimits'>>;

/** The flags' values, checked. */
export function parseFleetLimits(values: Record<string, unknown>): FleetLimits {
  const flag = (name: string) => String(values[name]);
  return {
    logRetentionMs: parseDuration('--log-retention', flag('log-retention')),
    logQuota: { entries: positiveInteger('--log-quota-entries', flag('log-quota-entries')), bytes: positiveInteger('--log-quota-bytes', flag('log-quota-bytes')) },
    organizationLimits: {
      perKey: positiveInteger('--max-organizations-per-key', flag('max-organizations-per-key')),
      total: positiveInteger('--max-organizations', flag('max-organizations')),
    },
  };
}
