/** The Pothos schema builder and its plugins. Types live in the domain files beside this one. */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ForgetAfterMutationPlugin from './forget-after-mutation.ts';
import type { GraphQLContext } from '../context.ts';
import type { JsonValue } from '../wire/struct.ts';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    ID: { Input: string; Output: string | number };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: JsonValue; Output: JsonValue };
    File: { Input: File; Output: never };
  };
}>({
  // Order matters: the forget-after-mutation wrapper runs inside the dataloader plugin's.
  plugins: [DataloaderPlugin, ForgetAfterMutationPlugin],
});

builder.queryType({ description: 'Read the fleet: organizations, locations, robots, parts, fragments and modules.' });
builder.mutationType({ description: 'Every fleet-management call of the Viam app API, returning the changed object.' });
