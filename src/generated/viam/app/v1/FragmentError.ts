// Original file: proto/app/v1/app.proto

import type { FragmentErrorType as _viam_app_v1_FragmentErrorType, FragmentErrorType__Output as _viam_app_v1_FragmentErrorType__Output } from '../../../viam/app/v1/FragmentErrorType';

export interface FragmentError {
  'error_type'?: (_viam_app_v1_FragmentErrorType);
  'fragment_id'?: (string);
  'detail'?: (string);
}

export interface FragmentError__Output {
  'error_type': (_viam_app_v1_FragmentErrorType__Output);
  'fragment_id': (string);
  'detail': (string);
}
