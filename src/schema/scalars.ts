/** DateTime (ISO 8601), JSON (any JSON value, google.protobuf.Struct upstream) and File (uploads). */
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from './builder.ts';
import { jsonDepthExceeds, MAX_JSON_DEPTH, type JsonValue } from '../wire/struct.ts';

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

function literalToJson(node: ValueNode, variables: Record<string, unknown> | null | undefined, depth = 0): JsonValue {
  if ((node.kind === Kind.LIST || node.kind === Kind.OBJECT) && depth >= MAX_JSON_DEPTH) throw tooDeep();
  switch (node.kind) {
    case Kind.NULL:
      return null;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => literalToJson(v, variables, depth + 1));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalToJson(f.value, variables, depth + 1)]));
    case Kind.VARIABLE:
      return (variables?.[node.name.value] ?? null) as JsonValue;
  }
}

/** JSON input nested past MAX_JSON_DEPTH cannot travel as a Struct: refused as bad input, not an internal error. */
function boundedJson(value: JsonValue): JsonValue {
  if (jsonDepthExceeds(value)) throw tooDeep();
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
