/**
 * A seeded generator of hostile GraphQL requests, driven by the schema: random selections with
 * aliases, fragments and directives; arguments of the right type or the wrong one (huge and
 * negative numbers, unicode, long strings, nested JSON); deep nesting, recursive fragments and
 * introspection; variables declared well or badly with random JSON payloads; syntax broken by
 * mutating valid documents; and malformed request envelopes. Same seed, same requests.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Rng } from './rng.ts';
import { UNKNOWN_ID } from './fixtures.ts';

/** A value to send, as a GraphQL literal or in variables; enum values are unquoted in literals only. */
type Value = null | boolean | number | string | { enum: string } | Value[] | { object: Record<string, Value> } | { raw: string };

function literal(value: Value): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if ('enum' in value) return value.enum;
  if ('raw' in value) return value.raw;
  return `{${Object.entries(value.object).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')}}`;
}

function json(value: Value): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(json);
  if ('enum' in value) return value.enum;
  if ('raw' in value) return value.raw;
  return Object.fromEntries(Object.entries(value.object).map(([k, v]) => [k, json(v)]));
}

const UNICODE = ['ü', 'ß', '日本語', '🤖', '🚀', '\u0000', '\u202e', 'Ω', '\\', '"', "'", '\n', '\t', '𝔘𝔫𝔦', 'é́́'];
const HUGE_NUMBERS = ['2147483648', '-2147483649', '9007199254740993', '100000000000000000000000', '1e309', '-0', '0.5', '1e-400'];
const TOKENS = ['{', '}', '(', ')', ':', '$', '@', '...', '"', '\\', '#', '!', '[', ']', '=', '|', '&', ',', 'query', 'mutation', 'fragment', 'on', '__schema', 'null', '999999999999999999999', '\u0000', '🤖'];

export interface FuzzRequest {
  kind: string;
  /** The raw JSON body (or not JSON at all) as sent. */
  body: string;
  /** Which credentials to send. */
  caller: 'fuzz' | 'demo' | 'none' | 'bad';
}

export interface FuzzPools {
  /** Real ids (of both organizations), mixed with made-up ones by the generator. */
  ids: string[];
  /** Ids the mutations are aimed at (the throwaway organization's). */
  mutationIds: string[];
}

export class FuzzGenerator {
  private fragments: string[] = [];
  private variables: { name: string; type: string; value: unknown }[] = [];
  /** Where ids come from for the operation being generated. */
  private idPool: string[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rng: Rng,
    private readonly pools: FuzzPools,
  ) {
    this.idPool = pools.ids;
  }

  next(): FuzzRequest {
    const kind = this.rng.weighted({
      query: 40,
      mutation: 10,
      mutated: 18,
      deep: 6,
      introspection: 8,
      recursiveFragment: 3,
      variables: 8,
      envelope: 5,
      subscription: 2,
    });
    const caller = kind === 'mutation' ? this.rng.weighted({ fuzz: 90, none: 5, bad: 5 }) : this.rng.weighted({ fuzz: 50, demo: 30, none: 12, bad: 8 });
    switch (kind) {
      case 'mutation':
        return { kind, caller, body: this.body(this.operation('mutation')) };
      case 'subscription':
        return { kind, caller, body: this.body(this.operation('subscription')) };
      case 'mutated': {
        const { query, variables } = this.operation(this.rng.chance(0.85) ? 'query' : 'mutation');
        return { kind, caller: caller === 'demo' ? 'fuzz' : caller, body: this.body({ query: this.mutateText(query), variables }) };
      }
      case 'deep':
        return { kind, caller, body: this.body({ query: this.deepQuery() }) };
      case 'introspection':
        return { kind, caller, body: this.body({ query: this.introspection() }) };
      case 'recursiveFragment':
        return { kind, caller, body: this.body({ query: this.recursiveFragment() }) };
      case 'variables': {
        const { query, variables } = this.operation('query');
        return { kind, caller, body: this.body({ query, variables: this.mutateVariables(variables) }) };
      }
      case 'envelope':
        return { kind, caller, body: this.envelope() };
      default:
        return { kind, caller, body: this.body(this.operation('query')) };
    }
  }

  private body(request: { query: unknown; variables?: unknown; operationName?: unknown }): string {
    return JSON.stringify(request);
  }

