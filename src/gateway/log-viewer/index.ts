/**
 * The browser log viewer at GET /logs and the live fleet page at GET /fleet: small HTML shells
 * plus their scripts and stylesheets (under /logs/), kept in memory. The built package (`npm run build`) serves the files bundled at build time, in
 * BUILT_ASSETS_DIR next to this module; running from the TypeScript sources, they are bundled with
 * esbuild on the first request. Everything is served by the gateway itself, so the page works
 * offline.
 */
import type http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFleetShell, renderShell } from './shell.ts';
import { pathOf } from '../request-log.ts';
import type { BundledFile } from './bundle.ts';

export const LOG_VIEWER_PATH = '/logs';
/** The live fleet page; its assets are served under LOG_VIEWER_PATH with the viewer's. */
export const FLEET_PAGE_PATH = '/fleet';

/** Where `npm run build` writes the bundled viewer, beside the compiled index.js. */
export const BUILT_ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

interface Asset {
  body: string;
  contentType: string;
}

interface Bundle {
  /** Asset path (under /logs/) → content. */
  assets: Map<string, Asset>;
  /** Changes with the content, so the assets can be cached for good. */
  version: string;
}

let bundling: Promise<Bundle> | null = null;

/** The files bundled at build time, or null when running from the sources (no such directory). */
async function readBuiltFiles(): Promise<BundledFile[] | null> {
  const names = await fs.readdir(BUILT_ASSETS_DIR).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!names) return null;
  return Promise.all(names.sort().map(async (name) => ({ name, text: await fs.readFile(path.join(BUILT_ASSETS_DIR, name), 'utf8') })));
}

async function load(): Promise<Bundle> {
  // esbuild is a dev dependency: imported only when there is no build output to read.
  const files = (await readBuiltFiles()) ?? (await (await import('./bundle.ts')).bundleLogViewer());
  const assets = new Map<string, Asset>();
  const hash = crypto.createHash('sha256');
  for (const { name, text } of files) {
    hash.update(text);
    assets.set(`${LOG_VIEWER_PATH}/${name}`, {
      body: text,
      contentType: name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
    });
  }
  return { assets, version: hash.digest('hex').slice(0, 12) };
}

/** The bundle, loaded once per process (a failed load is retried on the next request). */
function bundle(): Promise<Bundle> {
  bundling ??= load().catch((error: unknown) => {
    bundling = null;
    throw error;
  });
  return bundling;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // The page talks only to this gateway: HTTP for the fleet tree, a websocket for the logs.
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

function send(res: http.ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export interface LogViewerOptions {
  /** Where the page sends GraphQL (HTTP POST) and opens its graphql-ws socket. */
  graphqlPath: string;
  /** The key that prefills the page's API key fields for this request (embedded mode), like GraphiQL's headers. */
  demoKeyFor: (req: http.IncomingMessage) => { apiKeyId: string; apiKey: string } | null;
}

/**
 * A request handler for the viewer's paths. Returns false for any other request, which the
 * caller then hands to Yoga.
 */
export function logViewerHandler(options: LogViewerOptions): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  return (req, res) => {
    const pathname = pathOf(req);
    const fleetPage = pathname === FLEET_PAGE_PATH || pathname === `${FLEET_PAGE_PATH}/`;
    if (!fleetPage && pathname !== LOG_VIEWER_PATH && !pathname.startsWith(`${LOG_VIEWER_PATH}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'method not allowed\n');
      return true;
    }
    bundle().then(
      ({ assets, version }) => {
        if (fleetPage || pathname === LOG_VIEWER_PATH || pathname === `${LOG_VIEWER_PATH}/`) {
          const html = (fleetPage ? renderFleetShell : renderShell)({ version, demoKey: options.demoKeyFor(req), graphqlPath: options.graphqlPath });
          send(res, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }, html);
          return;
        }
        const asset = assets.get(pathname);
        if (!asset) return send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found\n');
        send(res, 200, { 'content-type': asset.contentType, 'cache-control': 'public, max-age=31536000, immutable' }, asset.body);
      },
      (error: unknown) => {
        process.stderr.write(`log viewer: loading failed: ${error instanceof Error ? error.message : String(error)}\n`);
        send(res, 500, { 'content-type': 'text/plain; charset=utf-8' }, 'the log viewer could not be loaded; see the gateway output\n');
      },
    );
    return true;
  };
}
