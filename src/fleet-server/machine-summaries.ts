/**
 * ListMachineSummaries: an organization's whole fleet (locations → machines → parts, with online
 * state) in one call, read with a few queries whatever the fleet's size.
 */
import type { Db } from './db.ts';
import { appService, type HandlerMap } from './rpc.ts';
import { listedOrganization } from './access.ts';
import { invalidArgument } from './errors.ts';
import { requireId } from './validate.ts';
import { robotVisibility, robotsIn } from './robots.ts';
import { onlineState, type PartRow } from './records.ts';
import { toTimestamp } from '../wire/struct.ts';
import { agentInfoOf, type AgentInfoRow } from './agent-info.ts';
import type { ListMachineSummariesRequest__Output } from '../generated/viam/app/v1/ListMachineSummariesRequest.ts';
import type { ListMachineSummariesResponse } from '../generated/viam/app/v1/ListMachineSummariesResponse.ts';
import type { LocationSummary } from '../generated/viam/app/v1/LocationSummary.ts';
import type { MachineSummary } from '../generated/viam/app/v1/MachineSummary.ts';
import type { PartSummary } from '../generated/viam/app/v1/PartSummary.ts';

type SummaryPartRow = Pick<PartRow, 'id' | 'robot_id' | 'name' | 'main_part' | 'last_access'>;

/** Parts of the robots, main part first, in one query. */
function partsOf(db: Db, robotIds: string[]): Map<string, SummaryPartRow[]> {
  const rows = db
    .prepare(
      `SELECT id, robot_id, name, main_part, last_access FROM robot_parts
        WHERE robot_id IN (SELECT value FROM json_each(?)) ORDER BY main_part DESC, created_on, id`,
    )
    .all(JSON.stringify(robotIds)) as SummaryPartRow[];
  const byRobot = new Map<string, SummaryPartRow[]>();
  for (const row of rows) {
    const list = byRobot.get(row.robot_id);
    if (list) list.push(row);
    else byRobot.set(row.robot_id, [row]);
  }
  return byRobot;
}

/** Robots with a part whose config uses one of the fragments (top-level "fragments": ids or {id}). */
function robotsUsingFragments(db: Db, robotIds: string[], fragmentIds: string[]): Set<string> {
  const rows = db
    .prepare(
      `SELECT DISTINCT p.robot_id FROM robot_parts p, json_each(p.robot_config, '$.fragments') j
        WHERE p.robot_id IN (SELECT value FROM json_each(?))
          AND (CASE j.type WHEN 'text' THEN j.value WHEN 'object' THEN json_extract(j.value, '$.id') END) IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(robotIds), JSON.stringify(fragmentIds)) as { robot_id: string }[];
  return new Set(rows.map((row) => row.robot_id));
}

/** What the part's robot last reported (Config agent_info, its address); nothing for a part that never did. */
function reported(info: AgentInfoRow | undefined): Partial<PartSummary> {
  if (!info) return {};
  const nonEmpty = <K extends string>(key: K, value: string) => (value ? ({ [key]: value } as Record<K, string>) : {});
  return {
    ...(info.version ? { viam_server_version: { major: info.version } } : {}),
    ...nonEmpty('os', info.os),
    ...nonEmpty('platform', info.platform),
    ...nonEmpty('public_ip_address', info.public_ip),
  };
}

export const machineSummaryRpcs: HandlerMap = {
  ListMachineSummaries: appService.unary<ListMachineSummariesRequest__Output, ListMachineSummariesResponse>((request, { db, caller, fleet }) => {
    const organizationId = listedOrganization(db, caller, 'organization_id', request.organization_id);
    const limit = request.limit ?? 0;
    if (limit < 0) throw invalidArgument('limit must not be negative');
    const wanted = request.location_ids.map((id, i) => requireId(`location_ids[${i}]`, id));
    const fragmentIds = request.fragment_ids.map((id, i) => requireId(`fragment_ids[${i}]`, id));

    const visibility = robotVisibility(db, caller, organizationId);
    const locationIds = wanted.length ? wanted.filter((id) => visibility.locationIds.has(id)) : [...visibility.locationIds];
    let robots = robotsIn(db, locationIds).filter(visibility.covers);
    if (fragmentIds.length) {
      const using = robotsUsingFragments(db, robots.map((r) => r.id), fragmentIds);
      robots = robots.filter((robot) => using.has(robot.id));
    }
    if (limit > 0) robots = robots.slice(0, limit);

    const parts = partsOf(db, robots.map((r) => r.id));
    const agentInfo = agentInfoOf(db, [...parts.values()].flat().map((part) => part.id));
    // Every selected location appears, in ListLocations order, even with no machines (unless the
    // request narrowed the machines by fragment or limit, when only locations with machines do).
    const locations = db
      .prepare('SELECT id, name FROM locations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY created_on, id')
      .all(JSON.stringify(locationIds)) as { id: string; name: string }[];
    const summaries = new Map<string, LocationSummary & { machine_summaries: MachineSummary[] }>(
      locations.map((l) => [l.id, { location_id: l.id, location_name: l.name, machine_summaries: [] }]),
    );
    const now = Date.now();
    for (const robot of robots) {
      summaries.get(robot.location_id)!.machine_summaries.push({
        machine_id: robot.id,
        machine_name: robot.name,
        part_summaries: (parts.get(robot.id) ?? []).map((part): PartSummary => {
          const online = onlineState(part.last_access, fleet.options.onlineWindowSeconds, now);
          return {
            part_id: part.id,
            part_name: part.name,
            is_main_part: part.main_part === 1,
            online_state: online.state,
            seconds_since_online: online.secondsSinceOnline,
            ...(part.last_access === null ? {} : { last_access: toTimestamp(part.last_access), last_online: toTimestamp(part.last_access) }),
            ...reported(agentInfo.get(part.id)),
          };
        }),
      });
    }
    const narrowed = fragmentIds.length > 0 || limit > 0;
    return { location_summaries: [...summaries.values()].filter((l) => !narrowed || l.machine_summaries.length > 0) };
  }),
};
