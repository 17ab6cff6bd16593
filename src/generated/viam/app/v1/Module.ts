// Original file: proto/app/v1/app.proto

import type { Visibility as _viam_app_v1_Visibility, Visibility__Output as _viam_app_v1_Visibility__Output } from '../../../viam/app/v1/Visibility';
import type { VersionHistory as _viam_app_v1_VersionHistory, VersionHistory__Output as _viam_app_v1_VersionHistory__Output } from '../../../viam/app/v1/VersionHistory';
import type { Model as _viam_app_v1_Model, Model__Output as _viam_app_v1_Model__Output } from '../../../viam/app/v1/Model';
import type { App as _viam_app_v1_App, App__Output as _viam_app_v1_App__Output } from '../../../viam/app/v1/App';
import type { Long } from '@grpc/proto-loader';

export interface Module {
  'module_id'?: (string);
  'name'?: (string);
  'visibility'?: (_viam_app_v1_Visibility);
  'versions'?: (_viam_app_v1_VersionHistory)[];
  'url'?: (string);
  'description'?: (string);
  'models'?: (_viam_app_v1_Model)[];
  'total_robot_usage'?: (number | string | Long);
  'total_organization_usage'?: (number | string | Long);
  'organization_id'?: (string);
  'entrypoint'?: (string);
  'public_namespace'?: (string);
  'first_run'?: (string);
  'markdown_description'?: (string);
  'apps'?: (_viam_app_v1_App)[];
  '_first_run'?: "first_run";
  '_markdown_description'?: "markdown_description";
}

export interface Module__Output {
  'module_id': (string);
  'name': (string);
  'visibility': (_viam_app_v1_Visibility__Output);
  'versions': (_viam_app_v1_VersionHistory__Output)[];
  'url': (string);
  'description': (string);
  'models': (_viam_app_v1_Model__Output)[];
  'total_robot_usage': (number);
  'total_organization_usage': (number);
  'organization_id': (string);
  'entrypoint': (string);
  'public_namespace': (string);
  'first_run'?: (string);
  'markdown_description'?: (string);
  'apps': (_viam_app_v1_App__Output)[];
  '_first_run'?: "first_run";
  '_markdown_description'?: "markdown_description";
}
