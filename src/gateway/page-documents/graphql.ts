/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a robot or part has been in contact with the cloud recently. */
export type OnlineState =
  /** Never connected yet. */
  | 'AWAITING_SETUP'
  /** Seen before, but not recently. */
  | 'OFFLINE'
  /** Seen recently. */
  | 'ONLINE'
  /** The upstream did not say. */
  | 'UNSPECIFIED';

export type LogViewerFleetQueryVariables = Exact<{ [key: string]: never; }>;


export type LogViewerFleetQuery = { organizations: Array<{ id: string, name: string, locations: Array<{ id: string, name: string, parent: { name: string } | null, robots: Array<{ id: string, name: string, onlineState: OnlineState | null, parts: Array<{ id: string, name: string, mainPart: boolean }> | null }> | null }> | null }> | null };

export type LogViewerTailSubscriptionVariables = Exact<{
  partId: string | number;
  errorsOnly?: boolean | null | undefined;
  filter?: string | null | undefined;
}>;


export type LogViewerTailSubscription = { robotPartLogs: Array<{ time: string | null, level: string, message: string, loggerName: string | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LogViewerFleetDocument = new TypedDocumentString(`
    query LogViewerFleet {
  organizations {
    id
    name
    locations {
      id
      name
      parent {
        name
      }
      robots {
        id
        name
        onlineState
        parts {
          id
          name
          mainPart
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogViewerFleetQuery, LogViewerFleetQueryVariables>;
export const LogViewerTailDocument = new TypedDocumentString(`
    subscription LogViewerTail($partId: ID!, $errorsOnly: Boolean, $filter: String) {
  robotPartLogs(partId: $partId, errorsOnly: $errorsOnly, filter: $filter) {
    time
    level
    message
    loggerName
  }
}
    `) as unknown as TypedDocumentString<LogViewerTailSubscription, LogViewerTailSubscriptionVariables>;