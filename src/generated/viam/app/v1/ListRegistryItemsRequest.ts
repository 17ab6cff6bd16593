// Original file: proto/app/v1/app.proto

import type { PackageType as _viam_app_packages_v1_PackageType, PackageType__Output as _viam_app_packages_v1_PackageType__Output } from '../../../viam/app/packages/v1/PackageType';
import type { Visibility as _viam_app_v1_Visibility, Visibility__Output as _viam_app_v1_Visibility__Output } from '../../../viam/app/v1/Visibility';

export interface ListRegistryItemsRequest {
  'organization_id'?: (string);
  'types'?: (_viam_app_packages_v1_PackageType)[];
  'visibilities'?: (_viam_app_v1_Visibility)[];
  'search_term'?: (string);
  'page_token'?: (string);
  'public_namespaces'?: (string)[];
  'include_markdown_documentation'?: (boolean);
  '_organization_id'?: "organization_id";
  '_search_term'?: "search_term";
  '_page_token'?: "page_token";
  '_include_markdown_documentation'?: "include_markdown_documentation";
}

export interface ListRegistryItemsRequest__Output {
  'organization_id'?: (string);
  'types': (_viam_app_packages_v1_PackageType__Output)[];
  'visibilities': (_viam_app_v1_Visibility__Output)[];
  'search_term'?: (string);
  'page_token'?: (string);
  'public_namespaces': (string)[];
  'include_markdown_documentation'?: (boolean);
  '_organization_id'?: "organization_id";
  '_search_term'?: "search_term";
  '_page_token'?: "page_token";
  '_include_markdown_documentation'?: "include_markdown_documentation";
}
