/**
 * TLS flags shared by the commands: the fleet server's certificate (`fleetgraph fleet-server
 * --tls-cert/--tls-key/--tls-client-ca`, the embedded one under `serve` as `--fleet-tls-*`) and
 * the gateway's trust of its upstream (`--upstream-ca-file`, `--upstream-cert-file`,
 * `--upstream-key-file`), each with its environment variable.
 */
import type { FleetServerTls } from '../fleet-server/server.ts';
import { loadTlsTrust, readPem, type TlsTrust } from '../upstream/tls.ts';

/** parseArgs options of the fleet server's TLS flags, `prefix` '' (fleet-server) or 'fleet-' (serve). */
export function fleetTlsFlags(prefix: '' | 'fleet-', env: NodeJS.ProcessEnv = process.env) {
  const variable = prefix ? 'FLEETGRAPH_FLEET_TLS' : 'FLEET_SERVER_TLS';
  return {
    [`${prefix}tls-cert`]: { type: 'string', default: env[`${variable}_CERT`] },
    [`${prefix}tls-key`]: { type: 'string', default: env[`${variable}_KEY`] },
    [`${prefix}tls-client-ca`]: { type: 'string', default: env[`${variable}_CLIENT_CA`] },
  } as Record<string, { type: 'string'; default: string | undefined }>;
}

/** The fleet server's certificate and key (and client CA), read; null without --tls-cert. */
export function parseFleetTls(values: Record<string, unknown>, prefix: '' | 'fleet-'): FleetServerTls | null {
  const certFile = values[`${prefix}tls-cert`] as string | undefined;
  const keyFile = values[`${prefix}tls-key`] as string | undefined;
  const clientCaFile = values[`${prefix}tls-client-ca`] as string | undefined;
  if (Boolean(certFile) !== Boolean(keyFile)) throw new Error(`--${prefix}tls-cert and --${prefix}tls-key go together (the server's certificate and its key)`);
  if (!certFile) {
    if (clientCaFile) throw new Error(`--${prefix}tls-client-ca needs --${prefix}tls-cert and --${prefix}tls-key`);
    return null;
  }
  return {
    cert: readPem(`--${prefix}tls-cert`, certFile),
    key: readPem(`--${prefix}tls-key`, keyFile!),
    ...(clientCaFile ? { clientCa: readPem(`--${prefix}tls-client-ca`, clientCaFile) } : {}),
  };
}

/** parseArgs options of the gateway's upstream trust flags. */
export function upstreamTlsFlags(env: NodeJS.ProcessEnv = process.env) {
  return {
    'upstream-ca-file': { type: 'string', default: env.FLEETGRAPH_UPSTREAM_CA_FILE },
    'upstream-cert-file': { type: 'string', default: env.FLEETGRAPH_UPSTREAM_CERT_FILE },
    'upstream-key-file': { type: 'string', default: env.FLEETGRAPH_UPSTREAM_KEY_FILE },
  } as const;
}

export function parseUpstreamTrust(values: Record<string, unknown>): TlsTrust | null {
  return loadTlsTrust({
    caFile: values['upstream-ca-file'] as string | undefined,
    certFile: values['upstream-cert-file'] as string | undefined,
    keyFile: values['upstream-key-file'] as string | undefined,
  });
}
