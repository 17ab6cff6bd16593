/**
 * Contract check: every message, enum and RPC declared in our hand-written protos (proto/) must
 * match the descriptors generated into @viamrobotics/sdk — same field numbers, types, labels,
 * oneof membership, enum values and streaming — or the wire would silently disagree with Viam.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import { PROTO_DIR, PROTO_FILES } from '../src/wire/protos.ts';
import { loadSdkDescriptors, type Descriptors, type EnumFact, type FieldFact, type MessageFact, type ServiceFact } from './support/sdk-descriptors.ts';

/** Well-known types come from protobufjs' bundled copies, not from us. */
const isOurs = (fullName: string) => !fullName.startsWith('google.');

function fieldFact(field: protobuf.Field): FieldFact {
  field.resolve();
  const proto3Optional = field.options?.proto3_optional === true;
  const typeName = (f: protobuf.Field) => (f.resolvedType ? f.resolvedType.fullName.replace(/^\./, '') : f.type);
  let label: FieldFact['label'] = 'singular';
  let type = typeName(field);
  if (field instanceof protobuf.MapField) {
    label = 'map';
    type = `map<${field.keyType},${type}>`;
  } else if (field.repeated) label = 'repeated';
  else if (proto3Optional) label = 'optional';
  // proto3 `optional` is a synthetic one-field oneof; it is not a real oneof on the wire or in the SDK.
  const oneof = field.partOf && !proto3Optional ? field.partOf.name : undefined;
  return { name: field.name, number: field.id, type, label, ...(oneof ? { oneof } : {}) };
}

/** Parses proto/ exactly as written (no proto-loader options involved). */
function loadOurDescriptors(): Descriptors {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(PROTO_DIR, target));
  root.loadSync(PROTO_FILES, { keepCase: true });
  root.resolveAll();
  const out: Descriptors = { messages: new Map(), enums: new Map(), services: new Map() };
  const walk = (ns: protobuf.NamespaceBase): void => {
    for (const child of ns.nestedArray) {
      const fullName = child.fullName.replace(/^\./, '');
      if (child instanceof protobuf.Type && isOurs(fullName)) {
        out.messages.set(fullName, { name: fullName, fields: new Map(child.fieldsArray.map((f) => [f.name, fieldFact(f)])) });
      } else if (child instanceof protobuf.Enum && isOurs(fullName)) {
        out.enums.set(fullName, { name: fullName, values: new Map(Object.entries(child.values)) });
      } else if (child instanceof protobuf.Service && isOurs(fullName)) {
        const methods = child.methodsArray.map((m) => {
          m.resolve();
          return {
            name: m.name,
            input: m.resolvedRequestType!.fullName.replace(/^\./, ''),
            output: m.resolvedResponseType!.fullName.replace(/^\./, ''),
            clientStreaming: m.requestStream === true,
            serverStreaming: m.responseStream === true,
          };
        });
        out.services.set(fullName, { name: fullName, methods: new Map(methods.map((m) => [m.name, m])) });
      }
      if (child instanceof protobuf.Namespace || child instanceof protobuf.Type || child instanceof protobuf.Service) walk(child);
    }
  };
  walk(root);
  return out;
}

const describeLabel = (f: FieldFact) => (f.label === 'singular' ? 'singular' : f.label);

function compareMessage(ours: MessageFact, sdk: MessageFact | undefined, drifts: string[]): void {
  if (!sdk) return void drifts.push(`${ours.name}: message not in the SDK`);
  for (const field of ours.fields.values()) {
    const at = `${ours.name}.${field.name}`;
    const theirs = sdk.fields.get(field.name);
    if (!theirs) {
      drifts.push(`${at}: field not in the SDK`);
      continue;
    }
    if (field.number !== theirs.number) drifts.push(`${at}: number ${field.number} in ours, ${theirs.number} in SDK`);
    if (field.type !== theirs.type) drifts.push(`${at}: type ${field.type} in ours, ${theirs.type} in SDK`);
    if (field.label !== theirs.label) drifts.push(`${at}: ${describeLabel(field)} in ours, ${describeLabel(theirs)} in SDK`);
    if ((field.oneof ?? null) !== (theirs.oneof ?? null)) {
      drifts.push(`${at}: oneof ${field.oneof ?? '(none)'} in ours, ${theirs.oneof ?? '(none)'} in SDK`);
    }
  }
}

