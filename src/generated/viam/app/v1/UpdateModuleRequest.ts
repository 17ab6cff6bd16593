// Original file: proto/app/v1/app.proto

import type { Visibility as _viam_app_v1_Visibility, Visibility__Output as _viam_app_v1_Visibility__Output } from '../../../viam/app/v1/Visibility';
import type { Model as _viam_app_v1_Model, Model__Output as _viam_app_v1_Model__Output } from '../../../viam/app/v1/Model';
import type { App as _viam_app_v1_App, App__Output as _viam_app_v1_App__Output } from '../../../viam/app/v1/App';

export interface UpdateModuleRequest {
  'module_id'?: (string);
  'visibility'?: (_viam_app_v1_Visibility);
  'url'?: (string);
  'description'?: (string);
  'models'?: (_viam_app_v1_Model)[];
  'entrypoint'?: (string);
  'first_run'?: (string);
  'apps'?: (_viam_app_v1_App)[];
  'markdown_description'?: (string);
  '_first_run'?: "first_run";
  '_markdown_description'?: "markdown_description";
}

export interface UpdateModuleRequest__Output {
  'module_id': (string);
  'visibility': (_viam_app_v1_Visibility__Output);
  'url': (string);
  'description': (string);
  'models': (_viam_app_v1_Model__Output)[];
  'entrypoint': (string);
  'first_run'?: (string);
  'apps': (_viam_app_v1_App__Output)[];
  'markdown_description'?: (string);
  '_first_run'?: "first_run";
  '_markdown_description'?: "markdown_description";
}
