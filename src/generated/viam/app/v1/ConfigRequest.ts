// Original file: proto/app/v1/robot.proto

import type { AgentInfo as _viam_app_v1_AgentInfo, AgentInfo__Output as _viam_app_v1_AgentInfo__Output } from '../../../viam/app/v1/AgentInfo';

export interface ConfigRequest {
  'id'?: (string);
  'agent_info'?: (_viam_app_v1_AgentInfo | null);
  '_agent_info'?: "agent_info";
}

export interface ConfigRequest__Output {
  'id': (string);
  'agent_info'?: (_viam_app_v1_AgentInfo__Output | null);
  '_agent_info'?: "agent_info";
}
