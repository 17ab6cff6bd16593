/** DateTime (ISO 8601), JSON (any JSON value, google.protobuf.Struct upstream) and File (uploads). */
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from './builder.ts';
import { jsonBytesUpTo, jsonDepthExceeds, MAX_JSON_ARGUMENT_BYTES, MAX_JSON_DEPTH, REFUSED_JSON_KEY, refusedKeyPath, type JsonValue } from '../wire/struct.ts';

builder.scalarType('DateTime', {
  description: 'A point in time as an ISO 8601 string in UTC, e.g. "2026-11-25T19:25:14.000Z".',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: (value) => {
    const date = new Date(typeof value === 'string' || typeof value === 'number' ? value : NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
    return date;
  },
});

const tooDeep = () => new GraphQLError(`JSON input is nested deeper than the limit of ${MAX_JSON_DEPTH} levels`, { extensions: { code: 'BAD_USER_INPUT' } });
const tooLarge = () =>
  new GraphQLError(`JSON input is larger than the limit of ${MAX_JSON_ARGUMENT_BYTES} bytes (variables it uses count once per use)`, {
    extensions: { code: 'BAD_USER_INPUT', limit: MAX_JSON_ARGUMENT_BYTES },
  });

/**
 * A JSON literal as a value, its variables put in. Iterative (no literal nests deep enough to
 * overflow the stack) and counting bytes as it builds: a variable named many times costs its
 * size each time, so `[$v, $v, ...]` cannot turn a small request into a huge config.
 */
function literalToJson(root: ValueNode, variables: Record<string, unknown> | null | undefined): JsonValue {
  let bytes = 0;
  const count = (n: number) => {
    bytes += n;
    if (bytes > MAX_JSON_ARGUMENT_BYTES) throw tooLarge();
  };
  const variableBytes = new Map<string, number>();
  let result: JsonValue = null;
  const pending: { node: ValueNode; depth: number; put: (value: JsonValue) => void }[] = [{ node: root, depth: 0, put: (value) => (result = value) }];
  while (pending.length > 0) {
    const { node, depth, put } = pending.pop()!;
    if ((node.kind === Kind.LIST || node.kind === Kind.OBJECT) && depth >= MAX_JSON_DEPTH) throw tooDeep();
    switch (node.kind) {
      case Kind.NULL:
        count(4);
        put(null);
        break;
      case Kind.BOOLEAN:
        count(5);
        put(node.value);
        break;
      case Kind.INT:
      case Kind.FLOAT:
        count(node.value.length);
        put(Number(node.value));
        break;
      case Kind.STRING:
      case Kind.ENUM:
        count(Buffer.byteLength(node.value) + 2);
        put(node.value);
        break;
      case Kind.LIST: {
        count(2 + node.values.length);
        const list: JsonValue[] = new Array<JsonValue>(node.values.length).fill(null);
        put(list);
        node.values.forEach((value, index) => pending.push({ node: value, depth: depth + 1, put: (item) => (list[index] = item) }));
        break;
      }
      case Kind.OBJECT: {
        count(2);
        // Keys first, in order (an own "__proto__" key stays a plain key), values as they are built.
        const object: { [key: string]: JsonValue } = Object.fromEntries(node.fields.map((field) => [field.name.value, null]));
        put(object);
        for (const field of node.fields) {
          count(Buffer.byteLength(field.name.value) + 4);
          pending.push({ node: field.value, depth: depth + 1, put: (item) => (object[field.name.value] = item) });
        }
        break;
      }
      case Kind.VARIABLE: {
        const name = node.name.value;
        const value = (variables?.[name] ?? null) as JsonValue;
        let size = variableBytes.get(name);
        if (size === undefined) variableBytes.set(name, (size = jsonBytesUpTo(value, MAX_JSON_ARGUMENT_BYTES)));
        count(size);
        put(value);
        break;
      }
    }
  }
  return result;
}

/** JSON input nested past MAX_JSON_DEPTH cannot travel as a Struct, nor a "__proto__" key come back: refused as bad input. */
function boundedJson(value: JsonValue): JsonValue {
  if (jsonDepthExceeds(value)) throw tooDeep();
  if (jsonBytesUpTo(value, MAX_JSON_ARGUMENT_BYTES) > MAX_JSON_ARGUMENT_BYTES) throw tooLarge();
  const refused = refusedKeyPath(value);
  if (refused) throw new GraphQLError(`JSON input has the key "${REFUSED_JSON_KEY}" at ${refused}; that key is not accepted`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

builder.scalarType('JSON', {
  description: 'Any JSON value: objects, lists, numbers, strings, booleans and null (google.protobuf.Struct upstream).',
  serialize: (value) => value as JsonValue,
  parseValue: (value) => boundedJson(value as JsonValue),
  parseLiteral: (node, variables) => boundedJson(literalToJson(node, variables)),
});

/**
 * Yoga parses multipart bodies into @whatwg-node/fetch's File, which is not Node's global File,
 * so `instanceof File` refuses every real upload: recognise a file by what we use of it.
 */
function isUploadedFile(value: unknown): value is File {
  const file = value as Partial<File> | null;
  return typeof file === 'object' && file !== null && typeof file.stream === 'function' && typeof file.arrayBuffer === 'function' && typeof file.name === 'string';
}

builder.scalarType('File', {
  description: 'A file sent with the GraphQL multipart request specification.',
  serialize: () => {
    throw new GraphQLError('File is an input-only scalar');
  },
  parseValue: (value) => {
    if (!isUploadedFile(value)) throw new GraphQLError('File must be sent as a multipart upload', { extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  },
});
