import { parseArgs } from 'node:util';
import path from 'node:path';
import { startFleetServer, DEFAULT_DATA_DIR } from '../fleet-server/server.ts';
import { DEMO_CREDENTIALS_FILE } from '../fleet-server/demo.ts';
import { createLogger } from '../gateway/logger.ts';
import { onShutdownSignal } from './shutdown-signal.ts';
import { fleetLimitFlags, parseFleetLimits } from './fleet-limit-options.ts';
import { fleetTlsFlags, parseFleetTls } from './tls-options.ts';
import { FLEET_SERVER_SERVICE_NAME, otlpTracesUrl, tracingFor } from '../gateway/tracing.ts';

export async function runFleetServerCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: 'string', default: process.env.FLEET_SERVER_HOST ?? '127.0.0.1' },
      port: { type: 'string', default: process.env.FLEET_SERVER_PORT ?? '8080' },
      'data-dir': { type: 'string', default: process.env.FLEETGRAPH_DATA_DIR ?? DEFAULT_DATA_DIR },
      'otel-endpoint': { type: 'string', default: process.env.FLEETGRAPH_OTEL_ENDPOINT },
      ...fleetLimitFlags(),
      ...fleetTlsFlags(''),
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}`);
  const tls = parseFleetTls(values, '');
  const tracing = await tracingFor(values['otel-endpoint'] ? otlpTracesUrl(values['otel-endpoint']) : null, FLEET_SERVER_SERVICE_NAME);
  const server = await startFleetServer({
    host: values.host,
    port,
    dataDir: values['data-dir'],
    ...parseFleetLimits(values),
    tls,
    tracer: tracing?.tracer,
  });
  // Before the banner: whoever reads "listening" may stop us right away. Calls in flight get a
  // moment to finish; open log tails are cut. Closing the database (the last connection)
  // checkpoints the WAL into the database file.
  const logger = createLogger().child({ component: 'fleet-server' });
  onShutdownSignal(logger, async () => {
    await server.close();
    logger.info('fleet server stopped, database closed');
    await tracing?.shutdown();
  });
  const out = process.stdout;
  out.write(`fleet server listening on ${server.address} (gRPC, ${tls ? `TLS${tls.clientCa ? ', client certificates required' : ''}` : 'plaintext'})\n`);
  out.write(`data: ${values['data-dir'] === ':memory:' ? 'in memory' : path.resolve(values['data-dir']!)}\n`);
  if (server.demo) {
    out.write(`demo organization: ${server.demo.organizationId}\n`);
    out.write(`demo owner API key id: ${server.demo.apiKeyId}\n`);
    out.write(`demo owner API key:    ${server.demo.apiKey}\n`);
    if (values['data-dir'] !== ':memory:') out.write(`(also in ${path.join(path.resolve(values['data-dir']!), DEMO_CREDENTIALS_FILE)})\n`);
  }
}
