// Original file: proto/app/v1/app.proto

import type { ModuleFileInfo as _viam_app_v1_ModuleFileInfo, ModuleFileInfo__Output as _viam_app_v1_ModuleFileInfo__Output } from '../../../viam/app/v1/ModuleFileInfo';

export interface UploadModuleFileRequest {
  'module_file_info'?: (_viam_app_v1_ModuleFileInfo | null);
  'file'?: (Buffer | Uint8Array | string);
  'module_file'?: "module_file_info"|"file";
}

export interface UploadModuleFileRequest__Output {
  'module_file_info'?: (_viam_app_v1_ModuleFileInfo__Output | null);
  'file'?: (Buffer);
  'module_file'?: "module_file_info"|"file";
}
