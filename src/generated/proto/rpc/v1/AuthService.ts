// Original file: proto/proto/rpc/v1/auth.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AuthenticateRequest as _proto_rpc_v1_AuthenticateRequest, AuthenticateRequest__Output as _proto_rpc_v1_AuthenticateRequest__Output } from '../../../proto/rpc/v1/AuthenticateRequest';
import type { AuthenticateResponse as _proto_rpc_v1_AuthenticateResponse, AuthenticateResponse__Output as _proto_rpc_v1_AuthenticateResponse__Output } from '../../../proto/rpc/v1/AuthenticateResponse';

export interface AuthServiceClient extends grpc.Client {
  Authenticate(argument: _proto_rpc_v1_AuthenticateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_rpc_v1_AuthenticateResponse__Output>): grpc.ClientUnaryCall;
  Authenticate(argument: _proto_rpc_v1_AuthenticateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_proto_rpc_v1_AuthenticateResponse__Output>): grpc.ClientUnaryCall;
  Authenticate(argument: _proto_rpc_v1_AuthenticateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_rpc_v1_AuthenticateResponse__Output>): grpc.ClientUnaryCall;
  Authenticate(argument: _proto_rpc_v1_AuthenticateRequest, callback: grpc.requestCallback<_proto_rpc_v1_AuthenticateResponse__Output>): grpc.ClientUnaryCall;
  authenticate(argument: _proto_rpc_v1_AuthenticateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_rpc_v1_AuthenticateResponse__Output>): grpc.ClientUnaryCall;
  authenticate(argument: _proto_rpc_v1_AuthenticateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_proto_rpc_v1_AuthenticateResponse__Output>): grpc.ClientUnaryCall;
  authenticate(argument: _proto_rpc_v1_AuthenticateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_proto_rpc_v1_AuthenticateResponse__Output>): grpc.ClientUnaryCall;
  authenticate(argument: _proto_rpc_v1_AuthenticateRequest, callback: grpc.requestCallback<_proto_rpc_v1_AuthenticateResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AuthServiceHandlers extends grpc.UntypedServiceImplementation {
  Authenticate: grpc.handleUnaryCall<_proto_rpc_v1_AuthenticateRequest__Output, _proto_rpc_v1_AuthenticateResponse>;
  
}

export interface AuthServiceDefinition extends grpc.ServiceDefinition {
  Authenticate: MethodDefinition<_proto_rpc_v1_AuthenticateRequest, _proto_rpc_v1_AuthenticateResponse, _proto_rpc_v1_AuthenticateRequest__Output, _proto_rpc_v1_AuthenticateResponse__Output>
}
