// Original file: proto/app/v1/robot.proto


export interface ModuleConfig {
  'name'?: (string);
  'path'?: (string);
  'log_level'?: (string);
  'type'?: (string);
  'module_id'?: (string);
  'env'?: ({[key: string]: string});
}

export interface ModuleConfig__Output {
  'name': (string);
  'path': (string);
  'log_level': (string);
  'type': (string);
  'module_id': (string);
  'env': ({[key: string]: string});
}
