/** `fleetgraph serve`: the GraphQL gateway, on the embedded fleet server unless --upstream is given. */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { startGateway } from '../gateway/server.ts';
import { startFleetServer, DEFAULT_DATA_DIR, type FleetServer } from '../fleet-server/server.ts';
import { DEMO_CREDENTIALS_FILE } from '../fleet-server/demo.ts';
import { parseUpstreamUrl } from '../upstream/target.ts';
import { DEFAULT_SIMULATED_ROBOTS, positiveNumber, simulateWithStatus } from './simulate-command.ts';

/** Log lines per second each robot of `--simulate` sends. */
const SIMULATED_LINES_PER_ROBOT = 2;

function positiveInt(name: string, value: string | undefined, min = 0): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got ${value}`);
  return n;
}

export async function runServeCommand(args: string[]): Promise<void> {
  const env = process.env;
  const { values } = parseArgs({
    // `--simulate` alone means the default number of robots (parseArgs wants a value).
    args: args.map((arg) => (arg === '--simulate' ? `--simulate=${DEFAULT_SIMULATED_ROBOTS}` : arg)),
    options: {
      port: { type: 'string', default: env.FLEETGRAPH_PORT ?? env.PORT ?? '4000' },
      host: { type: 'string', default: env.FLEETGRAPH_HOST ?? '127.0.0.1' },
      upstream: { type: 'string', default: env.FLEETGRAPH_UPSTREAM },
      'data-dir': { type: 'string', default: env.FLEETGRAPH_DATA_DIR ?? DEFAULT_DATA_DIR },
      'upstream-deadline-ms': { type: 'string', default: env.FLEETGRAPH_UPSTREAM_DEADLINE_MS ?? '10000' },
      simulate: { type: 'string' },
    },
    strict: true,
  });
  const port = positiveInt('--port', values.port);
  const deadline = positiveInt('--upstream-deadline-ms', values['upstream-deadline-ms'], 1);
  const dataDir = values['data-dir']!;
  const simulatedRobots = values.simulate === undefined ? 0 : positiveNumber('--simulate', values.simulate, true);
  if (simulatedRobots > 0 && values.upstream) {
    throw new Error('--simulate runs robots of the embedded demo fleet; for another fleet use `fleetgraph simulate --upstream URL`');
  }

  let fleet: FleetServer | null = null;
  if (!values.upstream) fleet = await startFleetServer({ host: '127.0.0.1', port: 0, dataDir });
  const target = parseUpstreamUrl(values.upstream ?? `http://${fleet!.address}`);
  const gateway = await startGateway({ upstream: target, host: values.host, port, upstreamDeadlineMs: deadline, demoKey: fleet?.demo ?? null });

  const out = process.stdout;
  out.write(`fleetgraph listening: GraphiQL and GraphQL at ${gateway.url}\n`);
  if (fleet) {
    out.write(`upstream: embedded fleet server at ${fleet.address} (data: ${dataDir === ':memory:' ? 'in memory' : path.resolve(dataDir)})\n`);
    if (fleet.demo) {
      out.write('demo organization owner key, as HTTP headers:\n');
      out.write(`  x-viam-api-key-id: ${fleet.demo.apiKeyId}\n`);
      out.write(`  x-viam-api-key: ${fleet.demo.apiKey}\n`);
      if (dataDir !== ':memory:') out.write(`(also in ${path.join(path.resolve(dataDir), DEMO_CREDENTIALS_FILE)})\n`);
    }
  } else {
    out.write(`upstream: ${target.url} (${target.tls ? 'TLS' : 'plaintext'})\n`);
  }

  const simulation =
    simulatedRobots > 0 && fleet?.demo
      ? await simulateWithStatus({ target, apiKey: fleet.demo, robots: simulatedRobots, linesPerSecond: simulatedRobots * SIMULATED_LINES_PER_ROBOT })
      : null;

  const stop = (signal: string) => {
    out.write(`${signal}: shutting down\n`);
    Promise.resolve(simulation?.stop())
      .then(() => Promise.all([gateway.close(), fleet?.close()]))
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
