// Original file: proto/app/v1/app.proto

import type { AppCustomizations as _viam_app_v1_AppCustomizations, AppCustomizations__Output as _viam_app_v1_AppCustomizations__Output } from '../../../viam/app/v1/AppCustomizations';

export interface App {
  'name'?: (string);
  'type'?: (string);
  'entrypoint'?: (string);
  'fragment_ids'?: (string)[];
  'logo_path'?: (string);
  'customizations'?: (_viam_app_v1_AppCustomizations | null);
  '_logo_path'?: "logo_path";
}

export interface App__Output {
  'name': (string);
  'type': (string);
  'entrypoint': (string);
  'fragment_ids': (string)[];
  'logo_path'?: (string);
  'customizations': (_viam_app_v1_AppCustomizations__Output | null);
  '_logo_path'?: "logo_path";
}
