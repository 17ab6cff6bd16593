// Original file: proto/app/v1/app.proto

import type { RegistryItem as _viam_app_v1_RegistryItem, RegistryItem__Output as _viam_app_v1_RegistryItem__Output } from '../../../viam/app/v1/RegistryItem';

export interface GetRegistryItemResponse {
  'item'?: (_viam_app_v1_RegistryItem | null);
}

export interface GetRegistryItemResponse__Output {
  'item': (_viam_app_v1_RegistryItem__Output | null);
}