function compareEnum(ours: EnumFact, sdk: EnumFact | undefined, drifts: string[]): void {
  if (!sdk) return void drifts.push(`${ours.name}: enum not in the SDK`);
  for (const [name, number] of ours.values) {
    const theirs = sdk.values.get(name);
    if (theirs === undefined) drifts.push(`${ours.name}.${name}: enum value not in the SDK`);
    else if (theirs !== number) drifts.push(`${ours.name}.${name}: number ${number} in ours, ${theirs} in SDK`);
  }
  for (const name of sdk.values.keys()) {
    if (!ours.values.has(name)) drifts.push(`${ours.name}.${name}: enum value missing in ours (SDK has ${sdk.values.get(name)})`);
  }
}

function compareService(ours: ServiceFact, sdk: ServiceFact | undefined, drifts: string[]): void {
  if (!sdk) return void drifts.push(`${ours.name}: service not in the SDK`);
  const streaming = (c: boolean, s: boolean) => `${c ? 'client-streaming' : 'unary request'}/${s ? 'server-streaming' : 'unary response'}`;
  for (const method of ours.methods.values()) {
    const at = `${ours.name}/${method.name}`;
    const theirs = sdk.methods.get(method.name);
    if (!theirs) {
      drifts.push(`${at}: rpc not in the SDK`);
      continue;
    }
    if (method.input !== theirs.input) drifts.push(`${at}: input ${method.input} in ours, ${theirs.input} in SDK`);
    if (method.output !== theirs.output) drifts.push(`${at}: output ${method.output} in ours, ${theirs.output} in SDK`);
    if (method.clientStreaming !== theirs.clientStreaming || method.serverStreaming !== theirs.serverStreaming) {
      drifts.push(
        `${at}: ${streaming(method.clientStreaming, method.serverStreaming)} in ours, ${streaming(theirs.clientStreaming, theirs.serverStreaming)} in SDK`,
      );
    }
  }
}

/** Every way `ours` disagrees with `sdk`, one line each, naming the message/enum/rpc and field. */
function findDrifts(ours: Descriptors, sdk: Descriptors): string[] {
  const drifts: string[] = [];
  for (const message of ours.messages.values()) compareMessage(message, sdk.messages.get(message.name), drifts);
  for (const enumFact of ours.enums.values()) compareEnum(enumFact, sdk.enums.get(enumFact.name), drifts);
  for (const service of ours.services.values()) compareService(service, sdk.services.get(service.name), drifts);
  return drifts;
}

/** A deep copy with one message, field, enum or method changed by `mutate`. */
function mutated(source: Descriptors, mutate: (d: Descriptors) => void): Descriptors {
  const copy: Descriptors = {
    messages: new Map([...source.messages].map(([k, m]) => [k, { name: m.name, fields: new Map([...m.fields].map(([n, f]) => [n, { ...f }])) }])),
    enums: new Map([...source.enums].map(([k, e]) => [k, { name: e.name, values: new Map(e.values) }])),
    services: new Map([...source.services].map(([k, s]) => [k, { name: s.name, methods: new Map([...s.methods].map(([n, m]) => [n, { ...m }])) }])),
  };
  mutate(copy);
  return copy;
}

