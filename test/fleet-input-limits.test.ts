/**
 * Input limits of the fleet server over real gRPC: robot log entry sizes, per-part quota and
 * retention, log responses that fit a gRPC message whatever was stored, fragment references,
 * who may create organizations, JSON depth, module file info lengths, stale upload temp files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, keyWithRole, operatorAndOtherOrg, ownedOrganization, robotWithClient, type RpcClient, type TestFleet } from './support/fleet.ts';
import { idByName } from './support/graph.ts';
import { UNKNOWN_ID, nestedJson } from './support/fixtures.ts';
import { insertLogEntries } from '../src/fleet-server/log-store.ts';
import { LOG_ENTRY_LIMITS, MAX_ENTRIES_PER_LOG_CALL, MAX_LOG_RESPONSE_BYTES, logUsage, pruneExpiredLogs } from '../src/fleet-server/log-limits.ts';
import { MAX_ERROR_MESSAGE_LENGTH } from '../src/fleet-server/errors.ts';
import { MAX_JSON_DEPTH, toStruct, type JsonObject } from '../src/wire/struct.ts';
import { MAX_FRAGMENT_CONFIG_BYTES, MAX_FRAGMENT_LIST_BYTES, MAX_PUBLIC_FRAGMENTS_PER_ORGANIZATION, listedBytes } from '../src/fleet-server/fragment-limits.ts';
import { insertFragment } from '../src/fleet-server/fragments.ts';

let fleet: TestFleet;
let operator: RpcClient;
let other: { orgId: string; app: RpcClient };
beforeAll(async () => {
  fleet = await startTestFleet({ logQuota: { entries: 50, bytes: 1024 * 1024 } });
  ({ operator, other } = await operatorAndOtherOrg(fleet));
});
afterAll(() => fleet.close());

const db = () => fleet.server.db;
const headquarters = () => idByName(db(), 'locations', 'Headquarters');

let robots = 0;
async function newRobot(): Promise<{ partId: string; robot: RpcClient }> {
  return robotWithClient(fleet, headquarters(), `limits-robot-${++robots}`);
}

describe('robot log entries', () => {
  it('refuses an entry over a size limit with INVALID_ARGUMENT naming the field and the limit, storing nothing', async () => {
    const { partId, robot } = await newRobot();
    const huge = 'x'.repeat(LOG_ENTRY_LIMITS.messageBytes + 1);
    const error = await expectStatus(robot.call('Log', { id: partId, logs: [{ level: 'info', message: 'fine' }, { level: 'info', message: huge }] }), grpc.status.INVALID_ARGUMENT);
    expect(error.details).toContain('logs[1].message');
    expect(error.details).toContain(`${LOG_ENTRY_LIMITS.messageBytes} bytes`);
    expect(error.details.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH + 40);

    for (const [field, entry] of [
      ['stack', { stack: 'y'.repeat(LOG_ENTRY_LIMITS.stackBytes + 1) }],
      ['host', { host: 'h'.repeat(LOG_ENTRY_LIMITS.hostBytes + 1) }],
      ['logger_name', { logger_name: 'l'.repeat(LOG_ENTRY_LIMITS.loggerNameBytes + 1) }],
      ['caller', { caller: toStruct({ File: 'f'.repeat(LOG_ENTRY_LIMITS.callerBytes) }) }],
      ['fields', { fields: [toStruct({ big: 'z'.repeat(LOG_ENTRY_LIMITS.fieldsBytes) })] }],
      ['fields', { fields: Array.from({ length: LOG_ENTRY_LIMITS.fields + 1 }, () => toStruct({ a: 1 })) }],
      ['caller', { caller: toStruct(nestedJson(MAX_JSON_DEPTH + 1)) }],
    ] as const) {
      const refused = await expectStatus(robot.call('Log', { id: partId, logs: [{ level: 'info', message: 'm', ...entry }] }), grpc.status.INVALID_ARGUMENT);
      expect(refused.details).toContain(`logs[0].${field}`);
    }
    const tooMany = Array.from({ length: MAX_ENTRIES_PER_LOG_CALL + 1 }, () => ({ level: 'info', message: 'm' }));
    expect((await expectStatus(robot.call('Log', { id: partId, logs: tooMany }), grpc.status.INVALID_ARGUMENT)).details).toContain(`${MAX_ENTRIES_PER_LOG_CALL} entries`);
    expect((await fleet.app.call('GetRobotPartLogs', { id: partId })).logs).toEqual([]);

    await robot.call('Log', { id: partId, logs: [{ level: 'info', message: 'x'.repeat(LOG_ENTRY_LIMITS.messageBytes) }] });
    expect((await fleet.app.call('GetRobotPartLogs', { id: partId })).logs[0].message).toHaveLength(LOG_ENTRY_LIMITS.messageBytes);
  });

  it('keeps a part within its quota by dropping its oldest entries, and refuses a batch larger than the quota', async () => {
    const { partId, robot } = await newRobot();
    const bystander = await newRobot();
    await bystander.robot.call('Log', { id: bystander.partId, logs: [{ level: 'info', message: 'keep me' }] });
    for (let batch = 0; batch < 7; batch++) {
      await robot.call('Log', { id: partId, logs: Array.from({ length: 10 }, (_, i) => ({ level: 'info', message: `entry ${batch * 10 + i}` })) });
    }
    const usage = logUsage(db(), partId);
    expect(usage.entries).toBeLessThanOrEqual(50);
    const { logs } = await fleet.app.call('GetRobotPartLogs', { id: partId, limit: 1000 });
    expect(logs).toHaveLength(usage.entries);
    // The newest survive, the oldest went.
    expect(logs[0].message).toBe('entry 69');
    expect(logs.map((l: { message: string }) => l.message)).not.toContain('entry 0');
    expect((await fleet.app.call('GetRobotPartLogs', { id: bystander.partId })).logs.map((l: { message: string }) => l.message)).toEqual(['keep me']);

    const overQuota = Array.from({ length: 51 }, () => ({ level: 'info', message: 'm' }));
    expect((await expectStatus(robot.call('Log', { id: partId, logs: overQuota }), grpc.status.RESOURCE_EXHAUSTED)).details).toContain('at most 50 log entries');
  });

  it('prunes entries older than the retention', async () => {
    const { partId, robot } = await newRobot();
    const now = Date.now();
    const at = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: 0 });
    await robot.call('Log', { id: partId, logs: [{ level: 'info', message: 'old', time: at(now - 3_600_000) }, { level: 'info', message: 'new', time: at(now) }] });
    expect(pruneExpiredLogs(db(), 60_000)).toBeGreaterThanOrEqual(1);
    const { logs } = await fleet.app.call('GetRobotPartLogs', { id: partId });
    expect(logs.map((l: { message: string }) => l.message)).toEqual(['new']);
    expect(logUsage(db(), partId).entries).toBe(1);
  });
});

describe('reading logs stored before the limits', () => {
  it('serves pages within the response budget, cutting oversized entries', async () => {
    const { partId } = await newRobot();
    // 40 entries of 1 MiB each, as an older server could have stored them: 40 MiB in one page before.
    const mib = 'm'.repeat(1024 * 1024);
    insertLogEntries(
      db(),
      partId,
      Array.from({ length: 40 }, (_, i) => ({ time_ms: Date.now(), time_nanos: 0, level: 'info', logger_name: '', message: `${i} ${mib}`, host: '', caller: null, stack: mib, fields: '[]' })),
    );
    const seen: string[] = [];
    let token = '';
    do {
      const page = await fleet.app.call('GetRobotPartLogs', { id: partId, limit: 1000, page_token: token });
      const size = page.logs.reduce((sum: number, l: { message: string; stack: string }) => sum + l.message.length + l.stack.length, 0);
      expect(size).toBeLessThanOrEqual(MAX_LOG_RESPONSE_BYTES);
      expect(page.logs.length).toBeGreaterThan(0);
      for (const l of page.logs) {
        expect(Buffer.byteLength(l.message)).toBeLessThanOrEqual(LOG_ENTRY_LIMITS.messageBytes);
        expect(l.message).toContain('[truncated by the fleet server]');
        seen.push(l.message.split(' ')[0]);
      }
      token = page.next_page_token;
    } while (token);
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => String(39 - i)));
  });
});

describe('fragment references', () => {
  const withFragments = (fragments: unknown[]) => toStruct({ components: [], fragments } as JsonObject);
  const fragmentOf = async (app: RpcClient, organization_id: string, name: string, visibility?: string) =>
    (await app.call('CreateFragment', { organization_id, name, config: toStruct({}), ...(visibility ? { visibility } : {}) })).fragment.id as string;

  it("refuses a part config naming another organization's private fragment, so its owner can still delete it", async () => {
    const { partId } = await newRobot();
    const foreignPrivate = await fragmentOf(other.app, other.orgId, 'theirs');
    const foreignPublic = await fragmentOf(other.app, other.orgId, 'shared', 'FRAGMENT_VISIBILITY_PUBLIC');
    const foreignUnlisted = await fragmentOf(other.app, other.orgId, 'unlisted', 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED');
    const own = await fragmentOf(fleet.app, fleet.orgId, 'ours');

    // The same answer as for an id that names nothing: it tells nothing about the other organization's fragment.
    for (const [ref, id] of [[foreignPrivate, foreignPrivate], [{ id: foreignPrivate }, foreignPrivate], [UNKNOWN_ID, UNKNOWN_ID]] as const) {
      const error = await expectStatus(fleet.app.call('UpdateRobotPart', { id: partId, name: 'p', robot_config: withFragments([own, ref]) }), grpc.status.INVALID_ARGUMENT);
      expect(error.details).toBe(`robot_config.fragments[1]: fragment ${id} not found`);
    }
    const mods = toStruct({ fragment_mods: [{ fragment_id: foreignPrivate, mods: [] }] });
    expect((await expectStatus(fleet.app.call('UpdateRobotPart', { id: partId, name: 'p', robot_config: mods }), grpc.status.INVALID_ARGUMENT)).details).toBe(
      `robot_config.fragment_mods[0].fragment_id: fragment ${foreignPrivate} not found`,
    );
    await expectStatus(fleet.app.call('UpdateRobotPart', { id: partId, name: 'p', robot_config: withFragments([42]) }), grpc.status.INVALID_ARGUMENT);

    // Its owner can still delete it; public, unlisted and own fragments may be used.
    await other.app.call('DeleteFragment', { id: foreignPrivate });
    await fleet.app.call('UpdateRobotPart', { id: partId, name: 'p', robot_config: withFragments([own, foreignPublic, { id: foreignUnlisted }]) });

    // In use by another organization, a public fragment may not turn private (it would be pinned).
    await expectStatus(other.app.call('UpdateFragment', { id: foreignPublic, name: 'shared', visibility: 'FRAGMENT_VISIBILITY_PRIVATE' }), grpc.status.FAILED_PRECONDITION);
  });

  it('a public fragment used by another organization stays: its owner is told how many parts of how many other organizations pin it', async () => {
    const { partId } = await newRobot();
    const pinned = await fragmentOf(other.app, other.orgId, 'pinned', 'FRAGMENT_VISIBILITY_PUBLIC');
    await fleet.app.call('UpdateRobotPart', { id: partId, name: 'p', robot_config: withFragments([pinned]) });
    const deleted = await expectStatus(other.app.call('DeleteFragment', { id: pinned }), grpc.status.FAILED_PRECONDITION);
    expect(deleted.details).toBe(
      `fragment ${pinned} is still used by 1 robot part(s), 1 of them in 1 other organization(s), whose configs only they can edit; ask them to remove it from theirs first`,
    );
    const hidden = await expectStatus(other.app.call('UpdateFragment', { id: pinned, name: 'pinned', visibility: 'FRAGMENT_VISIBILITY_PRIVATE' }), grpc.status.FAILED_PRECONDITION);
    expect(hidden.details).toBe(`visibility: fragment ${pinned} is used by 1 robot part(s) in 1 other organization(s); it cannot become private until they remove it from their configs`);
    // Once the other organization lets go, its owner may delete it.
    await fleet.app.call('UpdateRobotPart', { id: partId, name: 'p', robot_config: withFragments([]) });
    await other.app.call('DeleteFragment', { id: pinned });
  });

  it("refuses a fragment whose config names another organization's private fragment", async () => {
    const foreignPrivate = await fragmentOf(other.app, other.orgId, 'theirs-2');
    const error = await expectStatus(
      fleet.app.call('CreateFragment', { organization_id: fleet.orgId, name: 'importer', config: withFragments([foreignPrivate]) }),
      grpc.status.INVALID_ARGUMENT,
    );
    expect(error.details).toBe(`config.fragments[0]: fragment ${foreignPrivate} not found`);
    const mine = await fragmentOf(fleet.app, fleet.orgId, 'importer-2');
    await expectStatus(fleet.app.call('UpdateFragment', { id: mine, name: 'importer-2', config: withFragments([foreignPrivate]) }), grpc.status.INVALID_ARGUMENT);
    await other.app.call('DeleteFragment', { id: foreignPrivate });
  });
});

describe('fragment sizes and counts', () => {
  /** A config of about `bytes` bytes as JSON. */
  const sized = (bytes: number): JsonObject => ({ blob: 'x'.repeat(bytes - 11) });
  const storedCount = () => (db().prepare('SELECT COUNT(*) AS n FROM fragments').get() as { n: number }).n;

  it('refuses a config over 256 KiB as JSON with RESOURCE_EXHAUSTED naming the limit, on create and update, storing nothing', async () => {
    const before = storedCount();
    const tooBig = sized(MAX_FRAGMENT_CONFIG_BYTES + 1);
    const created = await expectStatus(fleet.app.call('CreateFragment', { organization_id: fleet.orgId, name: 'huge', config: toStruct(tooBig) }), grpc.status.RESOURCE_EXHAUSTED);
    expect(created.details).toBe(`config is ${MAX_FRAGMENT_CONFIG_BYTES + 1} bytes as JSON; the limit is ${MAX_FRAGMENT_CONFIG_BYTES} bytes (256 KiB) per fragment`);
    expect(storedCount()).toBe(before);
    const { fragment } = await fleet.app.call('CreateFragment', { organization_id: fleet.orgId, name: 'at-limit', config: toStruct(sized(MAX_FRAGMENT_CONFIG_BYTES)) });
    await expectStatus(fleet.app.call('UpdateFragment', { id: fragment.id, name: 'at-limit', config: toStruct(tooBig) }), grpc.status.RESOURCE_EXHAUSTED);
    expect(db().prepare('SELECT revision FROM fragments WHERE id = ?').get(fragment.id)).toEqual({ revision: 1 });
    await fleet.app.call('DeleteFragment', { id: fragment.id });
  });

  it('allows an organization 100 listed public fragments; unlisted and private ones do not count', async () => {
    const { orgId, owner } = ownedOrganization(db(), 'Prolific Publisher');
    const app = await fleet.appAs(owner.id, owner.key);
    for (let i = 1; i < MAX_PUBLIC_FRAGMENTS_PER_ORGANIZATION; i++) insertFragment(db(), orgId, `pub-${i}`, {}, 'FRAGMENT_VISIBILITY_PUBLIC');
    const create = (name: string, visibility: string) => app.call('CreateFragment', { organization_id: orgId, name, config: toStruct({}), visibility });
    const last = (await create('pub-last', 'FRAGMENT_VISIBILITY_PUBLIC')).fragment;
    const refused = await expectStatus(create('one-too-many', 'FRAGMENT_VISIBILITY_PUBLIC'), grpc.status.RESOURCE_EXHAUSTED);
    expect(refused.details).toContain(`already has ${MAX_PUBLIC_FRAGMENTS_PER_ORGANIZATION} public fragments, the most it may have (${MAX_PUBLIC_FRAGMENTS_PER_ORGANIZATION})`);
    const unlisted = (await create('unlisted', 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED')).fragment;
    await expectStatus(app.call('UpdateFragment', { id: unlisted.id, name: 'unlisted', visibility: 'FRAGMENT_VISIBILITY_PUBLIC' }), grpc.status.RESOURCE_EXHAUSTED);
    // Updating a public one keeps it public; making one private makes room.
    await app.call('UpdateFragment', { id: last.id, name: 'pub-last-renamed' });
    await app.call('UpdateFragment', { id: last.id, name: 'pub-last', visibility: 'FRAGMENT_VISIBILITY_PRIVATE' });
    await app.call('UpdateFragment', { id: unlisted.id, name: 'unlisted', visibility: 'FRAGMENT_VISIBILITY_PUBLIC' });
  });

  it("ListFragments with show_public stays within its byte budget: own fragments, then other organizations' public ones newest first", async () => {
    // Big public fragments stored before the size limit existed.
    const { orgId: publisher } = ownedOrganization(db(), 'Big Publisher');
    const future = Date.now() + 3600_000;
    const big = Array.from({ length: 20 }, (_, i) => {
      const id = insertFragment(db(), publisher, `big-${i}`, sized(300 * 1024), 'FRAGMENT_VISIBILITY_PUBLIC');
      db().prepare('UPDATE fragments SET created_on = ? WHERE id = ?').run(future + i, id);
      return id;
    });
    const { fragments } = await fleet.app.call('ListFragments', { organization_id: fleet.orgId, show_public: true });
    const own = (await fleet.app.call('ListFragments', { organization_id: fleet.orgId })).fragments.map((f: any) => f.id);
    expect(fragments.slice(0, own.length).map((f: any) => f.id)).toEqual(own);
    const foreign = fragments.slice(own.length).map((f: any) => f.id);
    const newestFirst = [...big].reverse();
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign).toEqual(newestFirst.slice(0, foreign.length));
    const stored = db().prepare('SELECT config, name FROM fragments WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(fragments.map((f: any) => f.id))) as {
      config: string;
      name: string;
    }[];
    const total = stored.reduce((sum, row) => sum + listedBytes(row), 0);
    expect(total).toBeLessThanOrEqual(MAX_FRAGMENT_LIST_BYTES);
    expect(total + listedBytes({ config: JSON.stringify(sized(300 * 1024)), name: 'big-0' })).toBeGreaterThan(MAX_FRAGMENT_LIST_BYTES);
  });
});

