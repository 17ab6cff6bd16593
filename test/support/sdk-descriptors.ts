/**
 * Reads the protobuf descriptors that `@viamrobotics/sdk` ships as generated TypeScript
 * declarations (protoc-gen-es / protoc-gen-connect-es). Every generated symbol carries a
 * `@generated from ...` line with the exact proto declaration, which is what we compare against.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export interface FieldFact {
  name: string;
  number: number;
  /** Scalar name (`string`), or fully qualified message / enum name. */
  type: string;
  label: 'singular' | 'repeated' | 'optional' | 'map';
  /** For maps: `map<string, viam.app.v1.X>` is kept whole in `type`. */
  oneof?: string;
}
export interface MessageFact { name: string; fields: Map<string, FieldFact> }
export interface EnumFact { name: string; values: Map<string, number> }
export interface MethodFact { name: string; input: string; output: string; clientStreaming: boolean; serverStreaming: boolean }
export interface ServiceFact { name: string; methods: Map<string, MethodFact> }
export interface Descriptors {
  messages: Map<string, MessageFact>;
  enums: Map<string, EnumFact>;
  services: Map<string, ServiceFact>;
}

function sdkGenDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its bundle (dist/main.*.js); the declarations sit beside it.
  return path.join(path.dirname(require.resolve('@viamrobotics/sdk')), 'gen');
}

function parseFieldDecl(decl: string): Omit<FieldFact, 'oneof'> {
  const m = /^(?:(repeated|optional) )?(map<[^>]+>|[\w.]+) (\w+) = (\d+)(?: \[[^\]]*\])?;$/.exec(decl.trim());
  if (!m) throw new Error(`unparsed field declaration: ${decl}`);
  const [, mod, type, name, num] = m;
  const label = type!.startsWith('map<') ? 'map' : ((mod as 'repeated' | 'optional' | undefined) ?? 'singular');
  return { name: name!, number: Number(num), type: type!.replace(/\s+/g, ''), label };
}

function parsePbFile(text: string, out: Descriptors): void {
  let message: MessageFact | undefined;
  let enumFact: EnumFact | undefined;
  let oneof: string | undefined;
  for (const line of text.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /@generated from message ([\w.]+)$/.exec(line))) {
      message = { name: m[1]!, fields: new Map() };
      out.messages.set(message.name, message);
      enumFact = undefined;
    } else if ((m = /@generated from enum ([\w.]+)$/.exec(line))) {
      enumFact = { name: m[1]!, values: new Map() };
      out.enums.set(enumFact.name, enumFact);
      message = undefined;
    } else if ((m = /@generated from enum value: (\w+) = (-?\d+);/.exec(line)) && enumFact) {
      enumFact.values.set(m[1]!, Number(m[2]));
    } else if ((m = /@generated from oneof [\w.]+\.(\w+)$/.exec(line))) {
      oneof = m[1];
    } else if (/\} \| \{ case: undefined; value\?: undefined \};/.test(line)) {
      oneof = undefined;
    } else if ((m = /@generated from field: (.+)$/.exec(line)) && message) {
      const field: FieldFact = { ...parseFieldDecl(m[1]!), ...(oneof ? { oneof } : {}) };
      message.fields.set(field.name, field);
    }
  }
}

function parseConnectFile(text: string, out: Descriptors): void {
  const pkgService = /typeName: "([\w.]+)"/g;
  const services = [...text.matchAll(pkgService)].map((m) => ({ name: m[1]!, at: m.index! }));
  const methodRe = /name: "(\w+)",\s*readonly I: typeof (\w+),\s*readonly O: typeof (\w+),\s*readonly kind: MethodKind\.(\w+)/g;
  const pkg = /package ([\w.]+)/.exec(text)?.[1] ?? '';
  for (const m of text.matchAll(methodRe)) {
    const owner = services.filter((s) => s.at < m.index!).at(-1);
    if (!owner) continue;
    let svc = out.services.get(owner.name);
    if (!svc) out.services.set(owner.name, (svc = { name: owner.name, methods: new Map() }));
    const kind = m[4]!;
    svc.methods.set(m[1]!, {
      name: m[1]!,
      input: `${pkg}.${m[2]}`,
      output: `${pkg}.${m[3]}`,
      clientStreaming: kind === 'ClientStreaming' || kind === 'BiDiStreaming',
      serverStreaming: kind === 'ServerStreaming' || kind === 'BiDiStreaming',
    });
  }
}

let cached: Descriptors | undefined;
export function loadSdkDescriptors(): Descriptors {
  if (cached) return cached;
  const out: Descriptors = { messages: new Map(), enums: new Map(), services: new Map() };
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('_pb.d.ts')) parsePbFile(fs.readFileSync(full, 'utf8'), out);
      else if (entry.name.endsWith('_connect.d.ts')) parseConnectFile(fs.readFileSync(full, 'utf8'), out);
    }
  };
  walk(sdkGenDir());
  return (cached = out);
}
