/**
 * The top frames of a V8 CPU profile (from `npm run bench -- --cpu-prof DIR`, or any
 * `node --cpu-prof` run): self time by function, and self time by package (node_modules/<name>,
 * our own src/ files, node: internals), so a profile reads without a flame-graph viewer.
 *
 *   npx tsx bench/profile-summary.ts <file.cpuprofile> [--top 25]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where a frame's code lives: a package, our sources, node internals, or V8 itself. */
function origin(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:internals';
  const own = /\/(src|bench)\/(.+)$/.exec(url);
  return own ? `${own[1]}/${own[2]!.split('/')[0]}` : url;
}

export function summarizeProfile(profile: Profile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
  const busy = total - idle;
  const byFunction = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  for (const [id, time] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    const where = origin(url, functionName);
    const key = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + time);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + time);
  }
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'}  ${origin(url, functionName)}${url ? `:${lineNumber + 1}` : ''}`;
  };
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (byId.get(id)!.callFrame.functionName === '(idle)') return;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(at));
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const pct = (t: number) => `${((100 * t) / busy).toFixed(1).padStart(5)}%`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled (${((100 * busy) / total).toFixed(0)}%)`,
    '',
    'self time by origin:',
    ...sorted(byOrigin).map(([k, t]) => `  ${pct(t)}  ${k}`),
    '',
    'self time by function:',
    ...sorted(byFunction).map(([k, t]) => `  ${pct(t)}  ${k}`),
    '',
    'total time (self and callees) by function:',
    ...sorted(inclusive).map(([k, t]) => `  ${pct(t)}  ${k}`),
  ];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
if (positionals.length === 0) throw new Error('usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [--top 25]');
for (const file of positionals) {
  process.stdout.write(`${file}\n${summarizeProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, Number(values.top)).join('\n')}\n\n`);
}
