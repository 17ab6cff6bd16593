/** proto.rpc.v1.AuthService/Authenticate: API keys and robot part secrets for access tokens. */
import type { AuthenticateRequest__Output } from '../generated/proto/rpc/v1/AuthenticateRequest.ts';
import type { AuthenticateResponse } from '../generated/proto/rpc/v1/AuthenticateResponse.ts';
import type { Caller } from './auth.ts';
import type { HandlerMap } from './rpc.ts';
import { authService } from './rpc.ts';

export const authRpcs: HandlerMap = {
  Authenticate: authService.unary<AuthenticateRequest__Output, AuthenticateResponse, Caller>(
    ({ entity, credentials }, { fleet }) => fleet.tokens.callerFor(entity, credentials?.type ?? '', credentials?.payload ?? ''),
    async (caller, { fleet }) => ({ access_token: await fleet.tokens.sign(caller) }),
  ),
};
