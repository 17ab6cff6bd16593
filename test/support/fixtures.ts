import crypto from 'node:crypto';
import type { JsonObject } from '../../src/wire/struct.ts';

/**
 * Constants and small fixture builders that several tests use: each is defined once here, so
 * the tests cannot drift apart.
 */

/** A well-formed id (a UUID) that names nothing in any fleet database. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** JSON nested `depth` objects deep. */
export function nestedJson(depth: number): JsonObject {
  let value: JsonObject = { leaf: 1 };
  for (let i = 1; i < depth; i++) value = { n: value };
  return value;
}

/** The hex SHA-256 of some bytes, as the fleet server records a module file's hash. */
export const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

/** What a robot reports about itself in RobotService Config (`agent_info`), as viam-server does. */
export const ROBOT_AGENT_INFO = {
  host: 'rover-host',
  os: 'linux',
  ips: ['192.168.1.20'],
  version: 'v0.61.0',
  git_revision: '4f1c2e9',
  platform: 'linux/arm64',
  platform_tags: ['distro:debian'],
};
