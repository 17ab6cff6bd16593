// Original file: proto/app/v1/app.proto

import type { FragmentUsage as _viam_app_v1_FragmentUsage, FragmentUsage__Output as _viam_app_v1_FragmentUsage__Output } from '../../../viam/app/v1/FragmentUsage';

export interface GetFragmentUsageResponse {
  'version_usages'?: (_viam_app_v1_FragmentUsage)[];
}

export interface GetFragmentUsageResponse__Output {
  'version_usages': (_viam_app_v1_FragmentUsage__Output)[];
}
