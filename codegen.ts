/**
 * GraphQL Code Generator (client preset) over schema.graphql: typed documents for the pages the
 * gateway serves. Every `graphql(...)` document in a page's sources is validated against the
 * schema and gets result and variable types, so a schema change that breaks a page fails
 * `npm run codegen`, `npm run build` (which runs it) and `tsc`. The output is committed
 * (test/page-documents.test.ts fails when it is stale), so tsc, the dev server and the tests need
 * no codegen step.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Sources of the bundled pages: add a new page's folder here. */
export const PAGE_SOURCES = ['src/gateway/log-viewer/*.ts'];
export const PAGE_DOCUMENTS_DIR = 'src/gateway/page-documents/';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: PAGE_SOURCES,
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [PAGE_DOCUMENTS_DIR]: {
      preset: 'client',
      // Documents as plain strings with their types: the pages send them with fetch and
      // graphql-ws, and the bundle carries no GraphQL AST (nor the graphql package).
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        // The schema's scalars as they travel in JSON (see src/schema/scalars.ts).
        scalars: { DateTime: 'string', JSON: 'unknown', File: 'File' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
