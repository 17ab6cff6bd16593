/**
 * What a simulated robot says about itself in every Config call (`agent_info`), as viam-server
 * does: an RDK version, OS and platform. A robot keeps the same answer for its whole life, and the
 * fleet gets a realistic mix (some robots still on older releases), picked from its name.
 */
import crypto from 'node:crypto';
import type { AgentInfo } from '../generated/viam/app/v1/AgentInfo.ts';

/** Releases the simulated fleet runs, oldest first. */
export const SIMULATED_VERSIONS = ['v0.58.0', 'v0.60.1', 'v0.61.0'] as const;
const PLATFORMS = ['linux/arm64', 'linux/amd64'] as const;

export function simulatedAgentInfo(robotName: string): AgentInfo {
  const digest = crypto.createHash('sha256').update(robotName).digest();
  return {
    host: `${robotName}.local`,
    os: 'linux',
    version: SIMULATED_VERSIONS[digest[0]! % SIMULATED_VERSIONS.length],
    git_revision: digest.subarray(1, 5).toString('hex'),
    platform: PLATFORMS[digest[5]! % PLATFORMS.length],
  };
}
