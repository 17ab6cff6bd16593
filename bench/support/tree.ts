/**
 * The fleet tree both ways: the GraphQL queries the gateway answers, and the same trees by hand
 * with grpc-js (the floor), plus a normal form to check that both return the same tree.
 *
 * - FLEET_TREE: organization → locations → robots → parts, names and online state of robots and
 *   parts. A robot's own online state is not in ListMachineSummaries, so the gateway answers it
 *   per RPC: GetOrganization, ListLocations, ListRobotsForLocations, GetRobotParts per robot.
 * - SUMMARY_TREE: the same tree with the online state (and last access) of parts only, which
 *   ListMachineSummaries holds: the gateway answers it with GetOrganization + ListMachineSummaries.
 * - VERSIONS_TREE: the summary tree with the parts' reported viam-server version, OS and platform:
 *   the same two calls, whatever the number of parts.
 */
import type { BenchAppClient } from './grpc-client.ts';
import { fromStruct } from '../../src/wire/struct.ts';

export const FLEET_TREE = /* GraphQL */ `
  query FleetTree($org: ID!) {
    organization(id: $org) {
      name
      locations {
        name
        robots {
          name
          onlineState
          parts { name onlineState }
        }
      }
    }
  }
`;

export const SUMMARY_TREE = /* GraphQL */ `
  query SummaryTree($org: ID!) {
    organization(id: $org) {
      name
      locations {
        id
        name
        robots {
          id
          name
          parts { id name mainPart onlineState lastAccess }
        }
      }
    }
  }
`;

/** Robots with their metadata: one GetRobotMetadata per robot (Viam has no batch RPC for it), like GetRobotParts. */
export const METADATA_TREE = /* GraphQL */ `
  query MetadataTree($org: ID!) {
    organization(id: $org) {
      name
      locations {
        name
        robots { name metadata }
      }
    }
  }
`;

/** SUMMARY_TREE with what the parts report (version, OS, platform): still one ListMachineSummaries. */
export const VERSIONS_TREE = SUMMARY_TREE.replace('SummaryTree', 'VersionsTree').replace('lastAccess }', 'lastAccess viamServerVersion os platform }');

export const ONE_FIELD = 'query OneField($id: ID!) { robot(id: $id) { name } }';

export type TreeKind = 'fleet' | 'summary' | 'metadata' | 'versions';
export const QUERY_OF: Record<TreeKind, string> = { fleet: FLEET_TREE, summary: SUMMARY_TREE, metadata: METADATA_TREE, versions: VERSIONS_TREE };

