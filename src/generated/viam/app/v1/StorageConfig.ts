// Original file: proto/app/v1/app.proto


export interface StorageConfig {
  'region'?: (string);
}

export interface StorageConfig__Output {
  'region': (string);
}
