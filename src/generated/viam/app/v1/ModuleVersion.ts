// Original file: proto/app/v1/app.proto

import type { Uploads as _viam_app_v1_Uploads, Uploads__Output as _viam_app_v1_Uploads__Output } from '../../../viam/app/v1/Uploads';
import type { Model as _viam_app_v1_Model, Model__Output as _viam_app_v1_Model__Output } from '../../../viam/app/v1/Model';

export interface ModuleVersion {
  'version'?: (string);
  'files'?: (_viam_app_v1_Uploads)[];
  'models'?: (_viam_app_v1_Model)[];
  'entrypoint'?: (string);
}

export interface ModuleVersion__Output {
  'version': (string);
  'files': (_viam_app_v1_Uploads__Output)[];
  'models': (_viam_app_v1_Model__Output)[];
  'entrypoint': (string);
}
