// Original file: proto/app/v1/app.proto

import type { Module as _viam_app_v1_Module, Module__Output as _viam_app_v1_Module__Output } from '../../../viam/app/v1/Module';

export interface GetModuleResponse {
  'module'?: (_viam_app_v1_Module | null);
}

export interface GetModuleResponse__Output {
  'module': (_viam_app_v1_Module__Output | null);
}
