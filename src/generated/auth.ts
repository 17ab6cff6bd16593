import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AuthServiceClient as _proto_rpc_v1_AuthServiceClient, AuthServiceDefinition as _proto_rpc_v1_AuthServiceDefinition } from './proto/rpc/v1/AuthService';
import type { AuthenticateRequest as _proto_rpc_v1_AuthenticateRequest, AuthenticateRequest__Output as _proto_rpc_v1_AuthenticateRequest__Output } from './proto/rpc/v1/AuthenticateRequest';
import type { AuthenticateResponse as _proto_rpc_v1_AuthenticateResponse, AuthenticateResponse__Output as _proto_rpc_v1_AuthenticateResponse__Output } from './proto/rpc/v1/AuthenticateResponse';
import type { Credentials as _proto_rpc_v1_Credentials, Credentials__Output as _proto_rpc_v1_Credentials__Output } from './proto/rpc/v1/Credentials';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  proto: {
    rpc: {
      v1: {
        AuthService: SubtypeConstructor<typeof grpc.Client, _proto_rpc_v1_AuthServiceClient> & { service: _proto_rpc_v1_AuthServiceDefinition }
        AuthenticateRequest: MessageTypeDefinition<_proto_rpc_v1_AuthenticateRequest, _proto_rpc_v1_AuthenticateRequest__Output>
        AuthenticateResponse: MessageTypeDefinition<_proto_rpc_v1_AuthenticateResponse, _proto_rpc_v1_AuthenticateResponse__Output>
        Credentials: MessageTypeDefinition<_proto_rpc_v1_Credentials, _proto_rpc_v1_Credentials__Output>
      }
    }
  }
}