interface PartNode {
  name: string;
  onlineState: string;
}
interface RobotNode {
  name: string;
  onlineState?: string;
  /** Absent in the metadata tree. */
  parts?: PartNode[];
  metadata?: unknown;
}
/** The part of a tree both contenders must agree on. */
export interface Tree {
  name: string;
  locations: { name: string; robots: RobotNode[] }[];
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
const stateName = (state: string) => state.replace(/^ONLINE_STATE_/, '');

/** Names and online states only, sorted, with upstream enum names shortened to GraphQL's. */
export function normalize(tree: Tree): Tree {
  return {
    name: tree.name,
    locations: tree.locations
      .map((l) => ({
        name: l.name,
        robots: l.robots
          .map((r) => ({
            name: r.name,
            ...(r.onlineState === undefined ? {} : { onlineState: stateName(r.onlineState) }),
            ...(r.parts ? { parts: r.parts.map((p) => ({ name: p.name, onlineState: stateName(p.onlineState) })).sort(byName) } : {}),
            ...(r.metadata === undefined ? {} : { metadata: r.metadata }),
          }))
          .sort(byName),
      }))
      .sort(byName),
  };
}

export const robotCount = (tree: Tree) => tree.locations.reduce((n, l) => n + l.robots.length, 0);

/** The fleet tree by hand: each level's calls all at once, nothing bounded. */
export async function fleetTreeByRpc(app: BenchAppClient, organizationId: string): Promise<Tree> {
  const [{ organization }, { locations }] = await Promise.all([
    app.call('GetOrganization', { organization_id: organizationId }),
    app.call('ListLocations', { organization_id: organizationId }),
  ]);
  const { robots } = await app.call('ListRobotsForLocations', { location_ids: locations.map((l: any) => l.id) });
  const parts: any[][] = await Promise.all(robots.map(async (r: any) => (await app.call('GetRobotParts', { robot_id: r.id })).parts));
  const robotsOf = new Map<string, RobotNode[]>(locations.map((l: any) => [l.id, []]));
  robots.forEach((r: any, i: number) =>
    robotsOf.get(r.location)!.push({
      name: r.name,
      onlineState: r.online_state,
      parts: parts[i]!.map((p) => ({ name: p.name, onlineState: p.online_state })),
    }),
  );
  return { name: organization.name, locations: locations.map((l: any) => ({ name: l.name, robots: robotsOf.get(l.id)! })) };
}

/** The summary tree by hand, per RPC: what the floor costs without ListMachineSummaries. */
export async function summaryTreeByRpc(app: BenchAppClient, organizationId: string): Promise<Tree> {
  const tree = await fleetTreeByRpc(app, organizationId);
  return { ...tree, locations: tree.locations.map((l) => ({ ...l, robots: l.robots.map(({ onlineState: _, ...r }) => r) })) };
}

/** The summary tree by hand from ListMachineSummaries: the lowest floor there is. */
export async function summaryTreeBySummaries(app: BenchAppClient, organizationId: string): Promise<Tree> {
  const [{ organization }, { location_summaries: locations }] = await Promise.all([
    app.call('GetOrganization', { organization_id: organizationId }),
    app.call('ListMachineSummaries', { organization_id: organizationId }),
  ]);
  return {
    name: organization.name,
    locations: locations.map((l: any) => ({
      name: l.location_name,
      robots: l.machine_summaries.map((m: any) => ({
        name: m.machine_name,
        parts: m.part_summaries.map((p: any) => ({ name: p.part_name, onlineState: p.online_state })),
      })),
    })),
  };
}

/** The metadata tree by hand: GetRobotMetadata for every robot at once. */
export async function metadataTreeByRpc(app: BenchAppClient, organizationId: string): Promise<Tree> {
  const [{ organization }, { locations }] = await Promise.all([
    app.call('GetOrganization', { organization_id: organizationId }),
    app.call('ListLocations', { organization_id: organizationId }),
  ]);
  const { robots } = await app.call('ListRobotsForLocations', { location_ids: locations.map((l: any) => l.id) });
  const metadata = await Promise.all(robots.map(async (r: any) => fromStruct((await app.call('GetRobotMetadata', { id: r.id })).data)));
  const robotsOf = new Map<string, RobotNode[]>(locations.map((l: any) => [l.id, []]));
  robots.forEach((r: any, i: number) => robotsOf.get(r.location)!.push({ name: r.name, metadata: metadata[i] }));
  return { name: organization.name, locations: locations.map((l: any) => ({ name: l.name, robots: robotsOf.get(l.id)! })) };
}

/** The ways the floor can build a tree. */
export const FLOORS = {
  'fleet-by-rpc': fleetTreeByRpc,
  'metadata-by-rpc': metadataTreeByRpc,
  'summary-by-rpc': summaryTreeByRpc,
  'summary-by-summaries': summaryTreeBySummaries,
} as const;
export type FloorKind = keyof typeof FLOORS;

/** One GraphQL request to a gateway; throws on any GraphQL error. */
export async function treeViaGateway(url: string, headers: Record<string, string>, kind: TreeKind, organizationId: string): Promise<Tree> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: QUERY_OF[kind], variables: { org: organizationId } }),
  });
  const body = (await response.json()) as { data?: { organization: Tree }; errors?: unknown[] };
  if (body.errors?.length || !body.data?.organization) throw new Error(`gateway answered with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data.organization;
}
