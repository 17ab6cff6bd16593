/**
 * The fleet tree in one GraphQL request, and the four cascading selects that pick a part from it:
 * organization → location → robot → part. The query is a typed document (npm run codegen): checked
 * against schema.graphql, with the tree's types derived from it.
 */
import { graphql } from '../page-documents/index.ts';
import type { LogViewerFleetQuery } from '../page-documents/graphql.ts';

type FleetOrganization = NonNullable<LogViewerFleetQuery['organizations']>[number];
type FleetLocation = NonNullable<FleetOrganization['locations']>[number];
type FleetRobot = NonNullable<FleetLocation['robots']>[number];
export type FleetPart = NonNullable<FleetRobot['parts']>[number];

export interface PickedPart extends FleetPart {
  robotName: string;
}

const FLEET_QUERY = graphql(`
  query LogViewerFleet {
    organizations {
      id
      name
      locations {
        id
        name
        parent { name }
        robots { id name onlineState parts { id name mainPart } }
      }
    }
  }
`);

/** Fetches the tree; a field that failed comes back null and shows as an empty list. */
export async function fetchFleet(graphqlPath: string, headers: Record<string, string>): Promise<FleetOrganization[]> {
  const response = await fetch(graphqlPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query: FLEET_QUERY.toString(), operationName: 'LogViewerFleet' }),
  });
  const result = (await response.json()) as { data?: LogViewerFleetQuery; errors?: { message: string }[] };
  const organizations = result.data?.organizations;
  if (!organizations) throw new Error(result.errors?.map((e) => e.message).join('; ') || `the gateway answered ${response.status}`);
  return organizations;
}

const PART_STORAGE_KEY = 'fleetgraph.logViewer.partId';

interface Level<T> {
  select: HTMLSelectElement;
  label: (item: T) => string;
}

function fill<T extends { id: string }>(level: Level<T>, items: T[], preferredId: string | undefined): T | undefined {
  const { select } = level;
  select.replaceChildren(...items.map((item) => new Option(level.label(item), item.id)));
  select.disabled = items.length === 0;
  if (items.length === 0) select.append(new Option('(none)', ''));
  const chosen = items.find((item) => item.id === preferredId) ?? items[0];
  if (chosen) select.value = chosen.id;
  return chosen;
}

const STATE_LABELS: Record<string, string> = { ONLINE: 'online', OFFLINE: 'offline', AWAITING_SETUP: 'awaiting setup' };

export class PartPicker {
  private organizations: FleetOrganization[] = [];
  private readonly organization: Level<FleetOrganization>;
  private readonly location: Level<FleetLocation>;
  private readonly robot: Level<FleetRobot>;
  private readonly part: Level<FleetPart>;

  constructor(
    form: HTMLFormElement,
    private readonly onPick: (part: PickedPart | null) => void,
  ) {
    const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
    this.organization = { select: select('organization'), label: (o) => o.name };
    this.location = { select: select('location'), label: (l) => (l.parent ? `${l.name} (in ${l.parent.name})` : l.name) };
    this.robot = {
      select: select('robot'),
      label: (r) => (r.onlineState && STATE_LABELS[r.onlineState] ? `${r.name} · ${STATE_LABELS[r.onlineState]}` : r.name),
    };
    this.part = { select: select('part'), label: (p) => (p.mainPart ? `${p.name} (main)` : p.name) };
    // A change fills the levels below it, never its own.
    this.organization.select.addEventListener('change', () => this.showLocationsOf(this.selectedOrganization()));
    this.location.select.addEventListener('change', () => this.showRobotsOf(this.selectedLocation()));
    this.robot.select.addEventListener('change', () => this.showPartsOf(this.selectedRobot()));
    this.part.select.addEventListener('change', () => this.pick());
  }

  /** Shows a freshly fetched tree, keeping the part picked last time when it is still there. */
  show(organizations: FleetOrganization[]): void {
    this.organizations = organizations;
    // A link from the fleet page (/logs?part=<id>) beats the part picked last time.
    const remembered = new URLSearchParams(location.search).get('part') ?? localStorage.getItem(PART_STORAGE_KEY);
    const path = remembered ? this.pathTo(remembered) : undefined;
    this.showLocationsOf(fill(this.organization, organizations, path?.[0]), path);
  }

  /** [organization, location, robot, part] ids leading to a part. */
  private pathTo(partId: string): string[] | undefined {
    for (const o of this.organizations) {
      for (const l of o.locations ?? []) {
        for (const r of l.robots ?? []) {
          if ((r.parts ?? []).some((p) => p.id === partId)) return [o.id, l.id, r.id, partId];
        }
      }
    }
    return undefined;
  }

  private showLocationsOf(organization: FleetOrganization | undefined, path?: string[]): void {
    this.showRobotsOf(fill(this.location, organization?.locations ?? [], path?.[1]), path);
  }

  private showRobotsOf(location: FleetLocation | undefined, path?: string[]): void {
    this.showPartsOf(fill(this.robot, location?.robots ?? [], path?.[2]), path);
  }

  private showPartsOf(robot: FleetRobot | undefined, path?: string[]): void {
    const parts = robot?.parts ?? [];
    fill(this.part, parts, path?.[3] ?? parts.find((p) => p.mainPart)?.id);
    this.pick();
  }

  private selectedOrganization(): FleetOrganization | undefined {
    return this.current(this.organizations, this.organization.select);
  }
  private selectedLocation(): FleetLocation | undefined {
    return this.current(this.selectedOrganization()?.locations ?? [], this.location.select);
  }
  private selectedRobot(): FleetRobot | undefined {
    return this.current(this.selectedLocation()?.robots ?? [], this.robot.select);
  }

  private current<T extends { id: string }>(items: T[], select: HTMLSelectElement): T | undefined {
    return items.find((item) => item.id === select.value);
  }

  private pick(): void {
    const robot = this.selectedRobot();
    const part = this.current(robot?.parts ?? [], this.part.select);
    if (part) localStorage.setItem(PART_STORAGE_KEY, part.id);
    this.onPick(part && robot ? { ...part, robotName: robot.name } : null);
  }
}
