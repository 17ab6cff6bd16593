/**
 * Machine summaries (ListMachineSummaries): what robots report of their parts (viam-server and
 * agent versions, OS, platform, address) on RobotPart, and the organization's summary list with
 * its filters. A tree of parts asking for these fields costs one ListMachineSummaries per
 * organization and operation.
 */
import { builder } from './builder.ts';
import { LocationRef, LocationSummaryRef, MachineSummaryRef, OrganizationRef, PartSummaryRef, RobotPartRef, RobotRef } from './refs.ts';
import { OnlineStateEnum } from './enums.ts';
import { fromTimestamp } from '../wire/struct.ts';
import { organizationMachineSummaries, partSummary, versionText } from '../resolvers/machine-summaries.ts';
import type { PartShape } from '../resolvers/shapes.ts';
import type { GraphQLContext } from '../context.ts';

const summaryOf = (p: PartShape, ctx: GraphQLContext) => partSummary(p, ctx, LocationRef.getDataloader(ctx));

builder.objectFields(RobotPartRef, (t) => ({
  viamServerVersion: t.string({
    description: 'The viam-server (RDK) version the part last reported (ListMachineSummaries); null until it reports.',
    resolve: async (p, _args, ctx) => versionText((await summaryOf(p, ctx))?.viam_server_version),
  }),
  viamAgentVersion: t.string({
    description: 'The viam-agent version the part last reported (ListMachineSummaries); null when unknown.',
    resolve: async (p, _args, ctx) => versionText((await summaryOf(p, ctx))?.viam_agent_version),
  }),
  os: t.string({
    description: 'The operating system the part last reported, e.g. "linux" (ListMachineSummaries).',
    resolve: async (p, _args, ctx) => (await summaryOf(p, ctx))?.os || null,
  }),
  platform: t.string({
    description: 'The platform the part last reported, e.g. "linux/arm64" (ListMachineSummaries).',
    resolve: async (p, _args, ctx) => (await summaryOf(p, ctx))?.platform || null,
  }),
  publicIpAddress: t.string({
    description: 'The address the part last called the cloud from (ListMachineSummaries).',
    resolve: async (p, _args, ctx) => (await summaryOf(p, ctx))?.public_ip_address || null,
  }),
  lastOnline: t.field({
    type: 'DateTime',
    description: 'When the part was last online (ListMachineSummaries).',
    resolve: async (p, _args, ctx) => fromTimestamp((await summaryOf(p, ctx))?.last_online),
  }),
}));

builder.objectField(OrganizationRef, 'machineSummaries', (t) =>
  t.field({
    type: [LocationSummaryRef],
    description:
      'The fleet as ListMachineSummaries sums it up: locations, their machines and parts with what the parts report. Filters narrow it; with fragmentIds or limit, only locations with machines appear.',
    args: {
      locationIds: t.arg.idList({ description: 'Only these locations.' }),
      fragmentIds: t.arg.idList({ description: 'Only machines with a part whose config uses one of these fragments.' }),
      limit: t.arg.int({ description: 'At most this many machines (0 or absent: all).' }),
    },
    resolve: organizationMachineSummaries,
  }),
);

LocationSummaryRef.implement({
  description: 'A value without identity: a location in a machine summary, as the summary saw it (filtered summaries differ); the location itself is `location`.',
  fields: (t) => ({
    locationId: t.exposeID('location_id', { nullable: false, description: 'Location id.' }),
    name: t.exposeString('location_name', { nullable: false, description: 'Location name.' }),
    location: t.field({ type: LocationRef, description: 'The whole location.', resolve: (l) => l.location_id }),
    machines: t.field({ type: [MachineSummaryRef], nullable: false, description: 'Its machines.', resolve: (l) => l.machine_summaries }),
  }),
});

MachineSummaryRef.implement({
  description: 'A value without identity: a machine (robot) in a machine summary, as the summary saw it; the robot itself is `robot`.',
  fields: (t) => ({
    machineId: t.exposeID('machine_id', { nullable: false, description: 'Robot id.' }),
    name: t.exposeString('machine_name', { nullable: false, description: 'Robot name.' }),
    robot: t.field({ type: RobotRef, description: 'The whole robot.', resolve: (m) => m.machine_id }),
    parts: t.field({ type: [PartSummaryRef], nullable: false, description: 'Its parts, main part first.', resolve: (m) => m.part_summaries }),
  }),
});

PartSummaryRef.implement({
  description: 'A value without identity: a part in a machine summary, with what its robot reported; the part itself is `part`.',
  fields: (t) => ({
    partId: t.exposeID('part_id', { nullable: false, description: 'Part id.' }),
    name: t.exposeString('part_name', { nullable: false, description: 'Part name.' }),
    mainPart: t.exposeBoolean('is_main_part', { nullable: false, description: 'Whether it is the main part.' }),
    part: t.field({ type: RobotPartRef, description: 'The whole part.', resolve: (p) => p.part_id }),
    onlineState: t.field({ type: OnlineStateEnum, description: 'Online, offline or awaiting setup.', resolve: (p) => p.online_state }),
    secondsSinceOnline: t.exposeInt('seconds_since_online', { description: 'Seconds since its last contact.' }),
    lastAccess: t.field({ type: 'DateTime', description: 'Last contact with the cloud.', resolve: (p) => fromTimestamp(p.last_access) }),
    lastOnline: t.field({ type: 'DateTime', description: 'When it was last online.', resolve: (p) => fromTimestamp(p.last_online) }),
    viamServerVersion: t.string({ description: 'Reported viam-server version.', resolve: (p) => versionText(p.viam_server_version) }),
    viamAgentVersion: t.string({ description: 'Reported viam-agent version.', resolve: (p) => versionText(p.viam_agent_version) }),
    os: t.string({ description: 'Reported operating system.', resolve: (p) => p.os || null }),
    platform: t.string({ description: 'Reported platform.', resolve: (p) => p.platform || null }),
    publicIpAddress: t.string({ description: 'Address it last called from.', resolve: (p) => p.public_ip_address || null }),
  }),
});
