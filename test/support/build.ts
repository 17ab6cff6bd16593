/**
 * Vitest global setup: the command-line tests run the built package (dist/), so it must match the
 * sources. `npm ci` builds it (prepare); after an edit, or without it, this rebuilds it once
 * before any test runs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, ROOT } from './cli.ts';

/** What the build reads. */
const INPUTS = ['src', 'scripts/build.ts', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'codegen.ts', 'schema.graphql'];
/** What it writes: the first file and the last. */
const OUTPUTS = [BIN, path.join(ROOT, 'dist/gateway/log-viewer/assets/viewer.js')];

function newestChange(file: string): number {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((name) => newestChange(path.join(file, name))));
}

function builtAt(): number | null {
  try {
    return Math.min(...OUTPUTS.map((file) => fs.statSync(file).mtimeMs));
  } catch {
    return null;
  }
}

export default function buildIfStale(): void {
  const built = builtAt();
  if (built !== null && built >= Math.max(...INPUTS.map((input) => newestChange(path.join(ROOT, input))))) return;
  process.stdout.write(`${built === null ? 'no build in dist/' : 'dist/ is older than the sources'}: npm run build\n`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
