// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { LocationAuth as _viam_app_v1_LocationAuth, LocationAuth__Output as _viam_app_v1_LocationAuth__Output } from '../../../viam/app/v1/LocationAuth';
import type { LocationOrganization as _viam_app_v1_LocationOrganization, LocationOrganization__Output as _viam_app_v1_LocationOrganization__Output } from '../../../viam/app/v1/LocationOrganization';
import type { StorageConfig as _viam_app_v1_StorageConfig, StorageConfig__Output as _viam_app_v1_StorageConfig__Output } from '../../../viam/app/v1/StorageConfig';
import type { OrganizationIdentity as _viam_app_v1_OrganizationIdentity, OrganizationIdentity__Output as _viam_app_v1_OrganizationIdentity__Output } from '../../../viam/app/v1/OrganizationIdentity';

export interface Location {
  'id'?: (string);
  'name'?: (string);
  'created_on'?: (_google_protobuf_Timestamp | null);
  'parent_location_id'?: (string);
  'auth'?: (_viam_app_v1_LocationAuth | null);
  'organizations'?: (_viam_app_v1_LocationOrganization)[];
  'robot_count'?: (number);
  'config'?: (_viam_app_v1_StorageConfig | null);
  'primary_org_identity'?: (_viam_app_v1_OrganizationIdentity | null);
  '_primary_org_identity'?: "primary_org_identity";
}

export interface Location__Output {
  'id': (string);
  'name': (string);
  'created_on': (_google_protobuf_Timestamp__Output | null);
  'parent_location_id': (string);
  'auth': (_viam_app_v1_LocationAuth__Output | null);
  'organizations': (_viam_app_v1_LocationOrganization__Output)[];
  'robot_count': (number);
  'config': (_viam_app_v1_StorageConfig__Output | null);
  'primary_org_identity'?: (_viam_app_v1_OrganizationIdentity__Output | null);
  '_primary_org_identity'?: "primary_org_identity";
}
