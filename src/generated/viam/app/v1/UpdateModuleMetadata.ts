// Original file: proto/app/v1/app.proto

import type { Model as _viam_app_v1_Model, Model__Output as _viam_app_v1_Model__Output } from '../../../viam/app/v1/Model';

export interface UpdateModuleMetadata {
  'models'?: (_viam_app_v1_Model)[];
  'entrypoint'?: (string);
}

export interface UpdateModuleMetadata__Output {
  'models': (_viam_app_v1_Model__Output)[];
  'entrypoint': (string);
}
