/**
 * Log lines that look like viam-server's: its logger names, its kind of messages, and a level mix
 * of mostly info, some debug and warn, and the occasional error.
 */
import type { LogEntry } from '../generated/viam/common/v1/LogEntry.ts';
import { toStruct, toTimestamp } from '../wire/struct.ts';

export type Random = () => number;

type Level = 'debug' | 'info' | 'warn' | 'error';

interface Template {
  logger: string;
  level: Level;
  file: string;
  message: (r: Pick<LineMaker, 'int' | 'pick' | 'ms'>) => string;
}

const RESOURCES = ['camera', 'base', 'left-motor', 'right-motor', 'imu', 'lidar', 'arm', 'gripper'];
const MODULES = ['viam_realsense', 'viam-labs_tof', 'acme_lidar-driver', 'local-sensor-module'];

const TEMPLATES: Template[] = [
  { logger: 'rdk.resource_manager', level: 'info', file: 'resource/graph_node.go', message: (r) => `Now configuring resource name=${r.pick(RESOURCES)}` },
  { logger: 'rdk.resource_manager', level: 'info', file: 'resource/graph_node.go', message: (r) => `resource ${r.pick(RESOURCES)} configured in ${r.ms(5, 900)}` },
  { logger: 'rdk.resource_manager', level: 'debug', file: 'impl/resource_manager.go', message: (r) => `reconfigure not needed for ${r.pick(RESOURCES)} (revision ${r.int(100, 999)})` },
  { logger: 'rdk.resource_manager', level: 'warn', file: 'impl/resource_manager.go', message: (r) => `resource ${r.pick(RESOURCES)} build failed, retrying in ${r.int(1, 30)}s` },
  { logger: 'rdk.components.camera', level: 'info', file: 'camera/stream.go', message: (r) => `video stream started at ${r.pick(['640x480', '1280x720', '1920x1080'])}@${r.pick([15, 30, 60])}fps` },
  { logger: 'rdk.components.camera', level: 'debug', file: 'camera/camera.go', message: (r) => `frame ${r.int(1, 999_999)} captured in ${r.ms(3, 80)}` },
  { logger: 'rdk.components.camera', level: 'warn', file: 'camera/stream.go', message: (r) => `dropped ${r.int(2, 40)} frames in the last ${r.int(5, 60)}s` },
  { logger: 'rdk.components.camera', level: 'error', file: 'camera/camera.go', message: (r) => `failed to read frame: timeout after ${r.int(200, 2000)}ms` },
  { logger: 'rdk.components.base', level: 'info', file: 'base/wheeled.go', message: (r) => `SetVelocity linear=${r.int(0, 600)}mm/s angular=${r.int(-90, 90)}deg/s` },
  { logger: 'rdk.components.motor', level: 'warn', file: 'motor/gpio.go', message: (r) => `motor ${r.pick(['left-motor', 'right-motor'])} temperature ${r.int(70, 95)}°C, throttling` },
  { logger: 'rdk.modmanager', level: 'info', file: 'modmanager/manager.go', message: (r) => `module ${r.pick(MODULES)} started (pid ${r.int(2000, 65000)})` },
  { logger: 'rdk.modmanager', level: 'debug', file: 'modmanager/manager.go', message: (r) => `health check of ${r.pick(MODULES)} ok in ${r.ms(1, 40)}` },
  { logger: 'rdk.modmanager', level: 'warn', file: 'modmanager/manager.go', message: (r) => `module ${r.pick(MODULES)} slow to respond (${r.ms(900, 5000)})` },
  { logger: 'rdk.modmanager', level: 'error', file: 'modmanager/manager.go', message: (r) => `module ${r.pick(MODULES)} exited unexpectedly (exit status ${r.int(1, 2)}), restarting` },
  { logger: 'rdk.networking', level: 'info', file: 'rpc/wrtc_server.go', message: (r) => `ICE connection state changed to connected (peer ${r.int(10, 250)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)})` },
  { logger: 'rdk.networking', level: 'debug', file: 'rpc/wrtc_signaling_answerer.go', message: (r) => `answering signaling offer ${r.int(100000, 999999)}` },
  { logger: 'rdk.networking', level: 'warn', file: 'rpc/wrtc_signaling_answerer.go', message: (r) => `lost connection to signaling server, reconnecting in ${r.int(1, 10)}s` },
  { logger: 'rdk.networking.netlogger', level: 'info', file: 'logging/net_appender.go', message: (r) => `uploaded ${r.int(1, 200)} log entries` },
  { logger: 'rdk.web', level: 'info', file: 'web/web.go', message: (r) => `incoming WebRTC session from ${r.pick(['app.viam.com', 'sdk-python', 'sdk-typescript'])}` },
  { logger: 'rdk.config', level: 'debug', file: 'config/watcher_cloud.go', message: (r) => `config unchanged (revision ${r.int(100, 999)}), checked in ${r.ms(10, 300)}` },
];

/** Weights of the levels: mostly info, some debug and warn, the occasional error. */
const LEVEL_WEIGHTS: [Level, number][] = [
  ['info', 0.62],
  ['debug', 0.22],
  ['warn', 0.12],
  ['error', 0.04],
];

const BY_LEVEL = new Map<Level, Template[]>(LEVEL_WEIGHTS.map(([level]) => [level, TEMPLATES.filter((t) => t.level === level)]));

export class LineMaker {
  constructor(
    private readonly host: string,
    private readonly random: Random = Math.random,
  ) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  ms(min: number, max: number): string {
    return `${(min + this.random() * (max - min)).toFixed(1)}ms`;
  }

  private level(): Level {
    let roll = this.random();
    for (const [level, weight] of LEVEL_WEIGHTS) {
      if ((roll -= weight) < 0) return level;
    }
    return 'info';
  }

  /** One viam-server-like entry, logged at `atMs` (ms since the epoch; default now). */
  next(atMs = Date.now()): LogEntry {
    const template = this.pick(BY_LEVEL.get(this.level())!);
    return this.entry(template.level, template.logger, template.message(this), template.file, atMs);
  }

  entry(level: Level, logger: string, message: string, file = 'server/entrypoint.go', atMs = Date.now()): LogEntry {
    return {
      host: this.host,
      level,
      time: toTimestamp(atMs),
      logger_name: logger,
      message,
      caller: toStruct({ Defined: true, File: file, Line: this.int(40, 900) }),
    };
  }
}

export const RESTART_MESSAGE = 'restarting viam-server as requested';

/** What viam-server logs when it (re)starts with a config. */
export function startupLines(lines: LineMaker, revision: string): LogEntry[] {
  return [
    lines.entry('info', 'rdk', `viam-server starting (config revision ${revision || 'unknown'})`),
    lines.entry('info', 'rdk.networking', 'serving at http://localhost:8080'),
    lines.entry('info', 'rdk.resource_manager', 'robot configured'),
  ];
}
