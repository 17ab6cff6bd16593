/**
 * An organization's fleet tree from ListMachineSummaries as the Location, Robot and RobotPart
 * types resolve it: each object holds only what a summary says, is marked `fromSummary`, and
 * carries its children (a location its robots, a robot its parts), so no loader shared with the
 * rest of the operation is primed with them.
 */
import type { LocationSummary__Output } from '../generated/viam/app/v1/LocationSummary.ts';
import type { MachineSummary__Output } from '../generated/viam/app/v1/MachineSummary.ts';
import type { PartSummary__Output } from '../generated/viam/app/v1/PartSummary.ts';
import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../context.ts';
import { loadLocationSummaries } from '../upstream/batch.ts';
import { operationLoader } from './operation-cache.ts';
import { locationOrganization } from './locations.ts';
import type { LocationShape, PartShape, RobotShape } from './shapes.ts';

/** An organization's fleet tree from ListMachineSummaries, once per operation (the tree fast path and part summaries share it). */
export const fleetTreeOf = operationLoader((organizationIds: readonly string[], ctx) => loadLocationSummaries(ctx.upstream, organizationIds));

/** The part summaries of an organization by part id, indexed once per operation from its one ListMachineSummaries. */
const partSummariesOf = operationLoader((organizationIds: readonly string[], ctx) =>
  Promise.all(
    organizationIds.map(async (id) => {
      try {
        const tree = await fleetTreeOf(ctx).load(id);
        return new Map(tree.flatMap((l) => l.machine_summaries.flatMap((m) => m.part_summaries.map((p) => [p.part_id, p] as const))));
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    }),
  ),
);

/** Builds a partial object: summary-coverage.ts vouches that only `fields` of it are ever read. */
function partial<T>(fields: Partial<T>): T {
  // The literal was just built for this: marked in place rather than copied.
  return Object.assign(fields, { fromSummary: true as const }) as T;
}

function toPart(summary: PartSummary__Output, robotId: string, locationId: string): PartShape {
  return partial<PartShape>({
    id: summary.part_id,
    name: summary.part_name,
    main_part: summary.is_main_part,
    online_state: summary.online_state,
    seconds_since_online: summary.seconds_since_online,
    last_access: summary.last_access ?? null,
    robot: robotId,
    location_id: locationId,
    summary,
  });
}

function toRobot(summary: MachineSummary__Output, locationId: string): RobotShape {
  return partial<RobotShape>({
    id: summary.machine_id,
    name: summary.machine_name,
    location: locationId,
    summaryParts: summary.part_summaries.map((part) => toPart(part, summary.machine_id, locationId)),
  });
}

export function locationFromSummary(summary: LocationSummary__Output): LocationShape {
  return partial<LocationShape>({
    id: summary.location_id,
    name: summary.location_name,
    summaryRobots: summary.machine_summaries.map((machine) => toRobot(machine, summary.location_id)),
  });
}

/**
 * What ListMachineSummaries says about a part (version, OS, platform, ...): carried along when the
 * part came from a summary; else from its organization's one ListMachineSummaries of the operation,
 * the organization found through the part's location (`locations`, the Location type's loader). An
 * old version of a part (`history`) has none.
 */
export async function partSummary(p: PartShape, ctx: GraphQLContext, locations: DataLoader<string, LocationShape>): Promise<PartSummary__Output | null> {
  if (p.summary) return p.summary;
  if (p.historic || !p.location_id) return null;
  const organizationId = locationOrganization(await locations.load(p.location_id));
  if (!organizationId) return null;
  return (await partSummariesOf(ctx).load(organizationId)).get(p.id) ?? null;
}

export { versionText } from '../upstream/machine-status-diff.ts';

/** `Organization.machineSummaries`: ListMachineSummaries with the caller's filters. */
export async function organizationMachineSummaries(
  org: { id: string },
  args: { locationIds?: readonly string[] | null; fragmentIds?: readonly string[] | null; limit?: number | null },
  ctx: GraphQLContext,
): Promise<LocationSummary__Output[]> {
  // Unfiltered, it is the operation's one fleet tree call (also behind part versions and the tree shortcut).
  const filtered = Boolean(args.locationIds?.length || args.fragmentIds?.length) || (args.limit !== null && args.limit !== undefined);
  if (!filtered) return fleetTreeOf(ctx).load(org.id);
  const { location_summaries: summaries } = await ctx.upstream.call('ListMachineSummaries', {
    organization_id: org.id,
    location_ids: [...(args.locationIds ?? [])],
    fragment_ids: [...(args.fragmentIds ?? [])],
    ...(args.limit === null || args.limit === undefined ? {} : { limit: args.limit }),
  });
  return summaries;
}
