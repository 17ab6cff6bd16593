// Original file: proto/app/v1/app.proto


export interface ViamAgentVersion {
  'major'?: (string);
  'minor'?: (string);
  'version'?: "major"|"minor";
}

export interface ViamAgentVersion__Output {
  'major'?: (string);
  'minor'?: (string);
  'version'?: "major"|"minor";
}
