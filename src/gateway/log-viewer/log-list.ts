/**
 * The list of log lines: newest at the bottom, coloured by level, following new lines while the
 * reader is at the bottom. Paused, it buffers what arrives and shows it on resume.
 */
import type { LogLine } from './live-logs.ts';

/** Rows kept on the page; older ones are removed so a long session stays fast. */
const MAX_ROWS = 5_000;
/** Lines kept while paused; beyond that the oldest are dropped (and counted). */
const MAX_BUFFERED = 20_000;
const LEVELS = new Set(['debug', 'info', 'warn', 'error', 'fatal']);

function clock(iso: string | null): string {
  if (!iso) return '--:--:--.---';
  const d = new Date(iso);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

function row(line: LogLine): HTMLLIElement {
  const level = line.level.toLowerCase();
  const item = document.createElement('li');
  item.className = `entry level-${LEVELS.has(level) ? level : 'other'}`;
  const time = document.createElement('time');
  time.className = 'time';
  if (line.time) time.dateTime = line.time;
  time.textContent = clock(line.time);
  item.append(time, span('level', level.toUpperCase()), span('logger', line.loggerName ?? ''), span('message', line.message));
  return item;
}

export class LogList {
  private paused = false;
  private buffered: LogLine[] = [];
  private droppedWhilePaused = 0;

  constructor(
    private readonly list: HTMLOListElement,
    private readonly onBufferChange: (buffered: number, dropped: number) => void,
  ) {}

  get isPaused(): boolean {
    return this.paused;
  }

  add(lines: LogLine[]): void {
    if (this.paused) {
      this.buffered.push(...lines);
      const excess = this.buffered.length - MAX_BUFFERED;
      if (excess > 0) {
        this.buffered.splice(0, excess);
        this.droppedWhilePaused += excess;
      }
      this.onBufferChange(this.buffered.length, this.droppedWhilePaused);
      return;
    }
    this.append(lines.map(row));
  }

  /** A divider saying what is being watched from here on. */
  marker(text: string): void {
    const item = document.createElement('li');
    item.className = 'marker';
    item.textContent = text;
    this.append([item]);
  }

  pause(): void {
    this.paused = true;
    this.onBufferChange(0, 0);
  }

  resume(): void {
    this.paused = false;
    const lines = this.buffered;
    const dropped = this.droppedWhilePaused;
    this.buffered = [];
    this.droppedWhilePaused = 0;
    if (dropped > 0) this.marker(`${dropped} older lines received while paused were dropped`);
    this.append(lines.map(row));
    this.onBufferChange(0, 0);
  }

  clear(): void {
    this.list.replaceChildren();
    this.buffered = [];
    this.droppedWhilePaused = 0;
    this.onBufferChange(0, 0);
  }

  private append(rows: HTMLLIElement[]): void {
    if (rows.length === 0) return;
    const list = this.list;
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.append(...rows);
    const excess = list.childElementCount - MAX_ROWS;
    for (let i = 0; i < excess; i++) list.firstElementChild?.remove();
    if (atBottom) list.scrollTop = list.scrollHeight;
  }
}
