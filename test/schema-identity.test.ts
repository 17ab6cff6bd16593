/**
 * Normalized client caches (Apollo Client, urql graphcache) key objects by `__typename` and `id`.
 * Every object type either has one (`id: ID!`) or says in its description that it is a value
 * without identity, which those caches keep inside its parent; and every mutation hands back what
 * it changed (an object with an id) or, for a deletion, the id to evict.
 */
import { describe, expect, it } from 'vitest';
import { getNamedType, getNullableType, isObjectType, isScalarType, GraphQLID, type GraphQLObjectType } from 'graphql';
import { schema } from '../src/schema/index.ts';

const VALUE_WITHOUT_IDENTITY = 'A value without identity: ';

const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && !rootTypes.has(type),
);
const hasId = (type: GraphQLObjectType) => {
  const id = type.getFields().id;
  return id !== undefined && String(id.type) === 'ID!';
};

describe('identity of every object type', () => {
  it('each object type has `id: ID!` or is described as a value without identity', () => {
    const neither = objectTypes.filter((type) => !hasId(type) && !type.description?.startsWith(VALUE_WITHOUT_IDENTITY)).map((type) => type.name);
    expect(neither).toEqual([]);
  });

  it('no type has both (a value without identity has no id to contradict it)', () => {
    const both = objectTypes.filter((type) => hasId(type) && type.description?.startsWith(VALUE_WITHOUT_IDENTITY)).map((type) => type.name);
    expect(both).toEqual([]);
  });

  it('every mutation returns an object with an id, or an ID (what a deletion removed)', () => {
    const bad = Object.values(schema.getMutationType()!.getFields())
      .filter((field) => {
        const type = getNamedType(field.type);
        if (isObjectType(type)) return !hasId(type);
        return !(isScalarType(getNullableType(field.type)) && type === GraphQLID);
      })
      .map((field) => `${field.name}: ${String(field.type)}`);
    expect(bad).toEqual([]);
  });
});
