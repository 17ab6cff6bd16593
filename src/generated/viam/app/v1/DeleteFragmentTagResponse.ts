// Original file: proto/app/v1/app.proto

import type { FragmentTag as _viam_app_v1_FragmentTag, FragmentTag__Output as _viam_app_v1_FragmentTag__Output } from '../../../viam/app/v1/FragmentTag';

export interface DeleteFragmentTagResponse {
  'tags'?: (_viam_app_v1_FragmentTag)[];
}

export interface DeleteFragmentTagResponse__Output {
  'tags': (_viam_app_v1_FragmentTag__Output)[];
}
