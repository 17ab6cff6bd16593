// Original file: proto/app/v1/robot.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ConfigRequest as _viam_app_v1_ConfigRequest, ConfigRequest__Output as _viam_app_v1_ConfigRequest__Output } from '../../../viam/app/v1/ConfigRequest';
import type { ConfigResponse as _viam_app_v1_ConfigResponse, ConfigResponse__Output as _viam_app_v1_ConfigResponse__Output } from '../../../viam/app/v1/ConfigResponse';
import type { LogRequest as _viam_app_v1_LogRequest, LogRequest__Output as _viam_app_v1_LogRequest__Output } from '../../../viam/app/v1/LogRequest';
import type { LogResponse as _viam_app_v1_LogResponse, LogResponse__Output as _viam_app_v1_LogResponse__Output } from '../../../viam/app/v1/LogResponse';
import type { NeedsRestartRequest as _viam_app_v1_NeedsRestartRequest, NeedsRestartRequest__Output as _viam_app_v1_NeedsRestartRequest__Output } from '../../../viam/app/v1/NeedsRestartRequest';
import type { NeedsRestartResponse as _viam_app_v1_NeedsRestartResponse, NeedsRestartResponse__Output as _viam_app_v1_NeedsRestartResponse__Output } from '../../../viam/app/v1/NeedsRestartResponse';

export interface RobotServiceClient extends grpc.Client {
  Config(argument: _viam_app_v1_ConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ConfigResponse__Output>): grpc.ClientUnaryCall;
  Config(argument: _viam_app_v1_ConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ConfigResponse__Output>): grpc.ClientUnaryCall;
  Config(argument: _viam_app_v1_ConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ConfigResponse__Output>): grpc.ClientUnaryCall;
  Config(argument: _viam_app_v1_ConfigRequest, callback: grpc.requestCallback<_viam_app_v1_ConfigResponse__Output>): grpc.ClientUnaryCall;
  config(argument: _viam_app_v1_ConfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ConfigResponse__Output>): grpc.ClientUnaryCall;
  config(argument: _viam_app_v1_ConfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ConfigResponse__Output>): grpc.ClientUnaryCall;
  config(argument: _viam_app_v1_ConfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ConfigResponse__Output>): grpc.ClientUnaryCall;
  config(argument: _viam_app_v1_ConfigRequest, callback: grpc.requestCallback<_viam_app_v1_ConfigResponse__Output>): grpc.ClientUnaryCall;
  
  Log(argument: _viam_app_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  Log(argument: _viam_app_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  Log(argument: _viam_app_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  Log(argument: _viam_app_v1_LogRequest, callback: grpc.requestCallback<_viam_app_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  log(argument: _viam_app_v1_LogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  log(argument: _viam_app_v1_LogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  log(argument: _viam_app_v1_LogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  log(argument: _viam_app_v1_LogRequest, callback: grpc.requestCallback<_viam_app_v1_LogResponse__Output>): grpc.ClientUnaryCall;
  
  NeedsRestart(argument: _viam_app_v1_NeedsRestartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NeedsRestartResponse__Output>): grpc.ClientUnaryCall;
  NeedsRestart(argument: _viam_app_v1_NeedsRestartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_NeedsRestartResponse__Output>): grpc.ClientUnaryCall;
  NeedsRestart(argument: _viam_app_v1_NeedsRestartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NeedsRestartResponse__Output>): grpc.ClientUnaryCall;
  NeedsRestart(argument: _viam_app_v1_NeedsRestartRequest, callback: grpc.requestCallback<_viam_app_v1_NeedsRestartResponse__Output>): grpc.ClientUnaryCall;
  needsRestart(argument: _viam_app_v1_NeedsRestartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NeedsRestartResponse__Output>): grpc.ClientUnaryCall;
  needsRestart(argument: _viam_app_v1_NeedsRestartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_NeedsRestartResponse__Output>): grpc.ClientUnaryCall;
  needsRestart(argument: _viam_app_v1_NeedsRestartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NeedsRestartResponse__Output>): grpc.ClientUnaryCall;
  needsRestart(argument: _viam_app_v1_NeedsRestartRequest, callback: grpc.requestCallback<_viam_app_v1_NeedsRestartResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface RobotServiceHandlers extends grpc.UntypedServiceImplementation {
  Config: grpc.handleUnaryCall<_viam_app_v1_ConfigRequest__Output, _viam_app_v1_ConfigResponse>;
  
  Log: grpc.handleUnaryCall<_viam_app_v1_LogRequest__Output, _viam_app_v1_LogResponse>;
  
  NeedsRestart: grpc.handleUnaryCall<_viam_app_v1_NeedsRestartRequest__Output, _viam_app_v1_NeedsRestartResponse>;
  
}

export interface RobotServiceDefinition extends grpc.ServiceDefinition {
  Config: MethodDefinition<_viam_app_v1_ConfigRequest, _viam_app_v1_ConfigResponse, _viam_app_v1_ConfigRequest__Output, _viam_app_v1_ConfigResponse__Output>
  Log: MethodDefinition<_viam_app_v1_LogRequest, _viam_app_v1_LogResponse, _viam_app_v1_LogRequest__Output, _viam_app_v1_LogResponse__Output>
  NeedsRestart: MethodDefinition<_viam_app_v1_NeedsRestartRequest, _viam_app_v1_NeedsRestartResponse, _viam_app_v1_NeedsRestartRequest__Output, _viam_app_v1_NeedsRestartResponse__Output>
}
