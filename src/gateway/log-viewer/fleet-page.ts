/**
 * The live fleet page (/fleet): API key → organizations (one query over HTTP) → the organization's
 * locations, robots and parts with their live online state (Subscription.machineStatus over
 * graphql-ws), error counts per robot since the page opened (Subscription.fleetLogs, when the
 * gateway has it), and a link from each part to its logs on /logs.
 */
import { createClient, type Client } from 'graphql-ws/client';
import { bindApiKeyForm, credentialHeaders, type ApiKey } from './api-key.ts';
import { describeFailure } from './live-logs.ts';
import { graphql } from '../page-documents/index.ts';
import type { FleetPageErrorsSubscription, FleetPageOrganizationsQuery, FleetPageStatusSubscription } from '../page-documents/graphql.ts';

interface PageConfig {
  graphqlPath: string;
  demoKey: ApiKey | null;
}
type StatusEvent = FleetPageStatusSubscription['machineStatus'];
type StatusRobot = StatusEvent['robots'][number];

const STATUS = graphql(`
  subscription FleetPageStatus($organizationId: ID!) {
    machineStatus(organizationId: $organizationId) {
      kind
      locations { id name }
      robots { id name locationId onlineState lastAccess parts { id name mainPart onlineState viamServerVersion } }
      changes { kind robotId locationId }
    }
  }
`);

/** Error counts per robot: needs Subscription.fleetLogs (each event a batch of one part's entries). Without it, the column says so. */
const ERRORS = graphql(`
  subscription FleetPageErrors($organizationId: ID!) {
    fleetLogs(organizationId: $organizationId, levels: ["error"]) { id robotId }
  }
`);

const ORGANIZATIONS = graphql(`
  query FleetPageOrganizations {
    organizations { id name }
  }
`);

const STATE_TEXT: Record<string, string> = { ONLINE: 'online', OFFLINE: 'offline', AWAITING_SETUP: 'awaiting setup', UNSPECIFIED: 'unknown' };
const FORBIDDEN = 4403;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const config = JSON.parse(byId('viewer-config').textContent ?? '{}') as PageConfig;
const credentialsForm = byId<HTMLFormElement>('credentials');
const organizationSelect = byId<HTMLSelectElement>('organization');
const connection = byId<HTMLParagraphElement>('connection');
const notice = byId<HTMLParagraphElement>('notice');
const summary = byId<HTMLParagraphElement>('summary');
const fleet = byId<HTMLDivElement>('fleet');

function showNotice(text: string | null, kind: 'error' | 'warning' | 'info' = 'error'): void {
  notice.hidden = text === null;
  notice.textContent = text ?? '';
  notice.dataset.kind = kind;
}

function setConnection(state: string, text: string): void {
  connection.dataset.state = state;
  connection.querySelector('.text')!.textContent = text;
}

// ---- what the page shows, kept from the events alone ---------------------------------------

const locations = new Map<string, { id: string; name: string }>();
const robots = new Map<string, StatusRobot>();
/** Errors per robot since the page subscribed; null when the gateway has no fleetLogs. */
let errorCounts: Map<string, number> | null = new Map();

