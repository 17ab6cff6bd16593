// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { ViamServerVersion as _viam_app_v1_ViamServerVersion, ViamServerVersion__Output as _viam_app_v1_ViamServerVersion__Output } from '../../../viam/app/v1/ViamServerVersion';
import type { ViamAgentVersion as _viam_app_v1_ViamAgentVersion, ViamAgentVersion__Output as _viam_app_v1_ViamAgentVersion__Output } from '../../../viam/app/v1/ViamAgentVersion';
import type { FragmentSummary as _viam_app_v1_FragmentSummary, FragmentSummary__Output as _viam_app_v1_FragmentSummary__Output } from '../../../viam/app/v1/FragmentSummary';
import type { OnlineState as _viam_app_v1_OnlineState, OnlineState__Output as _viam_app_v1_OnlineState__Output } from '../../../viam/app/v1/OnlineState';
import type { Long } from '@grpc/proto-loader';

export interface PartSummary {
  'part_id'?: (string);
  'part_name'?: (string);
  'last_online'?: (_google_protobuf_Timestamp | null);
  'viam_server_version'?: (_viam_app_v1_ViamServerVersion | null);
  'viam_agent_version'?: (_viam_app_v1_ViamAgentVersion | null);
  'os'?: (string);
  'platform'?: (string);
  'public_ip_address'?: (string);
  'fragments'?: (_viam_app_v1_FragmentSummary)[];
  'dns_name'?: (string);
  'is_main_part'?: (boolean);
  'online_state'?: (_viam_app_v1_OnlineState);
  'seconds_since_online'?: (number | string | Long);
  'last_access'?: (_google_protobuf_Timestamp | null);
  '_last_access'?: "last_access";
  '_last_online'?: "last_online";
  '_viam_server_version'?: "viam_server_version";
  '_viam_agent_version'?: "viam_agent_version";
  '_os'?: "os";
  '_platform'?: "platform";
  '_public_ip_address'?: "public_ip_address";
  '_dns_name'?: "dns_name";
}

export interface PartSummary__Output {
  'part_id': (string);
  'part_name': (string);
  'last_online'?: (_google_protobuf_Timestamp__Output | null);
  'viam_server_version'?: (_viam_app_v1_ViamServerVersion__Output | null);
  'viam_agent_version'?: (_viam_app_v1_ViamAgentVersion__Output | null);
  'os'?: (string);
  'platform'?: (string);
  'public_ip_address'?: (string);
  'fragments': (_viam_app_v1_FragmentSummary__Output)[];
  'dns_name'?: (string);
  'is_main_part': (boolean);
  'online_state': (_viam_app_v1_OnlineState__Output);
  'seconds_since_online': (number);
  'last_access'?: (_google_protobuf_Timestamp__Output | null);
  '_last_access'?: "last_access";
  '_last_online'?: "last_online";
  '_viam_server_version'?: "viam_server_version";
  '_viam_agent_version'?: "viam_agent_version";
  '_os'?: "os";
  '_platform'?: "platform";
  '_public_ip_address'?: "public_ip_address";
  '_dns_name'?: "dns_name";
}
