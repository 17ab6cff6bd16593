/**
 * The live fleet page at /fleet in headless Chromium, against a real gateway and fleet server with
 * two simulated robots: their live online state, one going offline when it stops, error counts per
 * robot (when the gateway has Subscription.fleetLogs), and a part's link opening its logs.
 * Screenshots go to test/artifacts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestFleet, type TestFleet } from './support/fleet.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { startSimulator, type Simulator } from '../src/simulator/simulator.ts';
import { findSimulatedParts } from '../src/simulator/fleet-parts.ts';
import type { SimulatedPart } from '../src/simulator/simulated-robot.ts';
import { schema } from '../src/schema/index.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');

let fleet: TestFleet;
let gateway: Gateway;
let browser: Browser;
let page: Page;
const simulators: Simulator[] = [];
let parts: SimulatedPart[];

const robotIdOf = (partId: string) => (fleet.server.db.prepare('SELECT robot_id FROM robot_parts WHERE id = ?').get(partId) as { robot_id: string }).robot_id;
const simulate = (part: SimulatedPart) => {
  const simulator = startSimulator({ target: parseUpstreamUrl(`http://${fleet.address}`), parts: [part], linesPerSecond: 20, batchIntervalMs: 100, configPollMs: 200 });
  simulators.push(simulator);
  return simulator;
};
const robotRow = (partId: string) => page.locator(`tr[data-robot-id="${robotIdOf(partId)}"]`);

beforeAll(async () => {
  // A one-second online window, so a stopped robot shows offline within a few polls.
  fleet = await startTestFleet({ onlineWindowSeconds: 1 });
  gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${fleet.address}`), port: 0, demoKey: fleet.server.demo, machineStatus: { intervalMs: 200 } });
  parts = await findSimulatedParts(parseUpstreamUrl(`http://${fleet.address}`), { apiKeyId: fleet.keyId, apiKey: fleet.key }, 2);
  for (const part of parts) simulate(part);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(simulators.map((s) => s.stop()));
  await gateway?.close();
  await fleet?.close();
});

describe('live fleet page in a browser', () => {
  it('serves the page and its assets from the gateway, under the same CSP as /logs', async () => {
    const url = gateway.url.replace(/\/graphql$/, '/fleet');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((asset) => !asset.startsWith('data:'));
    expect(assets).toHaveLength(3);
    for (const asset of assets) expect((await fetch(new URL(asset, url))).status).toBe(200);
  });

  it('shows every location and robot with its live state, and a stopped robot goes offline while the other stays online', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(gateway.url.replace(/\/graphql$/, '/fleet'));
    await expect.poll(() => page.getByLabel('API key id').inputValue()).toBe(fleet.keyId);
    await expect.poll(() => page.locator('#connection').textContent()).toBe('connected');

    const robotCount = (fleet.server.db.prepare('SELECT count(*) AS n FROM robots r JOIN locations l ON l.id = r.location_id WHERE l.organization_id = ?').get(fleet.orgId) as { n: number }).n;
    await expect.poll(() => page.locator('tr[data-robot-id]').count()).toBe(robotCount);
    const locationCount = (fleet.server.db.prepare('SELECT count(*) AS n FROM locations WHERE organization_id = ?').get(fleet.orgId) as { n: number }).n;
    expect(await page.locator('section[data-location-id]').count()).toBe(locationCount);

    const [stopped, running] = parts as [SimulatedPart, SimulatedPart];
    await expect.poll(() => robotRow(stopped.partId).getAttribute('data-state'), { timeout: 10_000 }).toBe('ONLINE');
    await expect.poll(() => robotRow(running.partId).getAttribute('data-state'), { timeout: 10_000 }).toBe('ONLINE');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'fleet-page.png'), fullPage: true });

    await simulators[0]!.stop();
    await expect.poll(() => robotRow(stopped.partId).getAttribute('data-state'), { timeout: 15_000 }).toBe('OFFLINE');
    expect(await robotRow(stopped.partId).locator(`li[data-part-id="${stopped.partId}"] .state`).textContent()).toBe('offline');
    expect(await robotRow(running.partId).getAttribute('data-state')).toBe('ONLINE');
    await page.screenshot({ path: path.join(ARTIFACTS, 'fleet-page-robot-offline.png'), fullPage: true });

    simulate(stopped);
    await expect.poll(() => robotRow(stopped.partId).getAttribute('data-state'), { timeout: 15_000 }).toBe('ONLINE');

    const origin = new URL(gateway.url).origin;
    expect(requests.every((url) => url.startsWith(origin) || url.startsWith(origin.replace('http', 'ws')))).toBe(true);
  });

  it('counts errors per robot from fleetLogs when the gateway has it, and says n/a when it does not', async () => {
    const [, running] = parts as [SimulatedPart, SimulatedPart];
    const errors = robotRow(running.partId).locator('td.errors');
    if (schema.getSubscriptionType()!.getFields().fleetLogs) {
      // The simulator logs the occasional error (4% of lines at 20 lines/s).
      await expect.poll(async () => Number(await errors.textContent()), { timeout: 20_000 }).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(ARTIFACTS, 'fleet-page-errors.png'), fullPage: true });
    } else {
      await expect.poll(() => errors.textContent()).toBe('n/a');
    }
  });

  it('opens a part\'s logs on /logs with that part picked', async () => {
    const [, running] = parts as [SimulatedPart, SimulatedPart];
    await robotRow(running.partId).locator(`li[data-part-id="${running.partId}"] a`).click();
    await page.waitForURL(/\/logs\?part=/);
    await expect.poll(() => page.getByLabel('Part', { exact: true }).inputValue()).toBe(running.partId);
    await expect.poll(() => page.locator('#log .marker').last().textContent()).toBe(`watching ${running.robotName} / ${running.partName}`);
  });
});
