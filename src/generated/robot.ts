import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration';
import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value';
import type { AgentInfo as _viam_app_v1_AgentInfo, AgentInfo__Output as _viam_app_v1_AgentInfo__Output } from './viam/app/v1/AgentInfo';
import type { CloudConfig as _viam_app_v1_CloudConfig, CloudConfig__Output as _viam_app_v1_CloudConfig__Output } from './viam/app/v1/CloudConfig';
import type { ComponentConfig as _viam_app_v1_ComponentConfig, ComponentConfig__Output as _viam_app_v1_ComponentConfig__Output } from './viam/app/v1/ComponentConfig';
import type { ConfigRequest as _viam_app_v1_ConfigRequest, ConfigRequest__Output as _viam_app_v1_ConfigRequest__Output } from './viam/app/v1/ConfigRequest';
import type { ConfigResponse as _viam_app_v1_ConfigResponse, ConfigResponse__Output as _viam_app_v1_ConfigResponse__Output } from './viam/app/v1/ConfigResponse';
import type { LocationSecret as _viam_app_v1_LocationSecret, LocationSecret__Output as _viam_app_v1_LocationSecret__Output } from './viam/app/v1/LocationSecret';
import type { LogRequest as _viam_app_v1_LogRequest, LogRequest__Output as _viam_app_v1_LogRequest__Output } from './viam/app/v1/LogRequest';
import type { LogResponse as _viam_app_v1_LogResponse, LogResponse__Output as _viam_app_v1_LogResponse__Output } from './viam/app/v1/LogResponse';
import type { ModuleConfig as _viam_app_v1_ModuleConfig, ModuleConfig__Output as _viam_app_v1_ModuleConfig__Output } from './viam/app/v1/ModuleConfig';
import type { NeedsRestartRequest as _viam_app_v1_NeedsRestartRequest, NeedsRestartRequest__Output as _viam_app_v1_NeedsRestartRequest__Output } from './viam/app/v1/NeedsRestartRequest';
import type { NeedsRestartResponse as _viam_app_v1_NeedsRestartResponse, NeedsRestartResponse__Output as _viam_app_v1_NeedsRestartResponse__Output } from './viam/app/v1/NeedsRestartResponse';
import type { RobotConfig as _viam_app_v1_RobotConfig, RobotConfig__Output as _viam_app_v1_RobotConfig__Output } from './viam/app/v1/RobotConfig';
import type { RobotServiceClient as _viam_app_v1_RobotServiceClient, RobotServiceDefinition as _viam_app_v1_RobotServiceDefinition } from './viam/app/v1/RobotService';
import type { ServiceConfig as _viam_app_v1_ServiceConfig, ServiceConfig__Output as _viam_app_v1_ServiceConfig__Output } from './viam/app/v1/ServiceConfig';
import type { LogEntry as _viam_common_v1_LogEntry, LogEntry__Output as _viam_common_v1_LogEntry__Output } from './viam/common/v1/LogEntry';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>
      ListValue: MessageTypeDefinition<_google_protobuf_ListValue, _google_protobuf_ListValue__Output>
      NullValue: EnumTypeDefinition
      Struct: MessageTypeDefinition<_google_protobuf_Struct, _google_protobuf_Struct__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
      Value: MessageTypeDefinition<_google_protobuf_Value, _google_protobuf_Value__Output>
    }
  }
  viam: {
    app: {
      v1: {
        AgentInfo: MessageTypeDefinition<_viam_app_v1_AgentInfo, _viam_app_v1_AgentInfo__Output>
        CloudConfig: MessageTypeDefinition<_viam_app_v1_CloudConfig, _viam_app_v1_CloudConfig__Output>
        ComponentConfig: MessageTypeDefinition<_viam_app_v1_ComponentConfig, _viam_app_v1_ComponentConfig__Output>
        ConfigRequest: MessageTypeDefinition<_viam_app_v1_ConfigRequest, _viam_app_v1_ConfigRequest__Output>
        ConfigResponse: MessageTypeDefinition<_viam_app_v1_ConfigResponse, _viam_app_v1_ConfigResponse__Output>
        LocationSecret: MessageTypeDefinition<_viam_app_v1_LocationSecret, _viam_app_v1_LocationSecret__Output>
        LogRequest: MessageTypeDefinition<_viam_app_v1_LogRequest, _viam_app_v1_LogRequest__Output>
        LogResponse: MessageTypeDefinition<_viam_app_v1_LogResponse, _viam_app_v1_LogResponse__Output>
        ModuleConfig: MessageTypeDefinition<_viam_app_v1_ModuleConfig, _viam_app_v1_ModuleConfig__Output>
        NeedsRestartRequest: MessageTypeDefinition<_viam_app_v1_NeedsRestartRequest, _viam_app_v1_NeedsRestartRequest__Output>
        NeedsRestartResponse: MessageTypeDefinition<_viam_app_v1_NeedsRestartResponse, _viam_app_v1_NeedsRestartResponse__Output>
        RobotConfig: MessageTypeDefinition<_viam_app_v1_RobotConfig, _viam_app_v1_RobotConfig__Output>
        RobotService: SubtypeConstructor<typeof grpc.Client, _viam_app_v1_RobotServiceClient> & { service: _viam_app_v1_RobotServiceDefinition }
        ServiceConfig: MessageTypeDefinition<_viam_app_v1_ServiceConfig, _viam_app_v1_ServiceConfig__Output>
      }
    }
    common: {
      v1: {
        LogEntry: MessageTypeDefinition<_viam_common_v1_LogEntry, _viam_common_v1_LogEntry__Output>
      }
    }
  }
}

