/**
 * The layout the code promises (src/schema: GraphQL shape; src/resolvers: behaviour;
 * src/upstream: the wire; src/gateway: the server), checked on the sources themselves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

function sources(folder: string): { file: string; text: string }[] {
  const dir = path.join(SRC, folder);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ file: `${folder}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** The module specifiers a file imports (static and dynamic), resolved against src/. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.relative(SRC, path.resolve(SRC, path.dirname(file), s)));
}

const LAYERS = ['schema', 'resolvers'];

describe('code layout', () => {
  it('src/schema and src/resolvers import nothing from src/gateway', () => {
    const offending = LAYERS.flatMap((folder) =>
      sources(folder).flatMap(({ file, text }) => importsOf(file, text).filter((target) => target.startsWith('gateway')).map((target) => `${file} -> ${target}`)),
    );
    expect(offending).toEqual([]);
  });

  it('src/resolvers imports nothing from src/schema (the schema imports the resolvers)', () => {
    const offending = sources('resolvers').flatMap(({ file, text }) =>
      importsOf(file, text).filter((target) => target.startsWith('schema')).map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('src/schema and src/resolvers call upstream only through the session (no client calls, no hand-made metadata)', () => {
    const offending = LAYERS.flatMap((folder) =>
      sources(folder)
        .filter(({ text }) => /\.client\.\w+\(|withMetadata|@grpc\/grpc-js/.test(text))
        .map(({ file }) => file),
    );
    expect(offending).toEqual([]);
  });

  it('keeps no per-object side tables in src/schema, src/resolvers or the loaders\' batch functions', () => {
    const files = [...LAYERS.flatMap(sources), ...sources('upstream').filter(({ file }) => file === 'upstream/batch.ts')];
    expect(files.filter(({ text }) => /\bnew Weak(Map|Set)\b/.test(text)).map(({ file }) => file)).toEqual([]);
  });
});
