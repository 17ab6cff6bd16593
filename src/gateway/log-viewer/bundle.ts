/**
 * Bundles the log viewer's browser code (app.ts and what it imports, viewer.css) with esbuild.
 * `npm run build` writes the result next to the compiled server (see BUILT_ASSETS_DIR), so the
 * built package serves files and never loads esbuild (a dev dependency); only a process running
 * the TypeScript sources (npm run dev, the tests) bundles on its first request.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const SOURCES = path.dirname(fileURLToPath(import.meta.url));

export interface BundledFile {
  /** File name under /logs/, e.g. viewer.js. */
  name: string;
  text: string;
}

export async function bundleLogViewer(): Promise<BundledFile[]> {
  const result = await esbuild.build({
    entryPoints: {
      viewer: path.join(SOURCES, 'app.ts'),
      'viewer-style': path.join(SOURCES, 'viewer.css'),
      // The live fleet page (/fleet) shares the viewer's asset path and helpers.
      fleet: path.join(SOURCES, 'fleet-page.ts'),
      'fleet-style': path.join(SOURCES, 'fleet.css'),
    },
    bundle: true,
    write: false,
    outdir: '/bundle',
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => ({ name: path.basename(file.path), text: file.text }));
}
