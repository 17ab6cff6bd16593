/** proto.rpc.v1.AuthService/Authenticate: API keys and robot part secrets for access tokens. */
import type * as grpc from '@grpc/grpc-js';
import type { AuthenticateRequest__Output } from '../generated/proto/rpc/v1/AuthenticateRequest.ts';
import type { AuthenticateResponse } from '../generated/proto/rpc/v1/AuthenticateResponse.ts';
import type { HandlerMap } from './rpc.ts';
import { toServiceError } from './rpc.ts';
import { invalidArgument } from './errors.ts';

export const authRpcs: HandlerMap = {
  Authenticate: (fleet) =>
    ((
      call: grpc.ServerUnaryCall<AuthenticateRequest__Output, AuthenticateResponse>,
      callback: grpc.sendUnaryData<AuthenticateResponse>,
    ) => {
      (async () => {
        // Viam refuses Authenticate calls that already carry credentials; so do we.
        if (call.metadata.get('authorization').length > 0) {
          throw invalidArgument('Authenticate must not carry an authorization header');
        }
        const { entity, credentials } = call.request;
        const accessToken = await fleet.tokens.authenticate(entity, credentials?.type ?? '', credentials?.payload ?? '');
        callback(null, { access_token: accessToken });
      })().catch((error: unknown) => callback(toServiceError(fleet, error)));
    }) as grpc.UntypedHandleCall,
};
