// Original file: proto/app/v1/robot.proto

import type { LocationSecret as _viam_app_v1_LocationSecret, LocationSecret__Output as _viam_app_v1_LocationSecret__Output } from '../../../viam/app/v1/LocationSecret';

export interface CloudConfig {
  'id'?: (string);
  'fqdn'?: (string);
  'local_fqdn'?: (string);
  'managed_by'?: (string);
  'signaling_address'?: (string);
  'signaling_insecure'?: (boolean);
  'location_secret'?: (string);
  'secret'?: (string);
  'location_secrets'?: (_viam_app_v1_LocationSecret)[];
  'primary_org_id'?: (string);
  'location_id'?: (string);
  'machine_id'?: (string);
}

export interface CloudConfig__Output {
  'id': (string);
  'fqdn': (string);
  'local_fqdn': (string);
  'managed_by': (string);
  'signaling_address': (string);
  'signaling_insecure': (boolean);
  'location_secret': (string);
  'secret': (string);
  'location_secrets': (_viam_app_v1_LocationSecret__Output)[];
  'primary_org_id': (string);
  'location_id': (string);
  'machine_id': (string);
}
