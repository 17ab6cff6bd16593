/**
 * The fleet server as a benchmark child process: `startFleetServer` on the data dir given as
 * argv[2], with its RPC counters reachable over the IPC channel (`fleetgraph fleet-server` is the
 * same server without that channel).
 */
import { startFleetServer } from '../../src/fleet-server/server.ts';
import type { FleetChildReply, FleetChildRequest } from './fleet-server-process.ts';

const dataDir = process.argv[2];
if (!dataDir || !process.send) throw new Error('usage: spawned by bench/support/fleet-server-process.ts with a data dir and an IPC channel');

const server = await startFleetServer({ dataDir, port: 0 });
const send = (reply: FleetChildReply) => process.send!(reply);

process.on('message', (request: FleetChildRequest) => {
  if (request.type === 'reset') {
    server.calls.reset();
    send({ type: 'reset' });
  } else if (request.type === 'calls') {
    const counts = server.calls.snapshot();
    const peaks = Object.fromEntries(Object.keys(counts).map((method) => [method, server.calls.peak(method)]));
    send({ type: 'calls', counts, peaks, waves: server.calls.waves() });
  }
});

const stop = () => server.close().then(() => process.exit(0), () => process.exit(1));
process.once('SIGTERM', stop);
process.once('disconnect', stop);
send({ type: 'ready', address: server.address });
