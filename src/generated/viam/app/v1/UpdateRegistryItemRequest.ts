// Original file: proto/app/v1/app.proto

import type { PackageType as _viam_app_packages_v1_PackageType, PackageType__Output as _viam_app_packages_v1_PackageType__Output } from '../../../viam/app/packages/v1/PackageType';
import type { Visibility as _viam_app_v1_Visibility, Visibility__Output as _viam_app_v1_Visibility__Output } from '../../../viam/app/v1/Visibility';
import type { UpdateModuleMetadata as _viam_app_v1_UpdateModuleMetadata, UpdateModuleMetadata__Output as _viam_app_v1_UpdateModuleMetadata__Output } from '../../../viam/app/v1/UpdateModuleMetadata';

export interface UpdateRegistryItemRequest {
  'item_id'?: (string);
  'type'?: (_viam_app_packages_v1_PackageType);
  'description'?: (string);
  'visibility'?: (_viam_app_v1_Visibility);
  'url'?: (string);
  'update_module_metadata'?: (_viam_app_v1_UpdateModuleMetadata | null);
  '_url'?: "url";
  'metadata'?: "update_module_metadata";
}

export interface UpdateRegistryItemRequest__Output {
  'item_id': (string);
  'type': (_viam_app_packages_v1_PackageType__Output);
  'description': (string);
  'visibility': (_viam_app_v1_Visibility__Output);
  'url'?: (string);
  'update_module_metadata'?: (_viam_app_v1_UpdateModuleMetadata__Output | null);
  '_url'?: "url";
  'metadata'?: "update_module_metadata";
}
