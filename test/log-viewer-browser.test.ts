/**
 * The log viewer at /logs in headless Chromium, against a real gateway and fleet server, with the
 * fleet simulator producing the logs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestFleet, type TestFleet } from './support/fleet.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { startFleetSimulation, type Simulator } from '../src/simulator/simulator.ts';
import type { LogBatch } from '../src/simulator/simulated-robot.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');

let fleet: TestFleet;
let gateway: Gateway;
let simulator: Simulator;
let browser: Browser;
let page: Page;
/** Every batch the simulator sent, and whoever waits for the next one. */
const sent: LogBatch[] = [];
const batchWaiters: ((batch: LogBatch) => void)[] = [];

const startGatewayOn = (port: number) =>
  startGateway({
    upstream: parseUpstreamUrl(`http://${fleet.address}`),
    port,
    // As `fleetgraph serve` does: the demo fleet's record, which holds more than the key.
    demoKey: fleet.server.demo,
  });

beforeAll(async () => {
  fleet = await startTestFleet();
  gateway = await startGatewayOn(0);
  simulator = await startFleetSimulation({
    target: parseUpstreamUrl(`http://${fleet.address}`),
    apiKey: { apiKeyId: fleet.keyId, apiKey: fleet.key },
    robots: 4,
    linesPerSecond: 80,
    batchIntervalMs: 250,
    onLog: (batch) => {
      sent.push(batch);
      for (const wake of batchWaiters.splice(0)) wake(batch);
    },
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await simulator?.stop();
  await gateway?.close();
  await fleet?.close();
});

const pageUrl = () => gateway.url.replace(/\/graphql$/, '/logs');
/** The next batch the simulator sends for `partId`. */
const nextBatch = (partId: string) =>
  new Promise<LogBatch>((resolve) => {
    const wait = (batch: LogBatch) => (batch.partId === partId ? resolve(batch) : batchWaiters.push(wait));
    batchWaiters.push(wait);
  });
/** How often `message` was sent for `partId` so far. */
const timesSent = (partId: string, message: string) =>
  sent.filter((b) => b.partId === partId).flatMap((b) => b.entries).filter((e) => e.message === message).length;
/** The part the page watches (picked in the second test). */
let watched: { partId: string; robotName: string };
/** The rows after the last "watching …" marker: the lines of the current subscription. */
const rowsAfterMarker = () => page.locator('xpath=//ol[@id="log"]/li[contains(@class,"marker")][last()]/following-sibling::li');
/** Messages of the rows shown after the last "watching …" marker. */
const rowsSinceMarker = () =>
  page.$$eval('#log > li', (items) => {
    const last = items.map((li) => li.classList.contains('marker')).lastIndexOf(true);
    return items.slice(last + 1).map((li) => ({
      level: li.querySelector('.level')!.textContent!,
      message: li.querySelector('.message')!.textContent!,
    }));
  });

describe('log viewer in a browser', () => {
  it('serves the page and its assets from the gateway (no CDN)', async () => {
    const response = await fetch(pageUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    const config = JSON.parse(/<script id="viewer-config" type="application\/json">([^<]*)<\/script>/.exec(html)![1]!);
    expect(config).toEqual({ graphqlPath: '/graphql', demoKey: { apiKeyId: fleet.keyId, apiKey: fleet.key } });
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((url) => !url.startsWith('data:'));
    expect(assets.length).toBe(2);
    for (const asset of assets) {
      expect(asset.startsWith('/logs/')).toBe(true);
      expect((await fetch(new URL(asset, pageUrl()))).status).toBe(200);
    }
  });

  it('prefills the demo key, picks a part from the fleet tree, and shows its lines within two seconds of the send', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pageUrl());

    await expect.poll(() => page.getByLabel('API key id').inputValue()).toBe(fleet.keyId);
    await page.getByLabel('Organization').locator('option', { hasText: 'Demo Fleet' }).waitFor({ state: 'attached' });

    // A simulated robot somewhere else than what the page picked by itself, so the picker must cascade.
    const autoPickedLocation = await page.getByLabel('Location').inputValue();
    const placed = simulator.robots.map((robot) => ({
      part: robot.part,
      ...(fleet.server.db
        .prepare('SELECT p.robot_id AS robotId, r.location_id AS locationId FROM robot_parts p JOIN robots r ON r.id = p.robot_id WHERE p.id = ?')
        .get(robot.part.partId) as { robotId: string; locationId: string }),
    }));
    const { part, robotId, locationId } = placed.find((p) => p.locationId !== autoPickedLocation)!;
    watched = part;
    await page.getByLabel('Location').selectOption(locationId, { timeout: 5_000 });
    await page.getByLabel('Robot').selectOption(robotId, { timeout: 5_000 });
    await page.getByLabel('Part', { exact: true }).selectOption(part.partId, { timeout: 5_000 });

    await expect.poll(() => page.locator('#connection').textContent()).toBe('connected');
    await expect.poll(() => page.locator('#log .marker').last().textContent()).toBe(`watching ${part.robotName} / ${part.partName}`);
    // The first line of this part on the page proves its stream is live; from then on every send must show.
    await expect.poll(async () => (await rowsSinceMarker()).length, { timeout: 10_000 }).toBeGreaterThan(0);

    for (let checked = 0; checked < 3; ) {
      const batch = await nextBatch(part.partId);
      const unique = batch.entries.find((entry) => timesSent(part.partId, entry.message!) === 1);
      if (!unique) continue;
      // The 2 s count from the moment the simulator sends the batch.
      await rowsAfterMarker().getByText(unique.message!, { exact: true }).waitFor({ timeout: 2_000 });
      checked++;
    }

    const shownLevels = await page.$$eval('#log .entry .level', (els) => new Set(els.map((e) => e.textContent)).size);
    expect(shownLevels).toBeGreaterThan(1);
    // Level colours come from the stylesheet: an info row and a warn or error row differ.
    const colours = await page.$$eval('#log .entry .level', (els) => new Set(els.map((e) => getComputedStyle(e).color)).size);
    expect(colours).toBeGreaterThan(1);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'log-viewer.png') });

    const origin = new URL(pageUrl()).origin;
    expect(requests.every((url) => url.startsWith(origin) || url.startsWith(origin.replace('http', 'ws')))).toBe(true);
  });

  it('honours errors only and the filter', async () => {
    await page.getByLabel('Errors only').check();
    await expect.poll(() => page.locator('#log .marker').last().textContent()).toContain('errors only');
    await expect.poll(async () => (await rowsSinceMarker()).length, { timeout: 20_000 }).toBeGreaterThan(0);
    for (const row of await rowsSinceMarker()) expect(['ERROR', 'FATAL']).toContain(row.level);

    await page.getByLabel('Errors only').uncheck();
    await page.getByLabel('Filter').fill('module');
    await expect.poll(() => page.locator('#log .marker').last().textContent()).toContain('filter "module"');
    // Not errors only any more: module lines of several levels.
    await expect.poll(async () => new Set((await rowsSinceMarker()).map((r) => r.level)).size, { timeout: 20_000 }).toBeGreaterThan(1);
    for (const row of await rowsSinceMarker()) expect(row.message.toLowerCase()).toContain('module');

    await page.getByLabel('Filter').fill('');
  });

  it('buffers while paused, shows the count, and shows the buffered lines on resume', async () => {
    await expect.poll(() => page.locator('#log .marker').last().textContent()).not.toContain('filter');
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.click();
    const shownWhenPaused = await page.locator('#log > li').count();
    await expect.poll(() => page.locator('#buffered').textContent(), { timeout: 10_000 }).toMatch(/^[1-9]\d* new lines? while paused/);
    expect(await page.locator('#log > li').count()).toBe(shownWhenPaused);

    const resume = page.getByRole('button', { name: /^Resume \(\d+\)$/ });
    await expect(resume.getAttribute('aria-pressed')).resolves.toBe('true');
    const buffered = Number(/\((\d+)\)/.exec((await resume.textContent())!)![1]);
    await resume.click();
    expect(await page.locator('#log > li').count()).toBeGreaterThanOrEqual(shownWhenPaused + buffered);
    expect(await page.locator('#buffered').textContent()).toBe('');
  });

  it('says when the connection drops and when it is back, and the lines resume', async () => {
    const port = gateway.port;
    await gateway.close();
    await expect.poll(() => page.locator('#connection').textContent()).toBe('reconnecting…');
    await expect.poll(() => page.locator('#notice').textContent()).toContain('Connection to the gateway lost');
    await page.screenshot({ path: path.join(ARTIFACTS, 'log-viewer-reconnecting.png') });

    gateway = await startGatewayOn(port);
    await expect.poll(() => page.locator('#connection').textContent(), { timeout: 15_000 }).toBe('connected');
    await expect.poll(() => page.locator('#notice').textContent()).toBe('Connection restored.');

    // New lines flow again on the re-established subscription.
    const rowsBefore = await page.locator('#log .entry').count();
    await expect.poll(() => page.locator('#log .entry').count(), { timeout: 10_000 }).toBeGreaterThan(rowsBefore);
    for (;;) {
      const batch = await nextBatch(watched.partId);
      const message = batch.entries.at(-1)!.message!;
      if (timesSent(watched.partId, message) > 1) continue;
      await rowsAfterMarker().getByText(message, { exact: true }).waitFor({ timeout: 2_000 });
      break;
    }
  });

  it('shows a clear message when the API key is refused', async () => {
    const other = await browser.newPage();
    try {
      await other.goto(pageUrl());
      await other.getByLabel('API key id').fill(fleet.keyId);
      await other.getByLabel('API key', { exact: true }).fill('not-the-key');
      await other.getByRole('button', { name: 'Load fleet' }).click();
      await expect.poll(() => other.locator('#notice').textContent()).toMatch(/^Loading the fleet failed: .+/);
      expect(await other.locator('#notice').getAttribute('data-kind')).toBe('error');
    } finally {
      await other.close();
    }
  });
});
