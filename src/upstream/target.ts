import type { TlsTrust } from './tls.ts';

/** Where the upstream is and how to reach it: `https://app.viam.com:443` (TLS) or `http://127.0.0.1:8080`. */
export interface UpstreamTarget {
  /** host:port as grpc-js takes it. */
  address: string;
  tls: boolean;
  /** Extra TLS trust (private CA, client certificate) of a TLS target; the system roots alone without it. */
  trust?: TlsTrust | null;
  /** The URL as the operator wrote it, for logs and banners. */
  url: string;
}

export function parseUpstreamUrl(url: string, trust: TlsTrust | null = null): UpstreamTarget {
  let parsed: URL;
  try {
    parsed = new URL(url.includes('://') ? url : `http://${url}`);
  } catch {
    throw new Error(`upstream must be a URL like https://app.viam.com:443 or http://127.0.0.1:8080, got ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`upstream URL must use https:// (TLS) or http:// (plaintext), got ${parsed.protocol}`);
  }
  const tls = parsed.protocol === 'https:';
  const port = parsed.port || (tls ? '443' : '80');
  // URL keeps the brackets of an IPv6 hostname, which is what grpc-js wants too.
  if (trust && !tls) throw new Error(`a CA or client certificate needs a TLS upstream (https://), got ${url}`);
  return { address: `${parsed.hostname}:${port}`, tls, url, trust };
}
