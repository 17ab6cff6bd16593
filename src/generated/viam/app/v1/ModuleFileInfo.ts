// Original file: proto/app/v1/app.proto


export interface ModuleFileInfo {
  'module_id'?: (string);
  'version'?: (string);
  'platform'?: (string);
  'platform_tags'?: (string)[];
}

export interface ModuleFileInfo__Output {
  'module_id': (string);
  'version': (string);
  'platform': (string);
  'platform_tags': (string)[];
}
