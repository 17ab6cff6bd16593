// Original file: proto/proto/rpc/v1/auth.proto

import type { Credentials as _proto_rpc_v1_Credentials, Credentials__Output as _proto_rpc_v1_Credentials__Output } from '../../../proto/rpc/v1/Credentials';

export interface AuthenticateRequest {
  'entity'?: (string);
  'credentials'?: (_proto_rpc_v1_Credentials | null);
}

export interface AuthenticateRequest__Output {
  'entity': (string);
  'credentials': (_proto_rpc_v1_Credentials__Output | null);
}
