// `node --import` this file (e.g. in NODE_OPTIONS) to run a process as the published package must
// run: it fails any import of a TypeScript file, of the tsx loader or of esbuild (dev
// dependencies). Plain JavaScript, since it is loaded before anything could compile TypeScript.
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

// Module hooks run on a thread of their own, which loads this file again to find `resolve`.
if (isMainThread) register(import.meta.url);

const FORBIDDEN = [/\.[cm]?tsx?$/, /\/node_modules\/(tsx|esbuild|@esbuild)\//];

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const { pathname } = new URL(resolved.url);
  if (FORBIDDEN.some((pattern) => pattern.test(pathname))) throw new Error(`no-dev-loaders: ${specifier} (${pathname}) loaded at run time`);
  return resolved;
}