describe('CreateOrganization', () => {
  it('needs an organization owner key', async () => {
    const app = await appWithRole(fleet, 'location_operator', headquarters());
    for (const client of [app, operator]) {
      expect((await expectStatus(client.call('CreateOrganization', { name: 'Mine now' }), grpc.status.PERMISSION_DENIED)).details).toContain('organization_owner');
    }
  });

  it('lets one key own at most the configured number of organizations, and the server hold at most its limit', async () => {
    const limited = await startTestFleet({ organizationLimits: { perKey: 3, total: 4 } });
    try {
      // The demo key owns the demo organization: two more.
      await limited.app.call('CreateOrganization', { name: 'one' });
      await limited.app.call('CreateOrganization', { name: 'two' });
      const error = await expectStatus(limited.app.call('CreateOrganization', { name: 'three' }), grpc.status.RESOURCE_EXHAUSTED);
      expect(error.details).toContain('limit is 3 per key');
      const owner = keyWithRole(limited.server.db, limited.orgId, 'organization_owner', limited.orgId, 'second owner');
      const second = await limited.appAs(owner.id, owner.key);
      await second.call('CreateOrganization', { name: 'four' });
      expect((await expectStatus(second.call('CreateOrganization', { name: 'five' }), grpc.status.RESOURCE_EXHAUSTED)).details).toContain('the limit is 4');
      expect((limited.server.db.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number }).n).toBe(4);
    } finally {
      await limited.close();
    }
  });
});

