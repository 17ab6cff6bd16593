/**
 * src/generated is committed output of proto-loader-gen-types; this regenerates it from proto/
 * into a temp dir with the same command as `npm run proto:types` and fails on any difference.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { PROTO_FILES } from '../src/wire/protos.ts';
import { ROOT } from './support/cli.ts';

const COMMITTED = path.join(ROOT, 'src/generated');

function genTypesBin(): string {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve('@grpc/proto-loader/package.json');
  const bin = (JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as { bin: Record<string, string> }).bin['proto-loader-gen-types']!;
  return path.join(path.dirname(pkgJson), bin);
}

/** The `proto:types` script's command, writing to `outDir`. */
function generate(outDir: string): void {
  execFileSync(
    process.execPath,
    [
      genTypesBin(),
      '--keepCase',
      '--longs=Number',
      '--enums=String',
      '--defaults',
      '--oneofs',
      '--grpcLib=@grpc/grpc-js',
      `--outDir=${outDir}`,
      ...PROTO_FILES,
      '-I',
      'proto',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

/** Differences between two trees as `<relative path>: <what>` lines. */
function compareTrees(fresh: string, committed: string): string[] {
  const freshFiles = listFiles(fresh);
  const committedFiles = new Set(listFiles(committed));
  const problems: string[] = [];
  for (const file of freshFiles) {
    if (!committedFiles.has(file)) problems.push(`${file}: missing from src/generated`);
    else if (!fs.readFileSync(path.join(fresh, file)).equals(fs.readFileSync(path.join(committed, file)))) problems.push(`${file}: differs (stale)`);
    committedFiles.delete(file);
  }
  for (const file of committedFiles) problems.push(`${file}: in src/generated but no longer generated`);
  return problems;
}

const temps: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-gen-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

describe('src/generated', () => {
  it('is what proto-loader-gen-types makes from proto/ today (run `npm run proto:types` to refresh)', () => {
    const fresh = tempDir();
    generate(fresh);
    expect(listFiles(fresh).length).toBeGreaterThan(100);
    const problems = compareTrees(fresh, COMMITTED);
    if (problems.length > 0) throw new Error(`src/generated is stale:\n  ${problems.join('\n  ')}`);
  });

  it('the comparison names a changed, a missing and an extra file', () => {
    const a = tempDir();
    const b = tempDir();
    fs.mkdirSync(path.join(a, 'viam'), { recursive: true });
    fs.mkdirSync(path.join(b, 'viam'), { recursive: true });
    fs.writeFileSync(path.join(a, 'viam/Robot.ts'), 'export interface Robot { id?: string }\n');
    fs.writeFileSync(path.join(b, 'viam/Robot.ts'), 'export interface Robot { id?: number }\n');
    fs.writeFileSync(path.join(a, 'viam/New.ts'), '');
    fs.writeFileSync(path.join(b, 'viam/Old.ts'), '');
    expect(compareTrees(a, b)).toEqual([
      `${path.join('viam', 'New.ts')}: missing from src/generated`,
      `${path.join('viam', 'Robot.ts')}: differs (stale)`,
      `${path.join('viam', 'Old.ts')}: in src/generated but no longer generated`,
    ]);
  });
});
