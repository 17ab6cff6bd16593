/**
 * The gateway's own HTTPS listener (`serve --tls-cert FILE --tls-key FILE`), for deployments
 * without a TLS-terminating proxy: the same request handler on node:https, so graphql-ws (WSS)
 * and SSE ride on it unchanged. The files are read and checked once, before anything starts;
 * new certificates take a restart (no reload).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';

export interface ListenerTls {
  certFile: string;
  keyFile: string;
  /** PEM: the certificate, then any intermediates. */
  cert: Buffer;
  key: Buffer;
}

/** Sent in production mode over TLS only: browsers then refuse plain http:// to this host for a year. */
export const HSTS_HEADER_VALUE = 'max-age=31536000';

/** A TLS connection starts with a handshake record (content type 22); anything else is not TLS. */
const TLS_HANDSHAKE_RECORD = 0x16;
/** A connection that sends nothing at all is dropped after this long. */
const FIRST_BYTE_TIMEOUT_MS = 10_000;

function readFile(flag: string, file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new Error(`${flag} ${file}: ${(error as Error).message}`);
  }
}

/**
 * The certificate and key for the listener, or null when neither is given. Throws a message naming
 * the flag for a missing partner, an unreadable file, a file that is not PEM, a key that does not
 * belong to the certificate, or a certificate that has expired.
 */
export function loadListenerTls(certFile: string | undefined, keyFile: string | undefined, now = new Date()): ListenerTls | null {
  if (!certFile && !keyFile) return null;
  if (!certFile || !keyFile) throw new Error('--tls-cert and --tls-key go together: give both (or FLEETGRAPH_TLS_CERT and FLEETGRAPH_TLS_KEY), or neither for plain HTTP');
  const cert = readFile('--tls-cert', certFile);
  const key = readFile('--tls-key', keyFile);
  let certificate: crypto.X509Certificate;
  try {
    certificate = new crypto.X509Certificate(cert);
  } catch (error) {
    throw new Error(`--tls-cert ${certFile} is not a PEM certificate: ${(error as Error).message}`);
  }
  let privateKey: crypto.KeyObject;
  try {
    privateKey = crypto.createPrivateKey(key);
  } catch (error) {
    throw new Error(`--tls-key ${keyFile} is not a PEM private key (without a passphrase): ${(error as Error).message}`);
  }
  if (!certificate.checkPrivateKey(privateKey)) throw new Error(`--tls-key ${keyFile} is not the private key of the certificate in --tls-cert ${certFile}`);
  if (new Date(certificate.validTo) < now) throw new Error(`--tls-cert ${certFile} expired on ${certificate.validTo}`);
  return { certFile, keyFile, cert, key };
}

const PLAIN_HTTP_REFUSAL = 'This port speaks HTTPS only: use https:// (and wss:// for websockets).\n';

/**
 * Answers a plain-HTTP request sent to the TLS port with a readable 400 instead of a bare reset:
 * the first byte of each connection tells TLS (a handshake record) from anything else.
 */
function refusePlainHttp(server: https.Server): void {
  const tlsListeners = server.listeners('connection') as ((socket: net.Socket) => void)[];
  server.removeAllListeners('connection');
  server.on('connection', (socket: net.Socket) => {
    socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.setTimeout(0);
      if (first[0] === TLS_HANDSHAKE_RECORD) {
        // The TLS socket reads what is buffered on the raw socket before reading on.
        socket.unshift(first);
        for (const listener of tlsListeners) listener.call(server, socket);
        return;
      }
      socket.end(
        `HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(PLAIN_HTTP_REFUSAL)}\r\nconnection: close\r\n\r\n${PLAIN_HTTP_REFUSAL}`,
      );
    });
  });
}

/** node:http without TLS, node:https with it; either way an http.Server to the rest of the gateway. */
export function createListener(tls: ListenerTls | null, handler: http.RequestListener): http.Server {
  if (!tls) return http.createServer(handler);
  const server = https.createServer({ cert: tls.cert, key: tls.key }, handler);
  refusePlainHttp(server);
  return server as unknown as http.Server;
}
