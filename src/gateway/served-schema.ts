/**
 * What makes a document valid on this gateway beyond the code-first schema: Yoga's defer/stream
 * plugin adds the @defer and @stream directives to the schema it serves, and validation rules of
 * its own. The gateway installs these plugins, and documents checked before it starts (trusted
 * documents) are checked with the same ones, so a document the gateway runs is never refused at
 * load and one it refuses never loads.
 */
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';

/** The plugins that change the served schema or what validates against it. */
export function schemaPlugins(): Plugin[] {
  return [useDeferStream()];
}

/** Validates a document as the gateway's validation step does: `schema` as served (with the plugins' directives), with their rules. */
export function servedValidator(schema: GraphQLSchema): (document: DocumentNode) => readonly GraphQLError[] {
  const { schema: served, validate } = createYoga({ schema, plugins: schemaPlugins(), logging: false }).getEnveloped({});
  return (document) => validate(served, document);
}
