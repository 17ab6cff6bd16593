// Original file: proto/app/v1/robot.proto

import type { CloudConfig as _viam_app_v1_CloudConfig, CloudConfig__Output as _viam_app_v1_CloudConfig__Output } from '../../../viam/app/v1/CloudConfig';
import type { ComponentConfig as _viam_app_v1_ComponentConfig, ComponentConfig__Output as _viam_app_v1_ComponentConfig__Output } from '../../../viam/app/v1/ComponentConfig';
import type { ServiceConfig as _viam_app_v1_ServiceConfig, ServiceConfig__Output as _viam_app_v1_ServiceConfig__Output } from '../../../viam/app/v1/ServiceConfig';
import type { ModuleConfig as _viam_app_v1_ModuleConfig, ModuleConfig__Output as _viam_app_v1_ModuleConfig__Output } from '../../../viam/app/v1/ModuleConfig';

export interface RobotConfig {
  'cloud'?: (_viam_app_v1_CloudConfig | null);
  'components'?: (_viam_app_v1_ComponentConfig)[];
  'services'?: (_viam_app_v1_ServiceConfig)[];
  'debug'?: (boolean);
  'modules'?: (_viam_app_v1_ModuleConfig)[];
  'revision'?: (string);
  '_debug'?: "debug";
}

export interface RobotConfig__Output {
  'cloud': (_viam_app_v1_CloudConfig__Output | null);
  'components': (_viam_app_v1_ComponentConfig__Output)[];
  'services': (_viam_app_v1_ServiceConfig__Output)[];
  'debug'?: (boolean);
  'modules': (_viam_app_v1_ModuleConfig__Output)[];
  'revision': (string);
  '_debug'?: "debug";
}
