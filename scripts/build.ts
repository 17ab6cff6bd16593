/**
 * `npm run build` (also run by `npm ci`, through `prepare`): the pages' typed documents generated
 * (codegen.ts; a document schema.graphql does not allow stops the build), the server compiled by tsc into dist/
 * (one .js per .ts, same layout as src/), the log viewer's browser code bundled by esbuild into
 * dist/gateway/log-viewer/assets/, and dist/main.js made executable (the package's bin).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleLogViewer } from '../src/gateway/log-viewer/bundle.ts';
import { BUILT_ASSETS_DIR } from '../src/gateway/log-viewer/index.ts';
import { generatePageDocuments, writeChanged } from './page-documents.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');

try {
  writeChanged(await generatePageDocuments());
} catch (error) {
  process.stderr.write(`build: the pages' GraphQL documents do not match schema.graphql (npm run codegen)\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

// From scratch, so nothing of a deleted source file is left behind.
fs.rmSync(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
} catch {
  process.stderr.write('build: tsc failed\n');
  process.exit(1);
}

const assetsDir = path.join(DIST, path.relative(SRC, BUILT_ASSETS_DIR));
fs.mkdirSync(assetsDir, { recursive: true });
const files = await bundleLogViewer();
for (const file of files) fs.writeFileSync(path.join(assetsDir, file.name), file.text);

fs.chmodSync(path.join(DIST, 'main.js'), 0o755);
process.stdout.write(`built ${path.relative(ROOT, DIST)}/ and the log viewer (${files.map((f) => f.name).join(', ')})\n`);
