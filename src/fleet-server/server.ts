/**
 * Starts the embedded Viam-compatible fleet server: AuthService, AppService and RobotService
 * over gRPC on one port, backed by one SQLite database.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import type { Tracer } from '@opentelemetry/api';
import { openDatabase, type Db } from './db.ts';
import { TokenIssuer, loadSigningKey } from './auth.ts';
import { RevocationSignal } from './revocation.ts';
import { LogBus } from './log-bus.ts';
import type { StoredLogEntry } from './log-store.ts';
import { DEFAULT_LOG_QUOTA, DEFAULT_LOG_RETENTION_MS, ensureLogUsage, scheduleLogRetention, type LogQuota } from './log-limits.ts';
import type { FleetContext, FleetOptions, HandlerMap, OrganizationLimits } from './rpc.ts';
import { protos, MAX_MESSAGE_BYTES } from '../wire/protos.ts';
import { authRpcs } from './auth-service.ts';
import { DEFAULT_ORGANIZATION_LIMITS, organizationRpcs } from './organizations.ts';
import { locationRpcs } from './locations.ts';
import { robotRpcs } from './robots.ts';
import { partRpcs } from './parts.ts';
import { logRpcs } from './logs.ts';
import { fragmentRpcs } from './fragments.ts';
import { fragmentRevisionRpcs } from './fragment-revisions.ts';
import { fragmentResolutionRpcs } from './fragment-resolution.ts';
import { moduleRpcs, removeStaleUploads } from './modules.ts';
import { registryRpcs } from './registry.ts';
import { roleRpcs } from './roles.ts';
import { keyRpcs } from './keys.ts';
import { robotServiceRpcs } from './robot-service.ts';
import { machineSummaryRpcs } from './machine-summaries.ts';
import { organizationAdminRpcs } from './organization-admin.ts';
import { sharingRpcs } from './sharing.ts';
import { memberRpcs } from './members.ts';
import { permissionRpcs } from './permissions.ts';
import { metadataRpcs } from './metadata.ts';
import { ensureDemoFleet, type DemoCredentials } from './demo.ts';
import { CallStats } from './call-stats.ts';
import { isLoopback } from '../gateway/security.ts';

export interface FleetServerOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Directory of the SQLite file and module uploads; `:memory:` keeps everything in memory. */
  dataDir?: string;
  /** Lifetime of access tokens, also their maximum age (1 s to 24 h; default 1 h). */
  tokenTtlSeconds?: number;
  maxModuleBytes?: number;
  onlineWindowSeconds?: number;
  /** What one part's logs may hold (default 100,000 entries and 64 MiB); the oldest make room. */
  logQuota?: Partial<LogQuota>;
  /** Log entries older than this are deleted (default 30 days), checked every min(retention/10, 1 h). */
  logRetentionMs?: number;
  /** Organizations one key may own through CreateOrganization (default 10), and the server hold (default 1000). */
  organizationLimits?: Partial<OrganizationLimits>;
  /** Create the demo organization and its owner key on an empty database (default true). */
  seedDemo?: boolean;
  log?: (message: string) => void;
  /** Serve gRPC over TLS with this PEM certificate (chain) and key; plaintext without it. */
  tls?: FleetServerTls | null;
  /** Traces every RPC (continuing the caller's trace from its metadata); null or absent: tracing off. */
  tracer?: Tracer | null;
}

export interface FleetServerTls {
  cert: Buffer;
  key: Buffer;
  /** PEM CA of client certificates: when given, every client must present one it signed (mTLS). */
  clientCa?: Buffer;
}

