// Original file: proto/app/v1/app.proto

import type { Module as _viam_app_v1_Module, Module__Output as _viam_app_v1_Module__Output } from '../../../viam/app/v1/Module';

export interface ListModulesResponse {
  'modules'?: (_viam_app_v1_Module)[];
}

export interface ListModulesResponse__Output {
  'modules': (_viam_app_v1_Module__Output)[];
}
