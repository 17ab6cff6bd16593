// Original file: proto/app/v1/app.proto

import type { MachinePickerCustomizations as _viam_app_v1_MachinePickerCustomizations, MachinePickerCustomizations__Output as _viam_app_v1_MachinePickerCustomizations__Output } from '../../../viam/app/v1/MachinePickerCustomizations';

export interface AppCustomizations {
  'machine_picker'?: (_viam_app_v1_MachinePickerCustomizations | null);
}

export interface AppCustomizations__Output {
  'machine_picker': (_viam_app_v1_MachinePickerCustomizations__Output | null);
}
