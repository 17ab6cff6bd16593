#!/usr/bin/env node
/**
 * fleetgraph command line.
 *   fleetgraph serve          the GraphQL gateway (with the embedded fleet server by default)
 *   fleetgraph fleet-server   the embedded Viam-compatible fleet server alone
 *   fleetgraph keys create    mint an API key for an organization
 *   fleetgraph keys delete    delete an API key (its tokens and open streams die with it)
 *   fleetgraph invites accept turn an organization invite into a member (the emailed link, locally)
 *   fleetgraph simulate       simulated robots logging to the fleet server
 */
import { runFleetServerCommand } from './cli/fleet-server-command.ts';
import { runKeysCommand } from './cli/keys-command.ts';
import { runInvitesCommand } from './cli/invites-command.ts';
import { runServeCommand } from './cli/serve-command.ts';
import { runSimulateCommand } from './cli/simulate-command.ts';

const USAGE = `usage: fleetgraph <command> [options]

commands:
  serve           start the GraphQL gateway on the embedded fleet server, or on --upstream URL
                  [--port 4000] [--host 127.0.0.1] [--upstream https://app.viam.com:443]
                  [--data-dir ./data] [--upstream-deadline-ms 10000]
                  [--simulate[=N]]  also run N simulated robots of the demo fleet (default 4)
                  in-process, so robots show online and logs stream; off by default
                  production: [--production] (or NODE_ENV=production: no GraphiQL, no
                  introspection, no field suggestions) [--graphiql] [--introspection]
                  [--cors-origin https://app.example.com,...] [--trusted-documents FILE]
                  [--allowed-host fleet.example.com,...] (names a loopback gateway answers
                  besides localhost, 127.0.0.1, [::1]; others get 403)
                  limits: [--max-depth 15] [--max-aliases 30] [--max-tokens 5000]
                  [--max-directives 30] [--max-cost 100000] [--assumed-list-size 10]
                  [--max-variables-bytes 524288] [--max-variables-depth 64]
                  [--max-upstream-calls 300 (per operation)] [--max-json-body-bytes 1048576]
                  [--max-body-bytes 68157440] [--rate-limit 300 (0: off)] [--rate-limit-window-s 10]
                  [--ws-max-payload-bytes N] [--ws-init-timeout-ms N] [--ws-max-subscriptions N]
                  [--ws-max-connections-per-address N] [--max-subscriptions-per-caller 200]
                  [--live-logs-recheck-ms 5000] [--fleet-logs-max-parts 500]
                  operations: [--metrics-token TOKEN] [--log-level info] [--shutdown-timeout-ms 10000]
                  [--log-format pretty|json]  (default: pretty on a terminal, else json)
                  replicas: [--redis-url redis://host:6379] (share rate budgets and subscription
                  caps) [--trust-proxy 1|10.0.0.0/8,...] (client address from X-Forwarded-For)
                  [--otel-endpoint http://collector:4318]  OpenTelemetry traces (OTLP/HTTP); off by default
                  (every flag also as an environment variable: see README)
  fleet-server    start the embedded Viam-compatible fleet server
                  [--host 127.0.0.1] [--port 8080] [--data-dir ./data]
                  [--log-retention 30d] [--log-quota-entries 100000] [--log-quota-bytes 67108864]
                  [--max-organizations-per-key 10] [--max-organizations 1000]
                  [--otel-endpoint http://collector:4318]  OpenTelemetry traces (OTLP/HTTP); off by default
  keys create     mint an API key: --org <organization id> --role owner|operator [--data-dir ./data] [--name NAME]
  keys delete     delete an API key and its roles: --id <API key id> [--data-dir ./data]
  invites accept  make the invitee a member with the invite's roles (what Viam's emailed link does):
                  --org <organization id> --email <address> [--data-dir ./data]
  simulate        run simulated robots against the fleet server (Ctrl-C stops)
                  [--robots 4] [--rate 20 (log lines per second, all robots together)]
                  [--data-dir ./data]  reads the fleet server address and demo key from
                                       <data-dir>/demo-credentials.json (written by serve)
                  [--upstream URL --api-key-id ID --api-key KEY]  another fleet server
`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      await runServeCommand(rest);
      return;
    case 'fleet-server':
      await runFleetServerCommand(rest);
      return;
    case 'keys':
      await runKeysCommand(rest);
      return;
    case 'invites':
      runInvitesCommand(rest);
      return;
    case 'simulate':
      await runSimulateCommand(rest);
      return;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return;
    default:
      process.stderr.write(`fleetgraph: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`fleetgraph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
