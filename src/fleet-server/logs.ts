/** GetRobotPartLogs (paged, newest first) and TailRobotPartLogs (live). */
import type { HandlerMap } from './rpc.ts';

export const logRpcs: HandlerMap = {};
