// Original file: proto/app/v1/app.proto

import type { FragmentHistoryEntry as _viam_app_v1_FragmentHistoryEntry, FragmentHistoryEntry__Output as _viam_app_v1_FragmentHistoryEntry__Output } from '../../../viam/app/v1/FragmentHistoryEntry';

export interface GetFragmentHistoryResponse {
  'history'?: (_viam_app_v1_FragmentHistoryEntry)[];
  'next_page_token'?: (string);
}

export interface GetFragmentHistoryResponse__Output {
  'history': (_viam_app_v1_FragmentHistoryEntry__Output)[];
  'next_page_token': (string);
}