export interface FleetServer {
  /** host:port the server listens on. */
  address: string;
  port: number;
  /** Whether it speaks TLS (then clients connect with https://<address>). */
  tls: boolean;
  fleet: FleetContext;
  db: Db;
  /** The demo organization's credentials (null when seeding is off). */
  demo: DemoCredentials | null;
  /** RPCs received, by method. */
  calls: CallStats;
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = './data';
export const DATABASE_FILE = 'fleet.db';

/** Said when the server is reachable from other hosts without TLS. */
export const PLAINTEXT_WARNING = (address: string) =>
  `warning: the fleet server listens on ${address} without TLS: robots' part secrets, API keys and tokens would travel in the clear; give it --tls-cert and --tls-key`;

function serverCredentials(tls: FleetServerTls | null | undefined): grpc.ServerCredentials {
  if (!tls) return grpc.ServerCredentials.createInsecure();
  return grpc.ServerCredentials.createSsl(tls.clientCa ?? null, [{ cert_chain: tls.cert, private_key: tls.key }], Boolean(tls.clientCa));
}

function bind(handlers: HandlerMap, fleet: FleetContext): grpc.UntypedServiceImplementation {
  return Object.fromEntries(Object.entries(handlers).map(([name, make]) => [name, make(fleet)]));
}

export async function startFleetServer(options: FleetServerOptions = {}): Promise<FleetServer> {
  const host = options.host ?? '127.0.0.1';
  const inMemory = options.dataDir === ':memory:';
  const dataDir = inMemory
    ? fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-server-'))
    : path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const db = openDatabase(inMemory ? ':memory:' : path.join(dataDir, DATABASE_FILE));
  const fleetOptions: FleetOptions = {
    dataDir,
    maxModuleBytes: options.maxModuleBytes ?? 64 * 1024 * 1024,
    onlineWindowSeconds: options.onlineWindowSeconds ?? 60,
    logQuota: { ...DEFAULT_LOG_QUOTA, ...options.logQuota },
    organizationLimits: { ...DEFAULT_ORGANIZATION_LIMITS, ...options.organizationLimits },
  };
  const fleet: FleetContext = {
    db,
    tokens: new TokenIssuer(db, loadSigningKey(db, inMemory ? null : dataDir), options.tokenTtlSeconds ?? 3600),
    logBus: new LogBus<StoredLogEntry>(),
    revocations: new RevocationSignal(),
    options: fleetOptions,
    log: options.log ?? ((message) => process.stderr.write(`[fleet-server] ${message}\n`)),
    tracer: options.tracer ?? null,
  };

  ensureLogUsage(db);
  const stopRetention = scheduleLogRetention(db, options.logRetentionMs ?? DEFAULT_LOG_RETENTION_MS, fleet.log);
  // Nothing is uploading yet: any upload temp file is left over from a crash.
  removeStaleUploads(dataDir, fleet.log);

  const calls = new CallStats();
  const server = new grpc.Server({
    interceptors: [calls.interceptor],
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    'grpc.keepalive_permit_without_calls': 1,
    'grpc.http2.min_ping_interval_without_data_ms': 10_000,
  });
  const p = protos();
  server.addService(p.proto.rpc.v1.AuthService.service, bind(authRpcs, fleet));
  server.addService(
    p.viam.app.v1.AppService.service,
    bind(
      {
        ...organizationRpcs,
        ...locationRpcs,
        ...robotRpcs,
        ...partRpcs,
        ...logRpcs,
        ...fragmentRpcs,
        ...fragmentRevisionRpcs,
        ...fragmentResolutionRpcs,
        ...moduleRpcs,
        ...registryRpcs,
        ...roleRpcs,
        ...keyRpcs,
        ...machineSummaryRpcs,
        ...organizationAdminRpcs,
        ...sharingRpcs,
        ...memberRpcs,
        ...permissionRpcs,
        ...metadataRpcs,
      },
      fleet,
    ),
  );
  server.addService(p.viam.app.v1.RobotService.service, bind(robotServiceRpcs, fleet));

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${options.port ?? 8080}`, serverCredentials(options.tls), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  const address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const tls = Boolean(options.tls);
  if (!tls && !isLoopback(host)) fleet.log(PLAINTEXT_WARNING(address));
  const demo = options.seedDemo === false ? null : ensureDemoFleet(fleet, { address, tls, dataDir: inMemory ? null : dataDir });

  let closed = false;
  return {
    address,
    port,
    tls,
    fleet,
    db,
    demo,
    calls,
    async close() {
      if (closed) return;
      closed = true;
      stopRetention();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 2000);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      db.close();
      if (inMemory) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
