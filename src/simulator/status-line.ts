/**
 * The simulator's live status on stderr, about once a second: redrawn in place on a terminal,
 * one plain line per change otherwise (log files, CI).
 */
import type { SimulatorStats } from './simulator.ts';

export function formatStatus(stats: SimulatorStats, linesPerSecond: number | null): string {
  const rate = linesPerSecond === null ? '' : ` (${linesPerSecond.toFixed(1)}/s)`;
  const parts = [
    `robots online ${stats.online}/${stats.robots}`,
    `lines sent ${stats.linesSent.toLocaleString('en-US')}${rate}`,
    `errors ${stats.errors}`,
  ];
  if (stats.restarts > 0) parts.push(`restarts ${stats.restarts}`);
  if (stats.errors > 0 && stats.lastError) parts.push(`last error: ${stats.lastError}`);
  return `simulator: ${parts.join(' · ')}`;
}

export interface StatusLine {
  /** Draws the final status as a finished line and stops refreshing. */
  stop(): void;
}

export function startStatusLine(stream: NodeJS.WriteStream, read: () => SimulatorStats, intervalMs = 1000): StatusLine {
  const tty = stream.isTTY === true;
  let previous = { at: performance.now(), linesSent: read().linesSent };
  let lastPlain = '';

  const draw = () => {
    const stats = read();
    const now = performance.now();
    const rate = ((stats.linesSent - previous.linesSent) * 1000) / Math.max(1, now - previous.at);
    previous = { at: now, linesSent: stats.linesSent };
    const line = formatStatus(stats, rate);
    if (tty) {
      // A terminal line that wraps cannot be redrawn in place.
      stream.write(`\r\x1b[2K${stream.columns ? line.slice(0, stream.columns - 1) : line}`);
      return;
    }
    // Only the rate changing is not worth a line in a log file.
    const withoutRate = formatStatus(stats, null);
    if (withoutRate === lastPlain) return;
    lastPlain = withoutRate;
    stream.write(`${line}\n`);
  };

  draw();
  const timer = setInterval(draw, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const final = formatStatus(read(), null);
      stream.write(tty ? `\r\x1b[2K${final}\n` : `${final}\n`);
    },
  };
}
