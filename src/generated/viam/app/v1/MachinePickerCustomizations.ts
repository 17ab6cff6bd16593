// Original file: proto/app/v1/app.proto


export interface MachinePickerCustomizations {
  'heading'?: (string);
  'subheading'?: (string);
  '_heading'?: "heading";
  '_subheading'?: "subheading";
}

export interface MachinePickerCustomizations__Output {
  'heading'?: (string);
  'subheading'?: (string);
  '_heading'?: "heading";
  '_subheading'?: "subheading";
}
