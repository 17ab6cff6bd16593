/**
 * gRPC statuses from the upstream as GraphQL errors. Mapped codes are client-safe and shown as
 * they are; anything else stays an ordinary Error, which Yoga masks as INTERNAL_SERVER_ERROR.
 */
import { status, type ServiceError } from '@grpc/grpc-js';
import { GraphQLError } from 'graphql';

const CODES: Partial<Record<status, string>> = {
  [status.INVALID_ARGUMENT]: 'BAD_USER_INPUT',
  [status.NOT_FOUND]: 'NOT_FOUND',
  [status.ALREADY_EXISTS]: 'ALREADY_EXISTS',
  [status.PERMISSION_DENIED]: 'FORBIDDEN',
  [status.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [status.UNAVAILABLE]: 'UPSTREAM_UNAVAILABLE',
  [status.DEADLINE_EXCEEDED]: 'UPSTREAM_TIMEOUT',
  [status.FAILED_PRECONDITION]: 'FAILED_PRECONDITION',
  [status.RESOURCE_EXHAUSTED]: 'RESOURCE_EXHAUSTED',
  // A stale `lastKnownUpdate`: the object changed since the caller read it.
  [status.ABORTED]: 'CONFLICT',
};

export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as ServiceError).code === 'number' && 'metadata' in error;
}

/** Messages we show for transport failures, which carry addresses and internals we keep to ourselves. */
const TRANSPORT_MESSAGES: Partial<Record<status, string>> = {
  [status.UNAVAILABLE]: 'the fleet upstream is unavailable',
  [status.DEADLINE_EXCEEDED]: 'the fleet upstream did not answer before the deadline',
};

/**
 * grpc-js refusing a message over the gRPC size limit, on either side ("Received message larger
 * than max (N vs. M)" here, "Sent message larger than max ..." from the upstream): a clean code,
 * without grpc-js's wording and numbers.
 */
const MESSAGE_TOO_LARGE = /^(Received|Sent) message larger than max\b/;
export const UPSTREAM_RESPONSE_TOO_LARGE = 'UPSTREAM_RESPONSE_TOO_LARGE';

/**
 * Why a TLS connection to the upstream failed, from the "Last error" grpc-js puts in an
 * UNAVAILABLE status (Node's and OpenSSL's wording): what the operator can fix, in their terms.
 * The one place these strings are read.
 */
const TLS_FAILURES: { reason: string; pattern: RegExp; message: string }[] = [
  {
    reason: 'TLS_CERTIFICATE_EXPIRED',
    pattern: /certificate has expired|certificate is not yet valid|CERT_HAS_EXPIRED|CERT_NOT_YET_VALID/i,
    message: "the fleet upstream's TLS certificate has expired (or is not valid yet): renew it on the upstream",
  },
  {
    reason: 'TLS_NAME_MISMATCH',
    pattern: /ERR_TLS_CERT_ALTNAME_INVALID|does not match certificate's altnames/i,
    message: "the fleet upstream's TLS certificate is not for the host name in --upstream (name mismatch): connect by a name the certificate lists",
  },
  {
    reason: 'TLS_UNTRUSTED_CERTIFICATE',
    pattern: /unable to verify the first certificate|unable to get (local )?issuer certificate|self[- ]signed certificate|certificate signature failure|UNABLE_TO_VERIFY_LEAF_SIGNATURE/i,
    message: "the fleet upstream's TLS certificate is not trusted (signed by a CA the gateway does not know): give that CA with --upstream-ca-file",
  },
  {
    reason: 'TLS_CLIENT_CERTIFICATE_REFUSED',
    pattern: /alert (certificate required|bad certificate|unknown ca|certificate unknown|certificate expired|certificate revoked)/i,
    message: 'the fleet upstream refused the TLS handshake: it wants a client certificate it trusts (--upstream-cert-file and --upstream-key-file)',
  },
  {
    reason: 'TLS_NOT_SPOKEN',
    pattern: /wrong version number|packet length too long|record layer failure/i,
    message: 'the fleet upstream does not speak TLS on that port: use http:// for a plaintext upstream, or check the port',
  },
];

/** The TLS failure named in a transport error's details, or null when it is not one. */
export function tlsFailure(details: string): { reason: string; message: string } | null {
  const match = TLS_FAILURES.find((failure) => failure.pattern.test(details));
  return match ? { reason: match.reason, message: match.message } : null;
}

/** The GraphQL error for a failed upstream call, or the error itself when it must stay masked. */
export function upstreamError(error: unknown, rpc: string): Error {
  if (!isServiceError(error)) return error instanceof Error ? error : new Error(String(error));
  if (error.code === status.RESOURCE_EXHAUSTED && MESSAGE_TOO_LARGE.test(error.details)) {
    return new GraphQLError('the fleet upstream answer is too large for one gRPC message; ask for less', {
      extensions: { code: UPSTREAM_RESPONSE_TOO_LARGE, grpcStatus: status[error.code], rpc },
    });
  }
  const code = CODES[error.code as status];
  const tls = error.code === status.UNAVAILABLE ? tlsFailure(error.details ?? '') : null;
  if (tls) return new GraphQLError(tls.message, { extensions: { code, grpcStatus: status[error.code], rpc, reason: tls.reason } });
  if (!code) return new Error(`upstream ${rpc} failed with ${status[error.code]}: ${error.details}`);
  return new GraphQLError(TRANSPORT_MESSAGES[error.code as status] ?? error.details, {
    extensions: { code, grpcStatus: status[error.code], rpc },
  });
}

/** A client-side failure before any upstream call (no credentials, bad arguments). */
export function clientError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
