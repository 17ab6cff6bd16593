/**
 * The README's config-rollout example (examples/config-rollout.mjs, shown whole in the README) run
 * as a user would, against a running gateway: the tag moves to the revision upstream, and the
 * machines using the fragment come back with the revision they resolve and the errors on the way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { ROOT } from './support/cli.ts';
import { idByName } from './support/graph.ts';

const SCRIPT = path.join(ROOT, 'examples/config-rollout.mjs');
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t?.close());

describe('the config-rollout example', () => {
  it('is in the README exactly as in examples/config-rollout.mjs', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- config rollout example -->\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(fs.readFileSync(SCRIPT, 'utf8'));
  });

  it('tags the revision and lists the machines using the fragment with their revision and errors', async () => {
    const db = t.fleet.server.db;
    const demo = (db.prepare("SELECT id FROM fragments WHERE name = 'fake-sensors'").get() as { id: string }).id;
    const update = (part: string, fragments: unknown[]) =>
      t.ok('mutation($id: ID!, $name: String!, $config: JSON!) { updateRobotPart(id: $id, name: $name, config: $config) { id } }', {
        id: idByName(db, 'robot_parts', part),
        name: part,
        config: { fragments },
      });
    const create = async (name: string, config: object) =>
      (await t.ok('mutation($org: ID!, $name: String!, $config: JSON) { createFragment(organizationId: $org, name: $name, config: $config) { id } }', { org: t.fleet.orgId, name, config }))
        .createFragment.id as string;
    // rover-1 follows the tag; rover-2 gets the fragment through another one, which also names a fragment deleted since.
    await update('rover-1-main', [{ id: demo, version: 'stable' }]);
    const gone = await create('retired', {});
    const bundle = await create('bundle', { fragments: [demo, gone] });
    await t.ok('mutation($id: ID!) { deleteFragment(id: $id) }', { id: gone });
    await update('rover-2-main', [bundle]);

    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, demo, '3', 'stable', '0.60.0'], {
      env: { ...process.env, FLEETGRAPH_URL: t.gateway.url, KEY_ID: t.fleet.keyId, KEY: t.fleet.key },
    });
    expect(stdout).toContain('fake-sensors: stable=3\n');
    expect(stdout).toContain('  pinned to stable: 1 machine(s)\n');
    // Main parts report their viam-server version (the demo seeds what the simulator reports); camera parts report none.
    expect(stdout).toMatch(/^rover-1: revision 3; viam-server older than 0\.60\.0 or unknown: rover-1-camera \(unknown\)$/m);
    expect(stdout).toMatch(/^rover-2: revision 3; CHILD_ID_INVALID \(fragment [0-9a-f-]+ not found\); viam-server older than 0\.60\.0 or unknown: rover-2-camera \(unknown\)$/m);
    expect(stdout).not.toMatch(/^arm-1/m);
    expect((await t.fleet.app.call('GetFragment', { id: demo, version: 'stable' })).fragment.revision).toBe('3');
  });
});
