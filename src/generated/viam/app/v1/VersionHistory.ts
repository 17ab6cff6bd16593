// Original file: proto/app/v1/app.proto

import type { Uploads as _viam_app_v1_Uploads, Uploads__Output as _viam_app_v1_Uploads__Output } from '../../../viam/app/v1/Uploads';
import type { Model as _viam_app_v1_Model, Model__Output as _viam_app_v1_Model__Output } from '../../../viam/app/v1/Model';
import type { App as _viam_app_v1_App, App__Output as _viam_app_v1_App__Output } from '../../../viam/app/v1/App';

export interface VersionHistory {
  'version'?: (string);
  'files'?: (_viam_app_v1_Uploads)[];
  'models'?: (_viam_app_v1_Model)[];
  'entrypoint'?: (string);
  'first_run'?: (string);
  'markdown_description'?: (string);
  'apps'?: (_viam_app_v1_App)[];
  '_first_run'?: "first_run";
  '_markdown_description'?: "markdown_description";
}

export interface VersionHistory__Output {
  'version': (string);
  'files': (_viam_app_v1_Uploads__Output)[];
  'models': (_viam_app_v1_Model__Output)[];
  'entrypoint': (string);
  'first_run'?: (string);
  'markdown_description'?: (string);
  'apps': (_viam_app_v1_App__Output)[];
  '_first_run'?: "first_run";
  '_markdown_description'?: "markdown_description";
}
