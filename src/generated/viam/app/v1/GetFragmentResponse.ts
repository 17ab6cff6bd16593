// Original file: proto/app/v1/app.proto

import type { Fragment as _viam_app_v1_Fragment, Fragment__Output as _viam_app_v1_Fragment__Output } from '../../../viam/app/v1/Fragment';
import type { FragmentUsage as _viam_app_v1_FragmentUsage, FragmentUsage__Output as _viam_app_v1_FragmentUsage__Output } from '../../../viam/app/v1/FragmentUsage';
import type { FragmentRevision as _viam_app_v1_FragmentRevision, FragmentRevision__Output as _viam_app_v1_FragmentRevision__Output } from '../../../viam/app/v1/FragmentRevision';
import type { FragmentTag as _viam_app_v1_FragmentTag, FragmentTag__Output as _viam_app_v1_FragmentTag__Output } from '../../../viam/app/v1/FragmentTag';

export interface GetFragmentResponse {
  'fragment'?: (_viam_app_v1_Fragment | null);
  'fragment_usage'?: (_viam_app_v1_FragmentUsage | null);
  'revisions'?: (_viam_app_v1_FragmentRevision)[];
  'tags'?: (_viam_app_v1_FragmentTag)[];
}

export interface GetFragmentResponse__Output {
  'fragment': (_viam_app_v1_Fragment__Output | null);
  'fragment_usage': (_viam_app_v1_FragmentUsage__Output | null);
  'revisions': (_viam_app_v1_FragmentRevision__Output)[];
  'tags': (_viam_app_v1_FragmentTag__Output)[];
}
