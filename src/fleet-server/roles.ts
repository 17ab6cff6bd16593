/** AddRole, RemoveRole and ListAuthorizations. */
import type { HandlerMap } from './rpc.ts';

export const roleRpcs: HandlerMap = {};
