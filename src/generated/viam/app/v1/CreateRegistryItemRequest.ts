// Original file: proto/app/v1/app.proto

import type { PackageType as _viam_app_packages_v1_PackageType, PackageType__Output as _viam_app_packages_v1_PackageType__Output } from '../../../viam/app/packages/v1/PackageType';

export interface CreateRegistryItemRequest {
  'organization_id'?: (string);
  'name'?: (string);
  'type'?: (_viam_app_packages_v1_PackageType);
}

export interface CreateRegistryItemRequest__Output {
  'organization_id': (string);
  'name': (string);
  'type': (_viam_app_packages_v1_PackageType__Output);
}
