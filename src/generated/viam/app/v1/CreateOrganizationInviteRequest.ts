// Original file: proto/app/v1/app.proto

import type { Authorization as _viam_app_v1_Authorization, Authorization__Output as _viam_app_v1_Authorization__Output } from '../../../viam/app/v1/Authorization';

export interface CreateOrganizationInviteRequest {
  'organization_id'?: (string);
  'email'?: (string);
  'authorizations'?: (_viam_app_v1_Authorization)[];
  'send_email_invite'?: (boolean);
  '_send_email_invite'?: "send_email_invite";
}

export interface CreateOrganizationInviteRequest__Output {
  'organization_id': (string);
  'email': (string);
  'authorizations': (_viam_app_v1_Authorization__Output)[];
  'send_email_invite'?: (boolean);
  '_send_email_invite'?: "send_email_invite";
}
