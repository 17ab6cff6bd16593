/**
 * What robots say about themselves: the `agent_info` of RobotService Config (RDK version, git
 * revision, OS, platform) and the address the call came from, kept per part (latest report wins)
 * and served by ListMachineSummaries. Nothing secret: no credentials, no local addresses.
 */
import { isIP } from 'node:net';
import type { Db } from './db.ts';
import { requireMaxLength } from './validate.ts';
import type { AgentInfo } from '../generated/viam/app/v1/AgentInfo.ts';

/** Longest version, revision, OS or platform text kept; longer reports are refused. */
export const AGENT_INFO_TEXT_MAX = 200;

export interface AgentInfoRow {
  part_id: string;
  version: string;
  git_revision: string;
  os: string;
  platform: string;
  public_ip: string;
  reported_on: number;
}

/** The IP of a grpc-js peer ("1.2.3.4:5", "[::1]:5", "ipv4:1.2.3.4:5"), or '' when it is none (a unix socket). */
export function peerIp(peer: string): string {
  const bare = peer.replace(/^ipv[46]:/, '');
  const host = bare.startsWith('[') ? bare.slice(1, bare.indexOf(']')) : bare.slice(0, bare.lastIndexOf(':'));
  const ip = host.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  return isIP(ip) ? ip : '';
}

/** Stores a part's report, replacing the previous one; INVALID_ARGUMENT names an over-long field. */
export function recordAgentInfo(db: Db, partId: string, info: AgentInfo, peer: string, now = Date.now()): void {
  const text = (field: keyof AgentInfo, value: string | null | undefined) => requireMaxLength(`agent_info.${field}`, value ?? '', AGENT_INFO_TEXT_MAX);
  db.prepare(
    `INSERT INTO part_agent_info (part_id, version, git_revision, os, platform, public_ip, reported_on) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(part_id) DO UPDATE SET version = excluded.version, git_revision = excluded.git_revision, os = excluded.os,
         platform = excluded.platform, public_ip = excluded.public_ip, reported_on = excluded.reported_on
       -- A robot reports on every Config poll; only a changed report is written.
       WHERE (version, git_revision, os, platform, public_ip) IS NOT (excluded.version, excluded.git_revision, excluded.os, excluded.platform, excluded.public_ip)`,
  ).run(
    partId,
    text('version', info.version),
    text('git_revision', info.git_revision),
    text('os', info.os),
    text('platform', info.platform),
    peerIp(peer),
    now,
  );
}

/** The latest report of each part that has made one, in one query. */
export function agentInfoOf(db: Db, partIds: string[]): Map<string, AgentInfoRow> {
  const rows = db
    .prepare('SELECT * FROM part_agent_info WHERE part_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(partIds)) as AgentInfoRow[];
  return new Map(rows.map((row) => [row.part_id, row]));
}