  /** A whole operation of `type` on its root type, with its fragments and variables. */
  operation(type: 'query' | 'mutation' | 'subscription'): { query: string; variables: Record<string, unknown> } {
    this.fragments = [];
    this.variables = [];
    this.idPool = type === 'mutation' && this.rng.chance(0.8) ? this.pools.mutationIds : this.pools.ids;
    const root = type === 'query' ? this.schema.getQueryType()! : type === 'mutation' ? this.schema.getMutationType()! : this.schema.getSubscriptionType()!;
    // Mutations and subscriptions: one root field, as clients send them (several would multiply side effects).
    const selection = this.selectionSet(root, 0, this.rng.int(1, 4), type === 'query' ? this.rng.int(1, 4) : 1, type === 'mutation');
    const declared = this.variables.map((v) => `$${v.name}: ${v.type}`).join(', ');
    const name = this.rng.chance(0.3) ? ` Op${this.rng.int(0, 999)}` : '';
    const head = declared ? `${type}${name}(${declared})` : name || type !== 'query' || this.rng.chance(0.5) ? `${type}${name}` : '';
    const query = `${head} ${selection}\n${this.fragments.join('\n')}`.trim();
    return { query, variables: Object.fromEntries(this.variables.map((v) => [v.name, v.value])) };
  }

