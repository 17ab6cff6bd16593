// Original file: proto/app/v1/app.proto

import type { Fragment as _viam_app_v1_Fragment, Fragment__Output as _viam_app_v1_Fragment__Output } from '../../../viam/app/v1/Fragment';

export interface UpdateFragmentResponse {
  'fragment'?: (_viam_app_v1_Fragment | null);
}

export interface UpdateFragmentResponse__Output {
  'fragment': (_viam_app_v1_Fragment__Output | null);
}
