/**
 * TLS trust of a gRPC connection the gateway or the simulator opens: the system roots by default,
 * plus a private CA (`--upstream-ca-file`, `--ca-file`) and an optional client certificate for
 * mTLS (`--upstream-cert-file` with `--upstream-key-file`).
 */
import fs from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { rootCertificates } from 'node:tls';

export interface TlsTrust {
  /** PEM of extra CAs trusted besides the system roots. */
  ca?: Buffer;
  /** PEM client certificate and its key, presented when the server asks (mTLS). */
  cert?: Buffer;
  key?: Buffer;
}

export interface TlsTrustFiles {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

/** A PEM file's bytes; a clear error naming the flag when it cannot be read or is not PEM. */
export function readPem(flag: string, file: string): Buffer {
  let pem: Buffer;
  try {
    pem = fs.readFileSync(file);
  } catch (error) {
    throw new Error(`${flag}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!pem.includes('-----BEGIN ')) throw new Error(`${flag}: ${file} is not a PEM file`);
  return pem;
}

/** Reads the files named by the flags (`prefix` `--upstream-` or `--`); null when none is given. */
export function loadTlsTrust(files: TlsTrustFiles, prefix = '--upstream-'): TlsTrust | null {
  if (Boolean(files.certFile) !== Boolean(files.keyFile)) throw new Error(`${prefix}cert-file and ${prefix}key-file go together (a client certificate and its key)`);
  if (!files.caFile && !files.certFile) return null;
  return {
    ...(files.caFile ? { ca: readPem(`${prefix}ca-file`, files.caFile) } : {}),
    ...(files.certFile ? { cert: readPem(`${prefix}cert-file`, files.certFile!), key: readPem(`${prefix}key-file`, files.keyFile!) } : {}),
  };
}

/**
 * grpc-js credentials for a target. A private CA is added to the system roots (grpc-js would
 * otherwise trust it alone), so one flag serves a corporate proxy and public endpoints alike.
 */
export function channelCredentials(target: { tls: boolean; trust?: TlsTrust | null }): grpc.ChannelCredentials {
  if (!target.tls) return grpc.credentials.createInsecure();
  const trust = target.trust;
  const roots = trust?.ca ? Buffer.from([...rootCertificates, trust.ca.toString('utf8')].join('\n')) : null;
  return grpc.credentials.createSsl(roots, trust?.key ?? null, trust?.cert ?? null);
}