describe('JSON depth', () => {
  it('refuses configs nested past the limit with INVALID_ARGUMENT naming it, and accepts the limit', async () => {
    const { partId } = await newRobot();
    const error = await expectStatus(fleet.app.call('UpdateRobotPart', { id: partId, name: 'deep', robot_config: toStruct(nestedJson(MAX_JSON_DEPTH + 1)) }), grpc.status.INVALID_ARGUMENT);
    expect(error.details).toBe(`robot_config is nested deeper than the limit of ${MAX_JSON_DEPTH} levels`);
    await expectStatus(fleet.app.call('CreateFragment', { organization_id: fleet.orgId, name: 'deep', config: toStruct(nestedJson(MAX_JSON_DEPTH + 1)) }), grpc.status.INVALID_ARGUMENT);

    // At the limit it is stored and every read that carries it still fits protobuf's nesting limit.
    await fleet.app.call('UpdateRobotPart', { id: partId, name: 'deep', robot_config: toStruct({ components: [{ name: 'c', attributes: nestedJson(MAX_JSON_DEPTH - 3) }] }) });
    await fleet.app.call('UpdateRobotPart', { id: partId, name: 'deep', robot_config: toStruct(nestedJson(MAX_JSON_DEPTH)) });
    await fleet.app.call('GetRobotPart', { id: partId });
    expect((await fleet.app.call('GetRobotPartHistory', { id: partId })).history.length).toBe(2);
  });
});

