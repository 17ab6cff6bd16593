// Original file: proto/app/v1/app.proto

import type { Fragment as _viam_app_v1_Fragment, Fragment__Output as _viam_app_v1_Fragment__Output } from '../../../viam/app/v1/Fragment';
import type { FragmentUsage as _viam_app_v1_FragmentUsage, FragmentUsage__Output as _viam_app_v1_FragmentUsage__Output } from '../../../viam/app/v1/FragmentUsage';

export interface ListFragmentsResponse {
  'fragments'?: (_viam_app_v1_Fragment)[];
  'fragment_usages'?: (_viam_app_v1_FragmentUsage)[];
}

export interface ListFragmentsResponse__Output {
  'fragments': (_viam_app_v1_Fragment__Output)[];
  'fragment_usages': (_viam_app_v1_FragmentUsage__Output)[];
}
