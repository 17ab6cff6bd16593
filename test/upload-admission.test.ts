/**
 * Module uploads are admitted before their body is read (issue 10, finding 6): credentials are
 * verified upstream first, uploads in flight are bounded per caller and in total, and an admitted
 * file streams upstream as it arrives instead of being held whole. Uploads here are raw HTTP
 * requests whose body the test sends piece by piece, so "before the body was read" is observable:
 * the answer comes while the client still holds most of the body back.
 */
import http from 'node:http';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiKeyHeaders, startTestGateway, type TestGateway } from './support/gateway.ts';
import { keyWithRole } from './support/fleet.ts';

vi.setConfig({ testTimeout: 30_000 });

const UPLOAD = /* GraphQL */ `
  mutation Upload($module: ID!, $file: File!) {
    uploadModuleFile(moduleId: $module, version: "1.0.0", platform: "linux/amd64", file: $file) { id }
  }
`;
const MODULE = 'demo:streamed';
const MiB = 1024 * 1024;

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ gateway: { uploadsPerCaller: 1, uploadsInFlight: 2 } });
  await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "streamed") { id } }`, { org: t.fleet.orgId });
});
afterAll(() => t?.close());

interface OpenUpload {
  /** The answer, whenever it comes: status and GraphQL body. */
  response: Promise<{ status: number; body: any }>;
  /** Sends the rest of the file and ends the body. */
  finish(): void;
  /** Drops the connection (and any interest in the answer). */
  abort(): void;
  /** Whether the client has sent the whole body. */
  readonly ended: boolean;
}

/**
 * Starts a multipart upload of `fileBytes` random bytes that announces its full Content-Length but
 * sends only the envelope and the first `sendFirst` bytes of the file.
 */
function openUpload(headers: Record<string, string>, fileBytes: number, sendFirst = 64 * 1024): OpenUpload & { file: Buffer } {
  const boundary = `----fleetgraph${crypto.randomUUID()}`;
  const file = crypto.randomBytes(fileBytes);
  const head = Buffer.from(
    [
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: UPLOAD, variables: { module: MODULE, file: null } })}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ['variables.file'] })}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="module.tar.gz"\r\nContent-Type: application/gzip\r\n\r\n`,
    ].join(''),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const request = http.request(t.gateway.url, {
    method: 'POST',
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + file.length + tail.length) },
  });
  let ended = false;
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      res.on('error', reject);
    });
    // The gateway may close the connection after answering; only a missing answer is a failure.
    request.on('error', (error) => setTimeout(() => reject(error), 100));
  });
  request.write(head);
  request.write(file.subarray(0, sendFirst));
  return {
    file,
    response,
    finish() {
      ended = true;
      request.end(Buffer.concat([file.subarray(sendFirst), tail]));
    },
    abort() {
      // An answer nobody waits for any more must not fail the run.
      response.catch(() => {});
      request.destroy();
    },
    get ended() {
      return ended;
    },
  };
}

const madeUpKey = () => apiKeyHeaders({ id: crypto.randomUUID(), key: crypto.randomBytes(16).toString('hex') });

describe('uploads without valid credentials', () => {
  it('eight concurrent 60 MiB uploads with made-up keys are answered 401 before their bodies are sent', async () => {
    t.fleet.server.calls.reset();
    const uploads = Array.from({ length: 8 }, () => openUpload(madeUpKey(), 60 * MiB));
    try {
      for (const upload of uploads) {
        const { status, body } = await upload.response;
        expect(status).toBe(401);
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(upload.ended).toBe(false);
      }
      expect(t.fleet.server.calls.count('UploadModuleFile')).toBe(0);
      expect(t.fleet.server.calls.count('Authenticate')).toBe(8);
    } finally {
      for (const upload of uploads) upload.abort();
    }
  });

  it('an upload without credentials is answered 401 before its body is sent', async () => {
    const upload = openUpload({ 'x-graphql-yoga-csrf': '1' }, 10 * MiB);
    try {
      const { status, body } = await upload.response;
      expect(status).toBe(401);
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('An upload needs credentials') });
      expect(upload.ended).toBe(false);
    } finally {
      upload.abort();
    }
  });
});

describe('admitted uploads', () => {
  it('stream upstream while the client is still sending, and arrive whole', async () => {
    t.fleet.server.calls.reset();
    const upload = openUpload(t.demoHeaders, 8 * MiB, 2 * MiB);
    // The upstream UploadModuleFile call is open before the client has sent three quarters of the file.
    await vi.waitFor(() => expect(t.fleet.server.calls.count('UploadModuleFile')).toBe(1), { timeout: 10_000 });
    expect(upload.ended).toBe(false);
    upload.finish();
    const { status, body } = await upload.response;
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.uploadModuleFile.id).toBe(MODULE);
    const stored = t.fleet.server.db.prepare('SELECT sha256, size FROM module_files ORDER BY uploaded_on DESC LIMIT 1').get() as { sha256: string; size: number };
    expect(stored).toEqual({ sha256: crypto.createHash('sha256').update(upload.file).digest('hex'), size: 8 * MiB });
  });

  it('are bounded per caller (429 TOO_MANY_UPLOADS) and in total (503 UPLOADS_BUSY), and free their slot when done', async () => {
    const second = apiKeyHeaders(keyWithRole(t.fleet.server.db, t.fleet.orgId, 'organization_owner', t.fleet.orgId, 'second uploader'));
    const third = apiKeyHeaders(keyWithRole(t.fleet.server.db, t.fleet.orgId, 'organization_owner', t.fleet.orgId, 'third uploader'));
    const first = openUpload(t.demoHeaders, 4 * MiB);
    await vi.waitFor(() => expect(t.fleet.server.calls.count('UploadModuleFile')).toBeGreaterThanOrEqual(1));
    const held: ReturnType<typeof openUpload>[] = [first];
    try {
      const again = openUpload(t.demoHeaders, 4 * MiB);
      held.push(again);
      const perCaller = await again.response;
      expect(perCaller.status).toBe(429);
      expect(perCaller.body.errors[0]).toMatchObject({ extensions: { code: 'TOO_MANY_UPLOADS' }, message: expect.stringContaining('1 per caller') });
      expect(again.ended).toBe(false);

      const other = openUpload(second, 4 * MiB);
      held.push(other);
      const busy = openUpload(third, 4 * MiB);
      held.push(busy);
      const total = await busy.response;
      expect(total.status).toBe(503);
      expect(total.body.errors[0]).toMatchObject({ extensions: { code: 'UPLOADS_BUSY' }, message: expect.stringContaining('2 uploads in flight') });

      first.finish();
      expect((await first.response).status).toBe(200);
      other.abort();
      // Both slots come back: the first caller uploads again.
      await vi.waitFor(async () => {
        const next = openUpload(t.demoHeaders, 64 * 1024);
        held.push(next);
        next.finish();
        expect((await next.response).status).toBe(200);
      });
    } finally {
      for (const upload of held) upload.abort();
    }
  });
});
