/**
 * Multipart uploads (graphql-multipart-request-spec), streamed instead of buffered.
 *
 * Yoga's own multipart parser reads the whole body into memory (@whatwg-node's formData()
 * collects every file part in chunks) before any resolver, or any credential check, runs. This
 * plugin takes over multipart requests in onRequestParse instead, before a byte of the body is
 * read:
 * 1. the caller's credentials are verified upstream (an API key by a fresh exchange, as a
 *    graphql-ws connection is: a cached token may have outlived its key; a bearer token by one
 *    call); the rate limiter, earlier in the pipeline, has already taken its
 *    point;
 * 2. the upload takes a slot, per caller and gateway-wide;
 * 3. the body is parsed with busboy as it arrives: `operations` and `map` come first (as the spec
 *    requires), the single file is handed to the operation as a File whose stream() is the part
 *    itself, so the resolver sends it upstream as it arrives and never holds it whole.
 * Every refusal closes the connection, so an unread body is not read to the end.
 */
import type { CredentialVerdict } from './credential-check.ts';
import type http from 'node:http';
import { Readable } from 'node:stream';
import Busboy, { type BusboyHeaders } from '@fastify/busboy';
import { getOperationAST, GraphQLError, Kind, print, type DocumentNode, type TypeNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { credentialFingerprint, readCredentials, type Credentials } from '../upstream/credentials.ts';

export interface UploadLimits {
  /** Uploads one caller (credential) may have in flight; more get 429 TOO_MANY_UPLOADS. */
  perCaller: number;
  /** Uploads the whole gateway has in flight; more get 503 UPLOADS_BUSY. */
  total: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { perCaller: 2, total: 16 };


export interface StreamingUploadOptions extends UploadLimits {
  /** Largest file part, in bytes. */
  maxFileBytes: number;
  /** Largest `operations` or `map` field, in bytes. */
  maxFieldBytes: number;
  verify: (credentials: Credentials) => Promise<CredentialVerdict>;
}

/** A refusal before the body is read: the connection is closed rather than the rest read. */
function refusal(message: string, code: string, status: number, headers: Record<string, string> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status, headers: { connection: 'close', ...headers } } } });
}

const badUpload = (message: string) => refusal(`Invalid multipart upload: ${message}`, 'BAD_REQUEST', 400);

/** An uploaded file whose content is the multipart part itself, read once, as it arrives. */
class StreamedFile {
  readonly lastModified = Date.now();
  private taken = false;

  constructor(
    private readonly part: Readable,
    readonly name: string,
    readonly type: string,
  ) {}

  /** Unknown until the part has been read: 0. */
  get size(): number {
    return 0;
  }

  stream(): ReadableStream<Uint8Array> {
    if (this.taken) throw new GraphQLError('an uploaded file can be read once', { extensions: { code: 'BAD_USER_INPUT' } });
    this.taken = true;
    return Readable.toWeb(this.part) as ReadableStream<Uint8Array>;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new Response(this.stream()).arrayBuffer();
  }

  async text(): Promise<string> {
    return new Response(this.stream()).text();
  }

  /** What an error message shows of it (graphql's inspect uses toJSON): never the stream's internals. */
  toJSON(): string {
    return '<uploaded file>';
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Puts `file` at a map path such as `variables.file` of the operations object. */
function place(operations: Record<string, unknown>, path: string, file: StreamedFile): void {
  const keys = path.split('.');
  if (keys[0] !== 'variables' || keys.some((key) => FORBIDDEN_KEYS.has(key) || key === '')) throw badUpload(`map path ${JSON.stringify(path)} is not under variables`);
  let target = operations as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== 'object' || next === null) throw badUpload(`map path ${JSON.stringify(path)} does not exist in operations`);
    target = next as Record<string, unknown>;
  }
  target[keys.at(-1)!] = file;
}

function parseJsonField(name: string, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw badUpload(`the ${name} field is not JSON`);
  }
}

/**
 * The variable a file was put in must be declared `File` (the file is the variable) or `[File]`
 * (the file is an item of it): anywhere else the file would reach a scalar that cannot take it.
 * Checked with the operation about to run, before execution coerces anything.
 */
function fileTargetError(document: DocumentNode, operationName: string | null | undefined, path: string): GraphQLError | null {
  const [, variable = '', ...inside] = path.split('.');
  const definition = getOperationAST(document, operationName)?.variableDefinitions?.find((d) => d.variable.name.value === variable);
  const nullable = (type: TypeNode) => (type.kind === Kind.NON_NULL_TYPE ? type.type : type);
  const type = definition ? nullable(definition.type) : null;
  const isFile = (t: TypeNode | null) => t?.kind === Kind.NAMED_TYPE && t.name.value === 'File';
  if (isFile(type) && inside.length === 0) return null;
  if (type?.kind === Kind.LIST_TYPE && isFile(nullable(type.type)) && inside.length === 1 && /^\d+$/.test(inside[0]!)) return null;
  const declared = definition ? `declared ${print(definition.type)}` : 'not declared by the operation';
  return badUpload(`map path ${JSON.stringify(path)} puts the file in variable $${variable}, which is ${declared}: a file can only be a File variable or an item of a [File] one`);
}

