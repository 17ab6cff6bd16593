/**
 * `fleetgraph serve`: the GraphQL gateway, on the embedded fleet server unless --upstream is given.
 * Every flag is checked before anything starts; SIGTERM or SIGINT stops it gracefully (gateway
 * first, then the fleet server and its database) and exits 0.
 */
import path from 'node:path';
import { startGateway } from '../gateway/server.ts';
import { createLogger } from '../gateway/logger.ts';
import { startFleetServer, type FleetServer } from '../fleet-server/server.ts';
import { DEMO_CREDENTIALS_FILE } from '../fleet-server/demo.ts';
import { parseUpstreamUrl } from '../upstream/target.ts';
import { simulateWithStatus } from './simulate-command.ts';
import { parseServeArgs, type ServeConfig } from './serve-options.ts';
import { onShutdownSignal } from './shutdown-signal.ts';
import { FLEET_SERVER_SERVICE_NAME, GATEWAY_SERVICE_NAME, tracingFor } from '../gateway/tracing.ts';

/** Log lines per second each robot of `--simulate` sends. */
const SIMULATED_LINES_PER_ROBOT = 2;

/**
 * The demo owner key for whoever started the server. In production stdout usually goes to a log
 * collector, where an owner key must not land: the banner names the 0600 credentials file instead.
 */
function writeDemoKeyBanner(out: NodeJS.WritableStream, demo: { apiKeyId: string; apiKey: string }, dataDir: string, production: boolean): void {
  const file = dataDir === ':memory:' ? null : path.join(path.resolve(dataDir), DEMO_CREDENTIALS_FILE);
  if (production) {
    out.write(
      file
        ? `demo organization owner key: not printed in production mode; it is in ${file} (0600)\n`
        : 'demo organization owner key: not printed in production mode (--data-dir :memory: keeps no credentials file)\n',
    );
    return;
  }
  out.write('demo organization owner key, as HTTP headers:\n');
  out.write(`  x-viam-api-key-id: ${demo.apiKeyId}\n`);
  out.write(`  x-viam-api-key: ${demo.apiKey}\n`);
  if (file) out.write(`(also in ${file})\n`);
}

/**
 * How the gateway reaches its embedded fleet server. Over TLS it trusts that server's own
 * certificate file (a self-signed certificate, or a chain ending in its CA) and --upstream-ca-file,
 * and presents --upstream-cert-file when the server wants client certificates.
 */
function embeddedFleetTarget(fleet: FleetServer, config: ServeConfig) {
  if (!config.fleetTls) return parseUpstreamUrl(`http://${fleet.address}`);
  const ca = Buffer.concat([config.fleetTls.cert, Buffer.from('\n'), config.upstreamTrust?.ca ?? Buffer.alloc(0)]);
  return parseUpstreamUrl(`https://${fleet.address}`, { ...config.upstreamTrust, ca });
}

export async function runServeCommand(args: string[]): Promise<void> {
  const config = parseServeArgs(args);
  const target = config.upstream ? parseUpstreamUrl(config.upstream, config.upstreamTrust) : null;
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  const gatewayTracing = await tracingFor(config.otelEndpoint, GATEWAY_SERVICE_NAME);
  const fleetTracing = target ? null : await tracingFor(config.otelEndpoint, FLEET_SERVER_SERVICE_NAME);
  if (config.otelEndpoint) {
    // Origin and path only: a URL may carry user:password for the collector.
    const { origin, pathname } = new URL(config.otelEndpoint);
    logger.info({ otelEndpoint: `${origin}${pathname}` }, 'tracing: spans exported over OTLP/HTTP');
  }

  let fleet: FleetServer | null = null;
  if (!target) {
    fleet = await startFleetServer({
      host: '127.0.0.1',
      port: 0,
      dataDir: config.dataDir,
      ...config.fleetLimits,
      tls: config.fleetTls,
      tracer: fleetTracing?.tracer,
      log: (message) => logger.warn({ component: 'fleet-server' }, message),
    });
    logger.info({ component: 'fleet-server', address: fleet.address, data: config.dataDir === ':memory:' ? 'in memory' : path.resolve(config.dataDir) }, 'fleet server listening');
  }
  const upstream = target ?? embeddedFleetTarget(fleet!, config);
  const gateway = await startGateway({ ...config.gateway, upstream, port: config.port, demoKey: fleet?.demo ?? null, logger, tracer: gatewayTracing?.tracer });

  // Before the banner: whoever reads "listening" may stop us right away.
  let simulation: Awaited<ReturnType<typeof simulateWithStatus>> | null = null;
  onShutdownSignal(logger, async () => {
    await simulation?.stop();
    // The gateway first: requests in flight still need the fleet server.
    const drained = await gateway.shutdown(config.shutdownTimeoutMs);
    if (fleet) {
      await fleet.close();
      logger.info({ component: 'fleet-server' }, 'fleet server stopped, database closed');
    }
    // Last: the spans of everything above are sent before exit.
    await Promise.all([gatewayTracing?.shutdown(), fleetTracing?.shutdown()]);
    return drained;
  });

  const out = process.stdout;
  out.write(`fleetgraph listening: ${config.gateway.security?.graphiql ? 'GraphiQL and GraphQL' : 'GraphQL'} at ${gateway.url}\n`);
  if (fleet) {
    out.write(`upstream: embedded fleet server at ${fleet.address}${fleet.tls ? ' (TLS)' : ''} (data: ${config.dataDir === ':memory:' ? 'in memory' : path.resolve(config.dataDir)})\n`);
    if (fleet.demo) writeDemoKeyBanner(out, fleet.demo, config.dataDir, config.gateway.security?.production ?? false);
  } else {
    out.write(`upstream: ${upstream.url} (${upstream.tls ? 'TLS' : 'plaintext'})\n`);
  }

  if (config.simulatedRobots > 0 && fleet?.demo) {
    simulation = await simulateWithStatus({
      target: upstream,
      apiKey: fleet.demo,
      robots: config.simulatedRobots,
      linesPerSecond: config.simulatedRobots * SIMULATED_LINES_PER_ROBOT,
    });
  }
}
