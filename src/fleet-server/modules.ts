/** Modules of the registry: create, update, upload files, get, list. */
import type { HandlerMap } from './rpc.ts';

export const moduleRpcs: HandlerMap = {};
