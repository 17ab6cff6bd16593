/**
 * Throwaway TLS material made at run time with openssl (nothing is committed): a private CA and
 * certificates it signs, for `localhost` / 127.0.0.1 by default. `expired` makes a certificate
 * whose validity ended yesterday; `hosts` names it for other hosts (a name mismatch).
 */
import fs from 'node:fs';
import https from 'node:https';
import { Readable } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export interface TestCertificate {
  certFile: string;
  keyFile: string;
  cert: Buffer;
  key: Buffer;
}

export interface TestCa extends TestCertificate {
  dir: string;
  /** A certificate signed by this CA. */
  issue(name: string, options?: { hosts?: string[]; expired?: boolean; client?: boolean }): TestCertificate;
  remove(): void;
}

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: 'pipe' });

function read(dir: string, name: string): TestCertificate {
  const certFile = path.join(dir, `${name}.crt`);
  const keyFile = path.join(dir, `${name}.key`);
  return { certFile, keyFile, cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) };
}

/** A new CA in a temp dir of its own; `remove()` deletes it. */
export function createTestCa(): TestCa {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-tls-'));
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=fleetgraph test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  return {
    dir,
    ...read(dir, 'ca'),
    issue(name, { hosts = ['localhost', '127.0.0.1'], expired = false, client = false } = {}) {
      const altNames = hosts.map((host) => (/^[\d.]+$/.test(host) || host.includes(':') ? `IP:${host}` : `DNS:${host}`)).join(',');
      fs.writeFileSync(
        path.join(dir, `${name}.ext`),
        `basicConstraints=CA:FALSE\nsubjectAltName=${altNames}\nextendedKeyUsage=${client ? 'clientAuth' : 'serverAuth'}\n`,
      );
      openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${hosts[0]}`], dir);
      // An expired certificate, valid from two days ago until yesterday: `openssl ca` takes explicit
      // dates (x509 -not_before/-not_after need OpenSSL 3.4).
      if (expired) {
        fs.writeFileSync(path.join(dir, 'index.txt'), '');
        fs.writeFileSync(path.join(dir, 'ca.cnf'), caConfig(dir));
        openssl(['ca', '-batch', '-config', 'ca.cnf', '-startdate', dateDaysAgo(2), '-enddate', dateDaysAgo(1), '-extfile', `${name}.ext`, '-in', `${name}.csr`, '-out', `${name}.crt`, '-notext'], dir);
      } else {
        openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`], dir);
      }
      return read(dir, name);
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** YYYYMMDDHHMMSSZ, `days` days ago (the form `openssl ca` takes). */
function dateDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
}

function caConfig(dir: string): string {
  return `[ ca ]
default_ca = test_ca
[ test_ca ]
dir = ${dir}
database = ${path.join(dir, 'index.txt')}
new_certs_dir = ${dir}
certificate = ${path.join(dir, 'ca.crt')}
private_key = ${path.join(dir, 'ca.key')}
serial = ${path.join(dir, 'ca.srl')}
default_md = sha256
policy = policy_any
[ policy_any ]
commonName = supplied
`;
}

/**
 * `fetch` over node:https trusting only `ca` (Node's own fetch takes no CA): the response body
 * streams as it arrives, so SSE works through it too. For a gateway serving HTTPS with a test CA.
 */
export function fetchTrusting(ca: Buffer): typeof fetch {
  return ((input: string | URL, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const request = https.request(
        String(input),
        { method: init.method ?? 'GET', headers: init.headers as Record<string, string> | undefined, ca, signal: init.signal ?? undefined },
        (response) => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(response.headers)) for (const one of [value ?? []].flat()) headers.append(name, one);
          resolve(new Response(Readable.toWeb(response) as ReadableStream, { status: response.statusCode, headers }));
        },
      );
      request.once('error', reject);
      request.end(init.body as string | undefined);
    })) as typeof fetch;
}
