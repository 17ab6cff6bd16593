/**
 * GraphiQL in a real browser: the real `fleetgraph serve` on a temp data dir, headless Chromium
 * opens /graphql, runs the default query and sees the demo fleet. The page must work offline, so
 * every request that does not go to the gateway is refused and recorded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, removeDir, startCli, tempDataDir, type RunningCli } from './support/cli.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.join(ROOT, 'test/artifacts/graphiql.png');
// Outside CI a machine without Chromium skips this file; in CI (.ci/run installs it) it must run.
const missingChromium = !fs.existsSync(CHROMIUM) && !process.env.CI;
const title = missingChromium
  ? `GraphiQL in headless Chromium (SKIPPED: ${CHROMIUM} not found; install it with apt-get install chromium)`
  : 'GraphiQL in headless Chromium';
// Starting `serve` and Chromium takes a few seconds, more on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });
if (missingChromium) console.warn(`test/graphiql-browser.test.ts: skipped, ${CHROMIUM} not found (apt-get install chromium)`);

/** The text of the visible Monaco editor inside `section`, as the user sees it. */
async function editorText(page: Page, section: string): Promise<string> {
  const text = await page.locator(`${section} .graphiql-editor:not(.hidden) .view-lines, ${section}.graphiql-response .view-lines`).first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

describe.skipIf(missingChromium)(title, () => {
  let dataDir: string;
  let serve: RunningCli;
  let url: string;
  let demo: { apiKeyId: string; apiKey: string };
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    dataDir = tempDataDir('fleetgraph-graphiql-');
    serve = startCli(['serve', '--port', '0', '--data-dir', dataDir]);
    url = (await serve.waitFor(/GraphiQL and GraphQL at (http:\/\/\S+)/))[1]!;
    await serve.waitFor(/x-viam-api-key: \S+/);
    demo = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const gatewayOrigin = new URL(url).origin;
    await page.route('**/*', (route) => {
      const requested = route.request().url();
      if (requested.startsWith(gatewayOrigin) || requested.startsWith('data:') || requested.startsWith('blob:')) return route.continue();
      foreignRequests.push(requested);
      return route.abort('internetdisconnected');
    });
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    if (dataDir) removeDir(dataDir);
  });

  it('opens /graphql offline with the fleet tree query and the demo key headers prefilled', async () => {
    await page.goto(url);
    await page.locator('.graphiql-execute-button').waitFor({ state: 'visible', timeout: 20_000 });

    await expect.poll(() => editorText(page, '.graphiql-query-editor')).toContain('query FleetTree');
    const headersEditor = 'section.graphiql-editor-tool[aria-label="Headers"]';
    await expect.poll(() => editorText(page, headersEditor)).toContain(`"x-viam-api-key-id": "${demo.apiKeyId}"`);
    const headers = await editorText(page, headersEditor);
    expect(headers).toContain(`"x-viam-api-key": "${demo.apiKey}"`);
    // The headers GraphiQL shows are the ones `serve` printed for pasting.
    expect(serve.stdout()).toContain(`x-viam-api-key-id: ${demo.apiKeyId}`);
    expect(foreignRequests).toEqual([]);
  });

  it('runs the default query with the run button and shows the demo organization and its robots', async () => {
    const answered = page.waitForResponse((r) => r.url() === url && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('FleetTree'));
    await page.locator('.graphiql-execute-button').click();
    const response = await answered;

    // The browser sent the prefilled key, and the gateway answered the tree without errors.
    expect(response.request().headers()['x-viam-api-key-id']).toBe(demo.apiKeyId);
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const org = body.data.organizations.find((o: any) => o.name === 'Demo Fleet');
    expect(org.publicNamespace).toBe('demo');
    const robots = org.locations.flatMap((l: any) => l.robots.map((r: any) => r.name)).sort();
    expect(robots).toEqual(['arm-1', 'arm-2', 'rover-1', 'rover-2']);

    // And the result pane shows it to the user.
    await expect.poll(() => editorText(page, '.graphiql-response'), { timeout: 10_000 }).toContain('"name": "Demo Fleet"');
    const shown = await editorText(page, '.graphiql-response');
    expect(shown).toMatch(/"name": "(rover|arm)-\d"/);
    expect(foreignRequests).toEqual([]);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });
});
