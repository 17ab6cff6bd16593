/**
 * Memory of the gateway under uploads it must refuse (issue 10, finding 6): eight concurrent
 * 60 MiB multipart uploads with made-up API keys against a real `fleetgraph serve` process.
 * Prints the gateway's resident memory before and its peak (VmHWM) after, and how many bytes the
 * clients managed to send before the gateway answered. Linux only (reads /proc).
 *
 *   npx tsx bench/upload-memory.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import crypto from 'node:crypto';
import { spawnFleetServer } from './support/fleet-server-process.ts';
import { spawnGateway } from './support/gateway-process.ts';

const UPLOADS = 8;
const FILE_BYTES = 60 * 1024 * 1024;
const CHUNK = crypto.randomBytes(256 * 1024);

function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakMiB: Math.round(kib('VmHWM') / 1024) };
}

/** One upload with a made-up key; resolves with the status and the file bytes sent before the answer. */
function madeUpUpload(url: string): Promise<{ status: number; sentMiB: number }> {
  const boundary = `----bench${crypto.randomUUID()}`;
  const operations = JSON.stringify({ query: 'mutation($file: File!) { uploadModuleFile(moduleId: "demo:x", version: "1.0.0", platform: "any", file: $file) { id } }', variables: { file: null } });
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="m.tar.gz"\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + FILE_BYTES + tail.length),
        'x-viam-api-key-id': crypto.randomUUID(),
        'x-viam-api-key': crypto.randomBytes(16).toString('hex'),
      },
    });
    let sent = 0;
    let answered = false;
    request.once('response', (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode!, sentMiB: Math.round(sent / 1024 / 1024) });
      request.destroy();
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.write(head);
    const pump = () => {
      while (!answered && sent < FILE_BYTES) {
        sent += CHUNK.length;
        if (!request.write(CHUNK)) return void request.once('drain', pump);
      }
      if (!answered) request.end(tail);
    };
    pump();
  });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-upload-bench-'));
const fleet = await spawnFleetServer(dataDir);
const gateway = await spawnGateway(`http://${fleet.address}`);
try {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const before = memoryOf(gateway.pid);
  const results = await Promise.all(Array.from({ length: UPLOADS }, () => madeUpUpload(gateway.url)));
  const after = memoryOf(gateway.pid);
  console.log(`gateway RSS before: ${before.rssMiB} MiB; peak during ${UPLOADS} × ${FILE_BYTES / 1024 / 1024} MiB uploads with made-up keys: ${after.peakMiB} MiB`);
  console.log(`answers: ${results.map((r) => r.status).join(', ')}; MiB each client sent before its answer: ${results.map((r) => r.sentMiB).join(', ')}`);
} finally {
  await gateway.stop();
  await fleet.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
