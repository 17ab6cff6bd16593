// Original file: proto/app/v1/robot.proto


export interface AgentInfo {
  'host'?: (string);
  'os'?: (string);
  'ips'?: (string)[];
  'version'?: (string);
  'git_revision'?: (string);
  'platform'?: (string);
  'platform_tags'?: (string)[];
  '_platform'?: "platform";
}

export interface AgentInfo__Output {
  'host': (string);
  'os': (string);
  'ips': (string)[];
  'version': (string);
  'git_revision': (string);
  'platform'?: (string);
  'platform_tags': (string)[];
  '_platform'?: "platform";
}