function apply(event: StatusEvent): void {
  if (event.kind === 'SNAPSHOT') {
    locations.clear();
    robots.clear();
  }
  for (const location of event.locations) locations.set(location.id, location);
  for (const robot of event.robots) robots.set(robot.id, robot);
  for (const change of event.changes) {
    if (change.kind === 'ROBOT_REMOVED' && change.robotId) robots.delete(change.robotId);
    if (change.kind === 'LOCATION_REMOVED') locations.delete(change.locationId);
  }
  render();
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

function stateBadge(state: string): HTMLSpanElement {
  const badge = element('span', { className: 'state', textContent: STATE_TEXT[state] ?? state });
  badge.dataset.state = state;
  return badge;
}

function robotRow(robot: StatusRobot): HTMLTableRowElement {
  const parts = element(
    'ul',
    { className: 'parts' },
    ...robot.parts.map((part) => {
      const link = element('a', { href: `/logs?part=${encodeURIComponent(part.id)}`, textContent: part.mainPart ? `${part.name} (main)` : part.name });
      const item = element('li', {}, stateBadge(part.onlineState), link, part.viamServerVersion ? ` · ${part.viamServerVersion}` : '');
      item.dataset.partId = part.id;
      return item;
    }),
  );
  const count = errorCounts?.get(robot.id) ?? 0;
  const errors = element('td', { className: 'errors', textContent: errorCounts ? String(count) : 'n/a' });
  errors.dataset.count = String(count);
  const row = element(
    'tr',
    {},
    element('td', { className: 'name', textContent: robot.name }),
    element('td', {}, stateBadge(robot.onlineState)),
    element('td', {}, parts),
    errors,
    element('td', { className: 'last-access', textContent: robot.lastAccess ? new Date(robot.lastAccess).toLocaleTimeString() : '—' }),
  );
  row.dataset.robotId = robot.id;
  row.dataset.state = robot.onlineState;
  return row;
}

function render(): void {
  const byLocation = new Map<string, StatusRobot[]>();
  for (const robot of robots.values()) byLocation.set(robot.locationId, [...(byLocation.get(robot.locationId) ?? []), robot]);
  fleet.replaceChildren(
    ...[...locations.values()].map((location) => {
      const list = (byLocation.get(location.id) ?? []).sort((a, b) => a.name.localeCompare(b.name));
      const head = element('tr', {}, ...['Robot', 'State', 'Parts (open logs)', 'Errors', 'Last contact'].map((text) => element('th', { textContent: text })));
      const body = list.length ? list.map(robotRow) : [element('tr', {}, element('td', { className: 'empty', colSpan: 5, textContent: 'no robots' }))];
      const section = element('section', {}, element('h2', { textContent: location.name }), element('table', {}, element('thead', {}, head), element('tbody', {}, ...body)));
      section.dataset.locationId = location.id;
      return section;
    }),
  );
  const online = [...robots.values()].filter((r) => r.onlineState === 'ONLINE').length;
  summary.textContent = `${robots.size} robots, ${online} online`;
}

// ---- subscriptions --------------------------------------------------------------------------

let client: Client | null = null;
let stop: (() => void)[] = [];

function unsubscribeAll(): void {
  for (const end of stop.splice(0)) end();
}

function watch(organizationId: string): void {
  unsubscribeAll();
  if (!client || !organizationId) return;
  errorCounts = new Map();
  stop.push(
    client.subscribe<FleetPageStatusSubscription>(
      { query: STATUS.toString(), variables: { organizationId }, operationName: 'FleetPageStatus' },
      {
        next: (result) => {
          if (result.data?.machineStatus) apply(result.data.machineStatus);
          if (result.errors?.length) showNotice(`Live status stopped: ${describeFailure(result.errors)}`);
        },
        error: (error) => showNotice(`Live status stopped: ${describeFailure(error)}`),
        complete: () => {},
      },
    ),
  );
  // Hook for Subscription.fleetLogs: a gateway without the field answers a validation error, and the column says n/a.
  stop.push(
    client.subscribe<FleetPageErrorsSubscription>(
      { query: ERRORS.toString(), variables: { organizationId }, operationName: 'FleetPageErrors' },
      {
        next: (result) => {
          const entries = result.data?.fleetLogs;
          if (entries && errorCounts) {
            for (const entry of entries) errorCounts.set(entry.robotId, (errorCounts.get(entry.robotId) ?? 0) + 1);
            render();
          }
        },
        error: () => {
          errorCounts = null;
          render();
        },
        complete: () => {},
      },
    ),
  );
}

async function loadOrganizations(headers: Record<string, string>): Promise<{ id: string; name: string }[]> {
  const response = await fetch(config.graphqlPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query: ORGANIZATIONS.toString(), operationName: 'FleetPageOrganizations' }),
  });
  const result = (await response.json()) as { data?: FleetPageOrganizationsQuery; errors?: { message: string }[] };
  if (!result.data?.organizations) throw new Error(result.errors?.map((e) => e.message).join('; ') || `the gateway answered ${response.status}`);
  return result.data.organizations;
}

async function connect(key: ApiKey): Promise<void> {
  unsubscribeAll();
  void client?.dispose();
  const headers = credentialHeaders(key);
  client = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${config.graphqlPath}`,
    connectionParams: headers,
    keepAlive: 15_000,
    retryAttempts: Infinity,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 500 * 2 ** retries) + Math.random() * 500)),
    shouldRetry: (event) => (event as { code?: number })?.code !== FORBIDDEN,
    on: {
      connecting: (isRetry) => setConnection(isRetry ? 'reconnecting' : 'connecting', isRetry ? 'reconnecting…' : 'connecting…'),
      connected: () => setConnection('connected', 'connected'),
      closed: (event) => ((event as { code?: number })?.code === FORBIDDEN ? setConnection('refused', 'refused') : setConnection('reconnecting', 'reconnecting…')),
    },
  });
  try {
    const organizations = await loadOrganizations(headers);
    organizationSelect.replaceChildren(...organizations.map((o) => new Option(o.name, o.id)));
    organizationSelect.disabled = organizations.length === 0;
    showNotice(null);
    watch(organizationSelect.value);
  } catch (error) {
    showNotice(`Loading the fleet failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

organizationSelect.addEventListener('change', () => watch(organizationSelect.value));
bindApiKeyForm(credentialsForm, config.demoKey, connect);
