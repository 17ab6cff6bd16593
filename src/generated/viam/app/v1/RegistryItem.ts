// Original file: proto/app/v1/app.proto

import type { PackageType as _viam_app_packages_v1_PackageType, PackageType__Output as _viam_app_packages_v1_PackageType__Output } from '../../../viam/app/packages/v1/PackageType';
import type { Visibility as _viam_app_v1_Visibility, Visibility__Output as _viam_app_v1_Visibility__Output } from '../../../viam/app/v1/Visibility';
import type { ModuleMetadata as _viam_app_v1_ModuleMetadata, ModuleMetadata__Output as _viam_app_v1_ModuleMetadata__Output } from '../../../viam/app/v1/ModuleMetadata';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface RegistryItem {
  'item_id'?: (string);
  'organization_id'?: (string);
  'public_namespace'?: (string);
  'name'?: (string);
  'type'?: (_viam_app_packages_v1_PackageType);
  'visibility'?: (_viam_app_v1_Visibility);
  'url'?: (string);
  'description'?: (string);
  'total_robot_usage'?: (number | string | Long);
  'total_organization_usage'?: (number | string | Long);
  'module_metadata'?: (_viam_app_v1_ModuleMetadata | null);
  'created_at'?: (_google_protobuf_Timestamp | null);
  'updated_at'?: (_google_protobuf_Timestamp | null);
  'metadata'?: "module_metadata";
}

export interface RegistryItem__Output {
  'item_id': (string);
  'organization_id': (string);
  'public_namespace': (string);
  'name': (string);
  'type': (_viam_app_packages_v1_PackageType__Output);
  'visibility': (_viam_app_v1_Visibility__Output);
  'url': (string);
  'description': (string);
  'total_robot_usage': (number);
  'total_organization_usage': (number);
  'module_metadata'?: (_viam_app_v1_ModuleMetadata__Output | null);
  'created_at': (_google_protobuf_Timestamp__Output | null);
  'updated_at': (_google_protobuf_Timestamp__Output | null);
  'metadata'?: "module_metadata";
}
