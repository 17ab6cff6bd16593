// Original file: proto/app/v1/app.proto

export const OnlineState = {
  ONLINE_STATE_UNSPECIFIED: 'ONLINE_STATE_UNSPECIFIED',
  ONLINE_STATE_ONLINE: 'ONLINE_STATE_ONLINE',
  ONLINE_STATE_OFFLINE: 'ONLINE_STATE_OFFLINE',
  ONLINE_STATE_AWAITING_SETUP: 'ONLINE_STATE_AWAITING_SETUP',
} as const;

export type OnlineState =
  | 'ONLINE_STATE_UNSPECIFIED'
  | 0
  | 'ONLINE_STATE_ONLINE'
  | 1
  | 'ONLINE_STATE_OFFLINE'
  | 2
  | 'ONLINE_STATE_AWAITING_SETUP'
  | 3

export type OnlineState__Output = typeof OnlineState[keyof typeof OnlineState]
