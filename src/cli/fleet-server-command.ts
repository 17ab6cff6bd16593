import { parseArgs } from 'node:util';
import path from 'node:path';
import { startFleetServer, DEFAULT_DATA_DIR } from '../fleet-server/server.ts';
import { DEMO_CREDENTIALS_FILE } from '../fleet-server/demo.ts';
import { createLogger } from '../gateway/logger.ts';
import { onShutdownSignal } from './shutdown-signal.ts';
import { DEFAULT_LOG_QUOTA } from '../fleet-server/log-limits.ts';
import { DEFAULT_ORGANIZATION_LIMITS } from '../fleet-server/organizations.ts';

function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, got ${value}`);
  return n;
}

const DURATION_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90m`, `12h`, `30d`: at least one minute. */
export function parseDuration(flag: string, value: string): number {
  const match = /^(\d+)([mhd])$/.exec(value);
  const ms = match ? Number(match[1]) * DURATION_UNITS[match[2]!]! : NaN;
  if (!Number.isSafeInteger(ms) || ms < 60_000) throw new Error(`${flag} must be a duration like 90m, 12h or 30d (at least 1m), got ${value}`);
  return ms;
}

export async function runFleetServerCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: 'string', default: process.env.FLEET_SERVER_HOST ?? '127.0.0.1' },
      port: { type: 'string', default: process.env.FLEET_SERVER_PORT ?? '8080' },
      'data-dir': { type: 'string', default: process.env.FLEETGRAPH_DATA_DIR ?? DEFAULT_DATA_DIR },
      'log-retention': { type: 'string', default: '30d' },
      'log-quota-entries': { type: 'string', default: String(DEFAULT_LOG_QUOTA.entries) },
      'log-quota-bytes': { type: 'string', default: String(DEFAULT_LOG_QUOTA.bytes) },
      'max-organizations-per-key': { type: 'string', default: String(DEFAULT_ORGANIZATION_LIMITS.perKey) },
      'max-organizations': { type: 'string', default: String(DEFAULT_ORGANIZATION_LIMITS.total) },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}`);
  const server = await startFleetServer({
    host: values.host,
    port,
    dataDir: values['data-dir'],
    logRetentionMs: parseDuration('--log-retention', values['log-retention']!),
    logQuota: { entries: positiveInteger('--log-quota-entries', values['log-quota-entries']!), bytes: positiveInteger('--log-quota-bytes', values['log-quota-bytes']!) },
    organizationLimits: {
      perKey: positiveInteger('--max-organizations-per-key', values['max-organizations-per-key']!),
      total: positiveInteger('--max-organizations', values['max-organizations']!),
    },
  });
  // Before the banner: whoever reads "listening" may stop us right away. Calls in flight get a
  // moment to finish; open log tails are cut. Closing the database (the last connection)
  // checkpoints the WAL into the database file.
  const logger = createLogger().child({ component: 'fleet-server' });
  onShutdownSignal(logger, async () => {
    await server.close();
    logger.info('fleet server stopped, database closed');
  });
  const out = process.stdout;
  out.write(`fleet server listening on ${server.address} (gRPC, plaintext)\n`);
  out.write(`data: ${values['data-dir'] === ':memory:' ? 'in memory' : path.resolve(values['data-dir']!)}\n`);
  if (server.demo) {
    out.write(`demo organization: ${server.demo.organizationId}\n`);
    out.write(`demo owner API key id: ${server.demo.apiKeyId}\n`);
    out.write(`demo owner API key:    ${server.demo.apiKey}\n`);
    if (values['data-dir'] !== ':memory:') out.write(`(also in ${path.join(path.resolve(values['data-dir']!), DEMO_CREDENTIALS_FILE)})\n`);
  }
}
