// Original file: proto/app/v1/app.proto

import type { Model as _viam_app_v1_Model, Model__Output as _viam_app_v1_Model__Output } from '../../../viam/app/v1/Model';
import type { ModuleVersion as _viam_app_v1_ModuleVersion, ModuleVersion__Output as _viam_app_v1_ModuleVersion__Output } from '../../../viam/app/v1/ModuleVersion';

export interface ModuleMetadata {
  'models'?: (_viam_app_v1_Model)[];
  'versions'?: (_viam_app_v1_ModuleVersion)[];
  'entrypoint'?: (string);
}

export interface ModuleMetadata__Output {
  'models': (_viam_app_v1_Model__Output)[];
  'versions': (_viam_app_v1_ModuleVersion__Output)[];
  'entrypoint': (string);
}
