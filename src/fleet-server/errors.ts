/** A failure with the gRPC status a client should see. Anything else thrown is INTERNAL. */
import { status } from '@grpc/grpc-js';

/** Longest error message a client is sent; longer ones are cut, so no caller's input comes back in bulk. */
export const MAX_ERROR_MESSAGE_LENGTH = 500;

/** `text` cut to `max` characters with a marker saying how much was left out. */
export function truncateText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

export class RpcError extends Error {
  constructor(
    readonly code: status,
    message: string,
  ) {
    super(truncateText(message, MAX_ERROR_MESSAGE_LENGTH));
    this.name = 'RpcError';
  }
}

export const invalidArgument = (message: string) => new RpcError(status.INVALID_ARGUMENT, message);
export const notFound = (message: string) => new RpcError(status.NOT_FOUND, message);
export const alreadyExists = (message: string) => new RpcError(status.ALREADY_EXISTS, message);
export const failedPrecondition = (message: string) => new RpcError(status.FAILED_PRECONDITION, message);
export const permissionDenied = (message = 'permission denied') => new RpcError(status.PERMISSION_DENIED, message);
export const unauthenticated = (message: string) => new RpcError(status.UNAUTHENTICATED, message);
export const resourceExhausted = (message: string) => new RpcError(status.RESOURCE_EXHAUSTED, message);
/**
 * An update based on a stale read (`last_known_update` older than the stored update time):
 * ABORTED, gRPC's code for a failed test-and-set that the client retries from a fresh read.
 */
export const conflict = (message: string) => new RpcError(status.ABORTED, message);

/** Runs a scope lookup and prefixes its NOT_FOUND message with the request field that named the id. */
export function lookupIn<T>(field: string, lookup: () => T): T {
  try {
    return lookup();
  } catch (error) {
    if (error instanceof RpcError && error.code === status.NOT_FOUND) throw notFound(`${field}: ${error.message}`);
    throw error;
  }
}
