/** viam.app.v1.RobotService for robots, authenticated with their part secret: Config, Log, NeedsRestart. */
import type { HandlerMap } from './rpc.ts';

export const robotServiceRpcs: HandlerMap = {};