  private selectionSet(type: GraphQLObjectType, depth: number, maxDepth: number, width: number, forMutation = false): string {
    // Distinct fields (the same field with other arguments is a conflict); aliases add repeats.
    const fields = Object.values(type.getFields()).filter((f) => !forMutation || f.name !== 'uploadModuleFile');
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const parts: string[] = [];
    for (let i = 0; i < width && fields.length; i++) {
      const field = fields.splice(this.rng.int(0, fields.length - 1), 1)[0]!;
      const named = getNamedType(field.type);
      if (!isLeafType(named) && depth >= maxDepth && !this.rng.chance(0.01)) {
        parts.push(leaves.length && this.rng.chance(0.8) ? this.rng.pick(leaves).name : '__typename');
        continue;
      }
      parts.push(this.field(field, depth, maxDepth));
    }
    if (this.rng.chance(0.01)) parts.push(`nosuch${this.rng.int(0, 9)}`);
    if (this.rng.chance(0.1)) parts.push('__typename');
    if (this.rng.chance(0.08) && depth > 0) {
      // The same selection again through a fragment, inline or named.
      const inner = this.selectionSet(type, depth, maxDepth, 1);
      if (this.rng.chance(0.5)) parts.push(`... on ${type.name} ${inner}`);
      else {
        const name = `F${this.fragments.length}_${this.rng.int(0, 99)}`;
        this.fragments.push(`fragment ${name} on ${type.name} ${inner}`);
        parts.push(`...${name}`);
      }
    }
    return `{ ${parts.join(' ')} }`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, maxDepth: number): string {
    const alias = this.rng.chance(0.12) ? `${this.rng.pick(['a', 'b', 'x', '_'])}${this.rng.int(0, 30)}: ` : '';
    const args: string[] = [];
    for (const arg of field.args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!this.rng.chance(required ? 0.98 : 0.5)) continue;
      args.push(`${arg.name}: ${this.argument(arg.type)}`);
    }
    if (this.rng.chance(0.005)) args.push(`bogus: ${literal(this.anyValue(2))}`);
    const directive = this.rng.chance(0.015) ? ` ${this.rng.pick(['@include(if: true)', '@skip(if: false)', '@skip(if: "yes")', '@deprecated', '@nosuch', '@include(if: true) @include(if: true)'])}` : '';
    const named = getNamedType(field.type);
    let sub = '';
    if (isObjectType(named)) sub = ` ${this.selectionSet(named, depth + 1, maxDepth, this.rng.int(1, 3))}`;
    else if (this.rng.chance(0.003)) sub = ' { id }';
    return `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${directive}${sub}`;
  }

  /** An argument: a literal, or (sometimes) a variable carrying the value. */
  private argument(type: GraphQLInputType): string {
    const wrong = this.rng.chance(0.04);
    const value = wrong ? this.anyValue(2) : this.valueFor(type);
    if (!this.rng.chance(0.25)) return literal(value);
    const name = `v${this.variables.length}`;
    const declaredType = this.rng.chance(0.95) ? String(type) : this.rng.pick(['Int', 'String!', 'ID', '[ID!]!', 'Nope', 'JSON', 'Boolean!']);
    this.variables.push({ name, type: declaredType, value: this.rng.chance(0.03) ? undefined : json(value) });
    return `$${name}`;
  }

  private valueFor(type: GraphQLInputType, nullable = true): Value {
    if (isNonNullType(type)) return this.rng.chance(0.01) ? null : this.valueFor(type.ofType, false);
    if (nullable && this.rng.chance(0.05)) return null;
    if (isListType(type)) {
      if (this.rng.chance(0.2)) return this.valueFor(type.ofType); // a single value coerces to a list
      return Array.from({ length: this.rng.int(0, 4) }, () => this.valueFor(type.ofType));
    }
    if (isEnumType(type)) {
      return this.rng.chance(0.97) ? { enum: this.rng.pick(type.getValues()).name } : { enum: this.rng.pick(['NOPE', 'owner', 'Role']) };
    }
    if (isInputObjectType(type)) {
      const object: Record<string, Value> = {};
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) ? this.rng.chance(0.98) : this.rng.chance(0.5)) object[field.name] = this.valueFor(field.type);
      }
      if (this.rng.chance(0.02)) object.unknownField = this.anyValue(1);
      return { object };
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'ID':
          return this.id();
        case 'String':
          return this.string();
        case 'Int':
          return this.int();
        case 'Float':
          return this.rng.next() * 1e6 - 5e5;
        case 'Boolean':
          return this.rng.chance(0.5);
        case 'DateTime':
          return this.rng.chance(0.7) ? new Date(this.rng.int(0, 4e12)).toISOString() : this.string();
        case 'JSON':
          return this.anyValue(this.rng.chance(0.05) ? 40 : 3);
        default:
          return this.anyValue(1);
      }
    }
    return this.anyValue(1);
  }

  private id(): Value {
    const roll = this.rng.next();
    if (roll < 0.7) return this.rng.pick(this.idPool);
    if (roll < 0.8) return this.rng.int(-5, 1e6);
    if (roll < 0.9) return UNKNOWN_ID;
    return this.string();
  }

  private string(): string {
    const roll = this.rng.next();
    if (roll < 0.4) return `fuzz-${this.rng.int(0, 1e6)}`;
    if (roll < 0.55) return '';
    if (roll < 0.8) return Array.from({ length: this.rng.int(1, 8) }, () => this.rng.pick(UNICODE)).join('');
    if (roll < 0.9) return 'x'.repeat(this.rng.int(100, 20_000));
    return this.rng.pick(['motor', '%', '_', "'; DROP TABLE robots; --", '../../etc/passwd', '${jndi:x}', 'null', 'NaN']);
  }

  private int(): Value {
    const roll = this.rng.next();
    if (roll < 0.5) return this.rng.int(-3, 200);
    if (roll < 0.7) return this.rng.pick([0, -1, 2147483647, -2147483648, 1000000]);
    return { raw: this.rng.pick(HUGE_NUMBERS) };
  }

  /** Any value at all, nested up to `depth`. */
  private anyValue(depth: number): Value {
    const kinds = depth > 0 ? ['null', 'bool', 'int', 'float', 'string', 'list', 'object'] : ['null', 'bool', 'int', 'float', 'string'];
    switch (this.rng.pick(kinds)) {
      case 'null':
        return null;
      case 'bool':
        return this.rng.chance(0.5);
      case 'int':
        return this.int();
      case 'float':
        return this.rng.next() * 1e12 - 5e11;
      case 'string':
        return this.string();
      case 'list':
        return Array.from({ length: this.rng.int(0, 3) }, () => this.anyValue(depth - 1));
      default:
        return { object: Object.fromEntries(Array.from({ length: this.rng.int(0, 3) }, (_, i) => [`k${i}`, this.anyValue(depth - 1)])) };
    }
  }

  /** A cycle through the graph, far deeper than any client needs. */
  private deepQuery(): string {
    const levels = this.rng.int(8, 60);
    const cycle = this.rng.pick([
      ['location', 'robots'],
      ['robot', 'parts'],
      ['organization', 'locations', 'parent'],
    ]);
    let body = 'id';
    for (let i = levels - 1; i >= 0; i--) body = `${cycle[i % cycle.length]} { id ${body} }`;
    const root = this.rng.pick(['robot', 'location', 'robotPart']);
    return `{ ${root}(id: ${JSON.stringify(this.rng.pick(this.pools.ids))}) { ${body} } }`;
  }

  private introspection(): string {
    const roll = this.rng.next();
    if (roll < 0.3) return '{ __schema { types { name kind fields { name args { name type { name kind ofType { name } } } } } } }';
    if (roll < 0.5) return `{ __type(name: ${JSON.stringify(this.rng.pick(['Robot', 'Query', 'Nope', '', 'JSON']))}) { name fields { name type { name } } } }`;
    if (roll < 0.7) {
      // ofType nested far deeper than any real type needs.
      let inner = 'name';
      for (let i = 0; i < this.rng.int(5, 40); i++) inner = `ofType { name ${inner} }`;
      return `{ __schema { types { fields { type { ${inner} } } } } }`;
    }
    if (roll < 0.85) {
      // Introspection fanned out through aliases.
      const count = this.rng.int(2, 200);
      return `{ ${Array.from({ length: count }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`;
    }
    return '{ __schema { queryType { name fields { name type { fields { name type { fields { name type { fields { name } } } } } } } } } }';
  }

  private recursiveFragment(): string {
    return this.rng.pick([
      'query { robot(id: "x") { ...A } } fragment A on Robot { location { robots { ...A } } }',
      'query { robot(id: "x") { ...A } } fragment A on Robot { ...B } fragment B on Robot { ...A }',
      'query { organizations { ...O } } fragment O on Organization { locations { organization { ...O } } }',
      'query { __schema { ...S } } fragment S on __Schema { types { name } ...S }',
    ]);
  }

  /** A valid document with a few random edits: syntax errors mostly, sometimes still valid. */
  mutateText(text: string): string {
    let out = text;
    for (let i = this.rng.int(1, 4); i > 0; i--) {
      const at = this.rng.int(0, out.length);
      const span = this.rng.int(1, 12);
      switch (this.rng.int(0, 4)) {
        case 0:
          out = out.slice(0, at) + out.slice(at + span);
          break;
        case 1:
          out = out.slice(0, at) + this.rng.pick(TOKENS) + out.slice(at);
          break;
        case 2:
          out = out.slice(0, at) + out.slice(at, at + span).repeat(this.rng.int(2, 50)) + out.slice(at);
          break;
        case 3:
          out = out.slice(0, at);
          break;
        default:
          out = out.slice(0, at) + this.rng.pick(UNICODE) + out.slice(at + 1);
      }
    }
    return out;
  }

  private mutateVariables(variables: Record<string, unknown>): unknown {
    const roll = this.rng.next();
    if (roll < 0.25) return json(this.anyValue(3)); // not even an object, often
    if (roll < 0.5) return Object.fromEntries(Object.keys(variables).map((k) => [k, json(this.anyValue(3))]));
    if (roll < 0.6) return { ...variables, extra: json(this.anyValue(2)) };
    if (roll < 0.7) {
      let nested: unknown = 1;
      for (let i = 0; i < this.rng.int(10, 500); i++) nested = { n: nested };
      return Object.fromEntries(Object.keys(variables).map((k) => [k, nested]));
    }
    return variables;
  }

  /** A request body that is not a proper GraphQL request. */
  private envelope(): string {
    const { query, variables } = this.operation('query');
    switch (this.rng.int(0, 8)) {
      case 0:
        return JSON.stringify({ query: this.rng.pick([42, null, true, ['{ __typename }'], { query }]) });
      case 1:
        return JSON.stringify({ variables });
      case 2:
        return JSON.stringify([{ query }, { query }]); // a batch: batching is off
      case 3:
        return JSON.stringify({ query, variables: JSON.stringify(variables) });
      case 4:
        return JSON.stringify({ query, operationName: this.rng.pick(['Nope', 42, '', null, '🤖']) });
      case 5:
        return JSON.stringify({ query, extensions: json(this.anyValue(2)) });
      case 6:
        return query; // not JSON
      case 7:
        return JSON.stringify({ query }).slice(0, this.rng.int(0, 20)); // truncated JSON
      default:
        return JSON.stringify(json(this.anyValue(3)));
    }
  }
}
