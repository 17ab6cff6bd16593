/**
 * `fleetgraph simulate`: simulated robots calling the fleet server's RobotService with their part
 * secrets, until Ctrl-C. By default it finds the fleet server and the demo owner key in
 * <data-dir>/demo-credentials.json, which `fleetgraph serve` and `fleetgraph fleet-server` write.
 */
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_DATA_DIR } from '../fleet-server/server.ts';
import { DEMO_CREDENTIALS_FILE, type DemoCredentials } from '../fleet-server/demo.ts';
import { parseUpstreamUrl, type UpstreamTarget } from '../upstream/target.ts';
import { loadTlsTrust } from '../upstream/tls.ts';
import { startFleetSimulation, type Simulator } from '../simulator/simulator.ts';
import { startStatusLine } from '../simulator/status-line.ts';
import type { ApiKey } from '../simulator/fleet-parts.ts';

export const DEFAULT_SIMULATED_ROBOTS = 4;
export const DEFAULT_SIMULATED_RATE = 20;

function readDemoCredentials(dataDir: string): DemoCredentials | null {
  const file = path.join(path.resolve(dataDir), DEMO_CREDENTIALS_FILE);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoCredentials;
}

function whereToSimulate(values: { upstream?: string; 'ca-file'?: string; 'data-dir'?: string; 'api-key-id'?: string; 'api-key'?: string }): {
  target: UpstreamTarget;
  apiKey: ApiKey;
} {
  const dataDir = values['data-dir'] ?? DEFAULT_DATA_DIR;
  const demo = readDemoCredentials(dataDir);
  const explicitKey = values['api-key-id'] && values['api-key'] ? { apiKeyId: values['api-key-id'], apiKey: values['api-key'] } : null;
  if (!values.upstream && !demo) {
    throw new Error(
      `no ${DEMO_CREDENTIALS_FILE} in ${path.resolve(dataDir)}: start \`fleetgraph serve\` (or \`fleetgraph fleet-server\`) with that --data-dir first, or pass --upstream URL with --api-key-id and --api-key`,
    );
  }
  const apiKey = explicitKey ?? demo;
  if (!apiKey) throw new Error('--upstream needs an API key that may list the fleet: --api-key-id ID --api-key KEY');
  const target = parseUpstreamUrl(values.upstream ?? `${demo!.tls ? 'https' : 'http'}://${demo!.address}`, loadTlsTrust({ caFile: values['ca-file'] }, '--'));
  return { target, apiKey: { apiKeyId: apiKey.apiKeyId, apiKey: apiKey.apiKey } };
}

export function positiveNumber(name: string, value: string | undefined, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, got ${value}`);
  return n;
}

/** Starts the simulation with a status line on stderr; resolves with a function that stops both. */
export async function simulateWithStatus(options: {
  target: UpstreamTarget;
  apiKey: ApiKey;
  robots: number;
  linesPerSecond: number;
}): Promise<{ simulator: Simulator; stop(): Promise<void> }> {
  const err = process.stderr;
  const simulator = await startFleetSimulation({ ...options, notice: (message) => err.write(`simulator: ${message}\n`) });
  const names = simulator.robots.map((r) => r.part.robotName);
  err.write(`simulator: ${names.length} robot(s) (${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}) logging ${options.linesPerSecond} lines/s in total\n`);
  const status = startStatusLine(err, () => simulator.stats());
  return {
    simulator,
    async stop() {
      await simulator.stop();
      status.stop();
    },
  };
}

export async function runSimulateCommand(args: string[]): Promise<void> {
  const env = process.env;
  const { values } = parseArgs({
    args,
    options: {
      robots: { type: 'string', default: String(DEFAULT_SIMULATED_ROBOTS) },
      rate: { type: 'string', default: String(DEFAULT_SIMULATED_RATE) },
      upstream: { type: 'string', default: env.FLEETGRAPH_UPSTREAM },
      'data-dir': { type: 'string', default: env.FLEETGRAPH_DATA_DIR ?? DEFAULT_DATA_DIR },
      'api-key-id': { type: 'string', default: env.FLEETGRAPH_API_KEY_ID },
      'api-key': { type: 'string', default: env.FLEETGRAPH_API_KEY },
      'ca-file': { type: 'string', default: env.FLEETGRAPH_CA_FILE },
    },
    strict: true,
  });
  const robots = positiveNumber('--robots', values.robots, true);
  const linesPerSecond = positiveNumber('--rate', values.rate, false);
  const { target, apiKey } = whereToSimulate(values);
  process.stderr.write(`simulator: fleet server ${target.url}; Ctrl-C stops\n`);
  const running = await simulateWithStatus({ target, apiKey, robots, linesPerSecond }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    const hint = values.upstream ? '' : ` (is \`fleetgraph serve\` running with --data-dir ${values['data-dir']}?)`;
    throw new Error(`could not pick robots from the fleet server at ${target.url}: ${reason}${hint}`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write(`\nsimulator: ${signal}, stopping\n`);
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