describe('proto contract against @viamrobotics/sdk', () => {
  const ours = loadOurDescriptors();
  const sdk = loadSdkDescriptors();

  it('reads a meaningful amount of both sides', () => {
    expect(ours.services.get('viam.app.v1.AppService')?.methods.size).toBeGreaterThan(40);
    expect(ours.services.get('viam.app.v1.RobotService')?.methods.size).toBe(3);
    expect(ours.services.get('proto.rpc.v1.AuthService')?.methods.has('Authenticate')).toBe(true);
    expect(ours.messages.has('viam.common.v1.LogEntry')).toBe(true);
    expect(ours.messages.size).toBeGreaterThan(80);
    expect(sdk.messages.size).toBeGreaterThan(ours.messages.size);
    expect(sdk.services.get('viam.app.v1.AppService')?.methods.size).toBeGreaterThan(ours.services.get('viam.app.v1.AppService')!.methods.size);
  });

  it('declares every message, enum and rpc exactly as Viam does', () => {
    const drifts = findDrifts(ours, sdk);
    if (drifts.length > 0) throw new Error(`${drifts.length} drift(s) from @viamrobotics/sdk:\n  ${drifts.join('\n  ')}`);
  });

  describe('the comparator itself', () => {
    it('passes the SDK compared with itself restricted to what we declare', () => {
      const sdkSubset: Descriptors = {
        messages: new Map([...ours.messages.keys()].filter((k) => sdk.messages.has(k)).map((k) => [k, sdk.messages.get(k)!])),
        enums: new Map([...ours.enums.keys()].filter((k) => sdk.enums.has(k)).map((k) => [k, sdk.enums.get(k)!])),
        services: new Map(),
      };
      expect(findDrifts(sdkSubset, sdk)).toEqual([]);
    });

    it('catches a changed field number, type, label and oneof', () => {
      const drifts = findDrifts(
        mutated(ours, (d) => {
          const part = d.messages.get('viam.app.v1.RobotPart')!;
          part.fields.get('name')!.number = 3;
          part.fields.get('robot')!.type = 'bytes';
          part.fields.get('secrets')!.label = 'singular';
          part.fields.get('fqdn')!.oneof = 'address';
          part.fields.set('nickname', { name: 'nickname', number: 99, type: 'string', label: 'singular' });
        }),
        sdk,
      );
      expect(drifts).toEqual(
        expect.arrayContaining([
          'viam.app.v1.RobotPart.name: number 3 in ours, 2 in SDK',
          'viam.app.v1.RobotPart.robot: type bytes in ours, string in SDK',
          'viam.app.v1.RobotPart.secrets: singular in ours, repeated in SDK',
          'viam.app.v1.RobotPart.fqdn: oneof address in ours, (none) in SDK',
          'viam.app.v1.RobotPart.nickname: field not in the SDK',
        ]),
      );
    });

    it('catches a dropped optional, a changed map and an unknown message', () => {
      const drifts = findDrifts(
        mutated(ours, (d) => {
          d.messages.get('viam.app.v1.Organization')!.fields.get('cid')!.label = 'singular';
          d.messages.get('viam.app.v1.ModuleConfig')!.fields.get('env')!.type = 'map<string,int32>';
          d.messages.set('viam.app.v1.NotAViamMessage', { name: 'viam.app.v1.NotAViamMessage', fields: new Map() });
        }),
        sdk,
      );
      expect(drifts).toEqual(
        expect.arrayContaining([
          'viam.app.v1.Organization.cid: singular in ours, optional in SDK',
          'viam.app.v1.ModuleConfig.env: type map<string,int32> in ours, map<string,string> in SDK',
          'viam.app.v1.NotAViamMessage: message not in the SDK',
        ]),
      );
    });

    it('catches enum values that are missing, extra or renumbered', () => {
      const [name, enumFact] = [...ours.enums].find(([, e]) => e.values.size >= 2)!;
      const [first, second] = [...enumFact.values.keys()];
      const drifts = findDrifts(
        mutated(ours, (d) => {
          const e = d.enums.get(name)!;
          e.values.delete(first!);
          e.values.set(second!, 42);
          e.values.set('MADE_UP_VALUE', 7);
        }),
        sdk,
      );
      expect(drifts).toEqual(
        expect.arrayContaining([
          `${name}.${first}: enum value missing in ours (SDK has ${sdk.enums.get(name)!.values.get(first!)})`,
          `${name}.${second}: number 42 in ours, ${sdk.enums.get(name)!.values.get(second!)} in SDK`,
          `${name}.MADE_UP_VALUE: enum value not in the SDK`,
        ]),
      );
    });

    it('catches a changed rpc input, output or streaming', () => {
      const drifts = findDrifts(
        mutated(ours, (d) => {
          const app = d.services.get('viam.app.v1.AppService')!;
          app.methods.get('TailRobotPartLogs')!.serverStreaming = false;
          app.methods.get('GetRobot')!.output = 'viam.app.v1.GetRobotPartResponse';
          app.methods.get('UploadModuleFile')!.clientStreaming = false;
          app.methods.set('MadeUp', { name: 'MadeUp', input: 'a.B', output: 'a.C', clientStreaming: false, serverStreaming: false });
        }),
        sdk,
      );
      expect(drifts).toEqual(
        expect.arrayContaining([
          'viam.app.v1.AppService/TailRobotPartLogs: unary request/unary response in ours, unary request/server-streaming in SDK',
          'viam.app.v1.AppService/GetRobot: output viam.app.v1.GetRobotPartResponse in ours, viam.app.v1.GetRobotResponse in SDK',
          'viam.app.v1.AppService/UploadModuleFile: unary request/unary response in ours, client-streaming/unary response in SDK',
          'viam.app.v1.AppService/MadeUp: rpc not in the SDK',
        ]),
      );
    });
  });
});
