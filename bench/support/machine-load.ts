/**
 * How busy the machine was with other work while the benchmark ran: CPU time of the whole
 * machine (/proc/stat) minus that of this process and its children (which Node reaps, so their
 * time lands in this process's cutime/cstime once they exit). Figures from a machine that was
 * busy with other work are not comparable with quiet runs; the report says how busy it was.
 */
import fs from 'node:fs';
import os from 'node:os';

const TICKS_PER_SECOND = 100;

function machineBusySeconds(): number {
  // cpu  user nice system idle iowait irq softirq steal ...
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields as number[];
  return (user! + nice! + system! + irq! + softirq! + (steal ?? 0)) / TICKS_PER_SECOND;
}

function ownSeconds(): number {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ').map(Number);
  // utime stime cutime cstime are fields 14..17 of the full line, 12..15 after "pid (comm) ".
  return (fields[11]! + fields[12]! + fields[13]! + fields[14]!) / TICKS_PER_SECOND;
}

/** CPU seconds (user + system) a process of this machine has used so far; null where /proc cannot tell. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').map(Number);
    return (fields[11]! + fields[12]!) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export interface MachineLoad {
  /** 1-minute load average when the run started (before its own processes) and when it ended. */
  loadAtStart: number;
  loadAtEnd: number;
  /** CPU seconds other processes used during the run, and as cores on average. */
  otherCpuSeconds: number;
  otherCores: number;
}

/** Starts watching; call the returned function once every child has exited. */
export function watchMachineLoad(): () => MachineLoad | null {
  if (process.platform !== 'linux' || !fs.existsSync('/proc/stat')) return () => null;
  const loadAtStart = os.loadavg()[0]!;
  const machine = machineBusySeconds();
  const own = ownSeconds();
  const started = performance.now();
  return () => {
    const other = Math.max(0, machineBusySeconds() - machine - (ownSeconds() - own));
    return { loadAtStart, loadAtEnd: os.loadavg()[0]!, otherCpuSeconds: other, otherCores: other / ((performance.now() - started) / 1000) };
  };
}

/** Waits (up to `maxSeconds`) until the 1-minute load average is below `below`; returns it. */
export async function waitForQuiet(below: number, maxSeconds: number, log: (line: string) => void): Promise<number> {
  const until = Date.now() + maxSeconds * 1000;
  let load = os.loadavg()[0]!;
  if (load >= below) log(`waiting for a quiet machine (1-min load ${load.toFixed(2)}, want < ${below})...`);
  while (load >= below && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    load = os.loadavg()[0]!;
  }
  return load;
}
