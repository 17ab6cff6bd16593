/**
 * Trusted documents: with a list of operations (a JSON file mapping an id, usually the sha256 of
 * the document, to its text), only those run. Clients send the id as
 * `extensions.persistedQuery.sha256Hash` (Apollo's format) and no query. Over HTTP the check is
 * @graphql-yoga/plugin-persisted-operations. graphql-ws operations do not pass through its
 * HTTP-only hook: there the query text itself must be one of the trusted documents.
 */
import fs from 'node:fs';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { servedValidator } from './served-schema.ts';

export type TrustedDocuments = ReadonlyMap<string, string>;

export const NOT_TRUSTED_CODE = 'PERSISTED_QUERY_NOT_FOUND';
export const ID_REQUIRED_CODE = 'PERSISTED_QUERY_ONLY';

const NOT_FOUND_MESSAGE = 'PersistedQueryNotFound: this gateway runs trusted documents only, and the id sent is not one of them';
const WS_NOT_TRUSTED_MESSAGE = 'PersistedQueryNotFound: this gateway runs trusted documents only, and over websockets the query must be the exact text of one';
const ID_REQUIRED_MESSAGE =
  'PersistedQueryOnly: this gateway runs trusted documents only: send the id of one as extensions.persistedQuery.sha256Hash (with version 1) instead of a query';

/**
 * Reads and checks the file: every entry must be a valid operation of `schema` as the gateway serves
 * it (with @defer and @stream), or the gateway does not start.
 */
export function loadTrustedDocuments(file: string, schema: GraphQLSchema): TrustedDocuments {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--trusted-documents ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`--trusted-documents ${file}: expected a JSON object of id → GraphQL document`);
  const validate = servedValidator(schema);
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(raw)) {
    if (typeof text !== 'string') throw new Error(`--trusted-documents ${file}: the document of ${id} is not a string`);
    let errors: readonly GraphQLError[];
    try {
      errors = validate(parse(text));
    } catch (error) {
      errors = [error as GraphQLError];
    }
    if (errors.length) throw new Error(`--trusted-documents ${file}: document ${id} is not valid here: ${errors.map((e) => e.message).join('; ')}`);
    documents.set(id, text);
  }
  return documents;
}

export function trustedDocumentPlugins(documents: TrustedDocuments): Plugin[] {
  const http = usePersistedOperations({
    getPersistedOperation: (id) => documents.get(id) ?? null,
    allowArbitraryOperations: false,
    customErrors: {
      notFound: { message: NOT_FOUND_MESSAGE, extensions: { code: NOT_TRUSTED_CODE, http: { status: 400 } } },
      keyNotFound: { message: ID_REQUIRED_MESSAGE, extensions: { code: ID_REQUIRED_CODE, http: { status: 400 } } },
      persistedQueryOnly: { message: ID_REQUIRED_MESSAGE, extensions: { code: ID_REQUIRED_CODE, http: { status: 400 } } },
    },
  });
  const texts = new Set(documents.values());
  const everyTransport: Plugin = {
    onParse({ context, params }) {
      // HTTP: the plugin above already swapped the id for the trusted text, or refused.
      if ((context as { request?: Request }).request) return;
      // graphql-ws sends the text itself. Swapping in a document here would be unsafe: Yoga caches
      // parsed documents by their source text.
      if (!texts.has(params.source.toString())) throw new GraphQLError(WS_NOT_TRUSTED_MESSAGE, { extensions: { code: NOT_TRUSTED_CODE } });
    },
  };
  return [http as Plugin, everyTransport];
}
