/** Latency summaries for benchmark tables. */

export interface LatencySummary {
  runs: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1);
  return { runs: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), mean, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

export const ms = (x: number) => x.toFixed(2);
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
