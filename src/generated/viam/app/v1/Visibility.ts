// Original file: proto/app/v1/app.proto

export const Visibility = {
  VISIBILITY_UNSPECIFIED: 'VISIBILITY_UNSPECIFIED',
  VISIBILITY_PRIVATE: 'VISIBILITY_PRIVATE',
  VISIBILITY_PUBLIC: 'VISIBILITY_PUBLIC',
  VISIBILITY_PUBLIC_UNLISTED: 'VISIBILITY_PUBLIC_UNLISTED',
} as const;

export type Visibility =
  | 'VISIBILITY_UNSPECIFIED'
  | 0
  | 'VISIBILITY_PRIVATE'
  | 1
  | 'VISIBILITY_PUBLIC'
  | 2
  | 'VISIBILITY_PUBLIC_UNLISTED'
  | 3

export type Visibility__Output = typeof Visibility[keyof typeof Visibility]