/** Parses the body as it arrives; resolves with the operation as soon as its file part begins. */
function parseStreaming(req: http.IncomingMessage, options: StreamingUploadOptions, filePaths: WeakMap<Request, string>, request: Request): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let operations: Record<string, unknown> | null = null;
    let fileField: string | null = null;
    let filePath = '';
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      reject(error);
    };
    const parser = Busboy({
      headers: req.headers as BusboyHeaders,
      limits: { fieldSize: options.maxFieldBytes, fields: 2, files: 1, parts: 3, fileSize: options.maxFileBytes },
    });
    parser.on('field', (name, value, _nameTruncated, valueTruncated) => {
      if (settled) return;
      if (valueTruncated) return fail(refusal(`the ${name} field is over ${options.maxFieldBytes} bytes`, 'REQUEST_ENTITY_TOO_LARGE', 413));
      try {
        if (name === 'operations') {
          const parsed = parseJsonField(name, value);
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badUpload('operations must be one operation (no batching)');
          operations = parsed as Record<string, unknown>;
        } else if (name === 'map') {
          if (!operations) throw badUpload('operations must come before map');
          const map = parseJsonField(name, value);
          const entries = typeof map === 'object' && map !== null ? Object.entries(map) : [];
          if (entries.length > 1) throw badUpload('one file per request');
          for (const [field, paths] of entries) {
            if (!Array.isArray(paths) || paths.length !== 1 || typeof paths[0] !== 'string') throw badUpload('each file maps to exactly one variable');
            fileField = field;
            filePath = paths[0];
          }
          if (!fileField) {
            settled = true;
            resolve(operations);
          }
        } else {
          throw badUpload(`unexpected field ${JSON.stringify(name)}`);
        }
      } catch (error) {
        fail(error);
      }
    });
    parser.on('file', (name, part, filename, _encoding, mimeType) => {
      if (settled) return part.resume();
      if (!operations || !fileField) return fail(badUpload('operations and map must come before the file'));
      if (name !== fileField) return fail(badUpload(`file part ${JSON.stringify(name)} is not in map`));
      part.once('limit', () => part.destroy(refusal(`Request body too large: the file is over ${options.maxFileBytes} bytes`, 'REQUEST_ENTITY_TOO_LARGE', 413)));
      const file = new StreamedFile(part, filename, mimeType);
      try {
        place(operations, filePath, file);
        filePaths.set(request, filePath);
      } catch (error) {
        return fail(error);
      }
      settled = true;
      resolve(operations);
    });
    parser.on('finish', () => fail(badUpload(operations ? 'the file part is missing' : 'the operations field is missing')));
    parser.on('error', (error: unknown) => fail(badUpload(error instanceof Error ? error.message : String(error))));
    req.on('error', fail);
    req.pipe(parser);
  });
}

/** Uploads in flight, per caller and in total. */
class UploadSlots {
  private readonly perCaller = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: UploadLimits) {}

  /** A release function, or the refusal. */
  take(caller: string): (() => void) | GraphQLError {
    const mine = this.perCaller.get(caller) ?? 0;
    if (mine >= this.limits.perCaller) {
      return refusal(`Too many uploads in flight: ${this.limits.perCaller} per caller; wait for one to finish`, 'TOO_MANY_UPLOADS', 429, { 'retry-after': '1' });
    }
    if (this.total >= this.limits.total) {
      return refusal(`The gateway has ${this.limits.total} uploads in flight, its limit: try again in a moment`, 'UPLOADS_BUSY', 503, { 'retry-after': '1' });
    }
    this.perCaller.set(caller, mine + 1);
    this.total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.perCaller.get(caller) ?? 1) - 1;
      if (left > 0) this.perCaller.set(caller, left);
      else this.perCaller.delete(caller);
    };
  }
}

const isMultipart = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');

/** Yoga plugin: verify, take a slot, then stream. Put it after the rate limiter and the body limits. */
export function streamingUploads(options: StreamingUploadOptions): Plugin<object, { req?: http.IncomingMessage; res?: http.ServerResponse }> {
  const slots = new UploadSlots(options);
  const filePaths = new WeakMap<Request, string>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      const path = request && filePaths.get(request);
      const error = path && fileTargetError(args.document, args.operationName, path);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    async onRequestParse({ request, serverContext, setRequestParser }) {
      if (!isMultipart(request) || request.method !== 'POST') return;
      const { req, res } = serverContext;
      if (!req || !res) throw refusal('multipart uploads need the Node HTTP server', 'BAD_REQUEST', 400);
      const credentials = readCredentials((name) => request.headers.get(name) ?? undefined);
      if (!credentials) {
        throw refusal('An upload needs credentials: send x-viam-api-key-id and x-viam-api-key, or Authorization: Bearer <token>', 'UNAUTHENTICATED', 401);
      }
      const verdict = await options.verify(credentials);
      if (verdict === 'refused') throw refusal('The credentials were refused by the fleet upstream', 'UNAUTHENTICATED', 401);
      if (verdict === 'unavailable') throw refusal('the fleet upstream is unavailable: the credentials could not be checked', 'UPSTREAM_UNAVAILABLE', 503, { 'retry-after': '1' });
      const release = slots.take(credentialFingerprint(credentials));
      if (release instanceof GraphQLError) throw release;
      // The response is done (or the client went away): the slot is free, and an upload the
      // operation did not read to the end is not read at all.
      res.once('close', () => {
        release();
        if (!req.complete) req.destroy();
      });
      setRequestParser(() => parseStreaming(req, options, filePaths, request));
    },
  };
}