describe('module file info', () => {
  it('refuses very long versions, platforms and tags with INVALID_ARGUMENT and a short message', async () => {
    await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'long-input' });
    const logged: string[] = [];
    fleet.server.fleet.log = (message) => logged.push(message);
    const base = { module_id: 'long-input', version: '1.0.0', platform: 'linux/amd64' };
    for (const info of [
      { ...base, version: `1.0.0-${'a'.repeat(100_000)}` },
      { ...base, platform: `linux/${'b'.repeat(100_000)}` },
      { ...base, platform_tags: [`k:${'c'.repeat(100_000)}`] },
      { ...base, module_id: `x${'d'.repeat(100_000)}` },
    ]) {
      const error = await expectStatus(fleet.app.clientStream('UploadModuleFile', [{ module_file_info: info }, { file: Buffer.from('bytes') }]), grpc.status.INVALID_ARGUMENT);
      expect(error.details.length).toBeLessThan(300);
    }
    expect(logged).toEqual([]);
  });
});

describe('upload temp files', () => {
  it('are removed at start when a crash left them', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-uploads-'));
    try {
      const tmpDir = path.join(dataDir, 'modules', 'tmp');
      fs.mkdirSync(tmpDir, { recursive: true });
      fs.writeFileSync(path.join(tmpDir, 'left-by-crash.part'), 'half an upload');
      const restarted = await startTestFleet({ dataDir });
      await restarted.close();
      expect(fs.readdirSync(tmpDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('are private to the server user, and so is the module file they become', async () => {
    await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'private-file' });
    await fleet.app.clientStream('UploadModuleFile', [{ module_file_info: { module_id: 'private-file', version: '1.0.0', platform: 'linux/amd64' } }, { file: Buffer.from('bytes') }]);
    const { path: stored } = db().prepare("SELECT f.path FROM module_files f JOIN modules m ON m.id = f.module_id WHERE m.name = 'private-file'").get() as { path: string };
    expect(fs.statSync(path.join(fleet.server.fleet.options.dataDir, stored)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(fleet.server.fleet.options.dataDir, 'modules', 'tmp')).mode & 0o077).toBe(0);
  });
});

describe('names', () => {
  it('refuses bidirectional overrides and other invisible formatting characters with INVALID_ARGUMENT naming the field', async () => {
    const headquarters = idByName(fleet.server.db, 'locations', 'Headquarters');
    const { id: keyId } = fleet.server.db.prepare('SELECT id FROM api_keys WHERE organization_id = ? LIMIT 1').get(fleet.orgId) as { id: string };
    const owner = { authorization_type: 'role', authorization_id: 'location_owner', resource_type: 'location', resource_id: headquarters, organization_id: fleet.orgId, identity_id: '' };
    const attempts: [string, (name: string) => Promise<unknown>][] = [
      ['CreateLocation', (name) => fleet.app.call('CreateLocation', { organization_id: fleet.orgId, name })],
      ['NewRobot', (name) => fleet.app.call('NewRobot', { location: headquarters, name })],
      ['CreateKey', (name) => fleet.app.call('CreateKey', { name, authorizations: [owner] })],
      ['RenameKey', (name) => fleet.app.call('RenameKey', { id: keyId, name })],
      ['CreateFragment', (name) => fleet.app.call('CreateFragment', { organization_id: fleet.orgId, name, config: toStruct({}) })],
      ['UpdateOrganization', (name) => fleet.app.call('UpdateOrganization', { organization_id: fleet.orgId, name })],
    ];
    // Right-to-left override, left-to-right isolate, zero-width space, zero-width joiner, left-to-right mark, byte order mark.
    for (const invisible of ['\u202E', '\u2066', '\u200B', '\u200D', '\u200E', '\uFEFF']) {
      const name = `ops${invisible}moc.elpmaxe@ecila`;
      for (const [rpc, attempt] of attempts) {
        const error = await expectStatus(attempt(name), grpc.status.INVALID_ARGUMENT).catch((e: Error) => Promise.reject(new Error(`${rpc}: ${e.message}`)));
        expect(error.details, rpc).toMatch(/\bname must not contain invisible formatting characters such as U\+[0-9A-F]{4}/);
      }
    }
    // Visible non-ASCII letters are still names.
    await fleet.app.call('CreateLocation', { organization_id: fleet.orgId, name: 'Grüße Fabrik 東京' });
  });
});
