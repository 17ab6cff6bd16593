// Original file: proto/app/v1/app.proto


export interface ViamServerVersion {
  'major'?: (string);
  'minor'?: (string);
  'version'?: "major"|"minor";
}

export interface ViamServerVersion__Output {
  'major'?: (string);
  'minor'?: (string);
  'version'?: "major"|"minor";
}
