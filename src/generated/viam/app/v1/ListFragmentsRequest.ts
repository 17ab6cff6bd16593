// Original file: proto/app/v1/app.proto

import type { FragmentVisibility as _viam_app_v1_FragmentVisibility, FragmentVisibility__Output as _viam_app_v1_FragmentVisibility__Output } from '../../../viam/app/v1/FragmentVisibility';

export interface ListFragmentsRequest {
  'organization_id'?: (string);
  'show_public'?: (boolean);
  'fragment_visibility'?: (_viam_app_v1_FragmentVisibility)[];
}

export interface ListFragmentsRequest__Output {
  'organization_id': (string);
  'show_public': (boolean);
  'fragment_visibility': (_viam_app_v1_FragmentVisibility__Output)[];
}
