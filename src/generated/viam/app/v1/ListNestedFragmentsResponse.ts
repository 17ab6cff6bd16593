// Original file: proto/app/v1/app.proto

import type { Fragment as _viam_app_v1_Fragment, Fragment__Output as _viam_app_v1_Fragment__Output } from '../../../viam/app/v1/Fragment';
import type { ResolvedFragment as _viam_app_v1_ResolvedFragment, ResolvedFragment__Output as _viam_app_v1_ResolvedFragment__Output } from '../../../viam/app/v1/ResolvedFragment';

export interface ListNestedFragmentsResponse {
  'fragments'?: (_viam_app_v1_Fragment)[];
  'resolved_fragments'?: (_viam_app_v1_ResolvedFragment)[];
}

export interface ListNestedFragmentsResponse__Output {
  'fragments': (_viam_app_v1_Fragment__Output)[];
  'resolved_fragments': (_viam_app_v1_ResolvedFragment__Output)[];
}
