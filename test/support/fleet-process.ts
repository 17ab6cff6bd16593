/**
 * The fleet server as a separate process (`fleetgraph fleet-server` on a data dir), so a test can
 * kill it outright (SIGKILL: no goodbye to its clients) and start it again on the same port.
 */
import { startCli, type RunningCli } from './cli.ts';
import { apiKeyHeaders } from './gateway.ts';

export interface FleetProcess {
  cli: RunningCli;
  /** host:port */
  address: string;
  port: number;
  demoHeaders: Record<string, string>;
  /** SIGKILL, and waits until the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, and waits for the exit code. */
  stop(): Promise<number | null>;
}

export async function startFleetProcess(dataDir: string, port = 0): Promise<FleetProcess> {
  const cli = startCli(['fleet-server', '--port', String(port), '--data-dir', dataDir]);
  const [, address] = await cli.waitFor(/fleet server listening on (\S+)/);
  const [, keyId] = await cli.waitFor(/demo owner API key id: (\S+)/);
  const [, key] = await cli.waitFor(/demo owner API key: +(\S+)/);
  const exited = new Promise<void>((resolve) => cli.child.once('exit', () => resolve()));
  return {
    cli,
    address: address!,
    port: Number(address!.slice(address!.lastIndexOf(':') + 1)),
    demoHeaders: apiKeyHeaders({ id: keyId!, key: key! }),
    async kill() {
      if (cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGKILL');
      await exited;
    },
    stop: () => cli.stop(),
  };
}
