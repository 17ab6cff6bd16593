// Original file: proto/app/v1/app.proto

import type { Authorization as _viam_app_v1_Authorization, Authorization__Output as _viam_app_v1_Authorization__Output } from '../../../viam/app/v1/Authorization';

export interface UpdateOrganizationInviteAuthorizationsRequest {
  'organization_id'?: (string);
  'email'?: (string);
  'add_authorizations'?: (_viam_app_v1_Authorization)[];
  'remove_authorizations'?: (_viam_app_v1_Authorization)[];
}

export interface UpdateOrganizationInviteAuthorizationsRequest__Output {
  'organization_id': (string);
  'email': (string);
  'add_authorizations': (_viam_app_v1_Authorization__Output)[];
  'remove_authorizations': (_viam_app_v1_Authorization__Output)[];
}
