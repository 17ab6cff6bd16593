// Original file: proto/app/v1/app.proto


export interface Model {
  'api'?: (string);
  'model'?: (string);
  'markdown_documentation'?: (string);
  'description'?: (string);
  'supported_hardware'?: (string)[];
  '_markdown_documentation'?: "markdown_documentation";
  '_description'?: "description";
}

export interface Model__Output {
  'api': (string);
  'model': (string);
  'markdown_documentation'?: (string);
  'description'?: (string);
  'supported_hardware': (string)[];
  '_markdown_documentation'?: "markdown_documentation";
  '_description'?: "description";
}
