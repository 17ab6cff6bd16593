/**
 * The bundled pages' GraphQL documents are typed documents generated from schema.graphql
 * (codegen.ts, `npm run codegen`, run by `npm run build`): committed output is current, and a
 * document the schema does not allow, or a schema change that breaks a page, fails generation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, print, visit } from 'graphql';
import { generatePageDocuments, ROOT } from '../scripts/page-documents.ts';
import { SCHEMA_FILE } from '../src/schema/print.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-codegen-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** schema.graphql without one field of one type: what a careless schema change would do. */
function schemaWithout(typeName: string, fieldName: string): string {
  const file = path.join(tmp, `without-${typeName}-${fieldName}.graphql`);
  const document = visit(parse(fs.readFileSync(SCHEMA_FILE, 'utf8')), {
    ObjectTypeDefinition: (node) => (node.name.value === typeName ? { ...node, fields: node.fields?.filter((f) => f.name.value !== fieldName) } : undefined),
  });
  fs.writeFileSync(file, print(document));
  return file;
}

describe('typed documents of the bundled pages', () => {
  it('the committed output is what codegen makes from schema.graphql and the pages (run `npm run codegen`)', async () => {
    const files = await generatePageDocuments();
    expect(files.map((f) => f.filename).sort()).toEqual(['src/gateway/page-documents/gql.ts', 'src/gateway/page-documents/graphql.ts', 'src/gateway/page-documents/index.ts']);
    for (const file of files) expect(fs.readFileSync(path.join(ROOT, file.filename), 'utf8'), file.filename).toBe(file.content);
    // The /logs page's operations are among them, with their types.
    const types = files.find((f) => f.filename.endsWith('graphql.ts'))!.content;
    expect(types).toContain('export type LogViewerFleetQuery');
    expect(types).toContain('export type LogViewerTailSubscription');
  });

  it('a schema without a field a page selects fails generation, naming the field', async () => {
    await expect(generatePageDocuments({ schema: schemaWithout('Robot', 'onlineState'), outputDir: path.join(tmp, 'out-1/') })).rejects.toThrow(/onlineState/);
  });

  it('a page document with a field the schema does not have fails generation', async () => {
    const page = path.join(tmp, 'bad-page.ts');
    fs.writeFileSync(page, "import { graphql } from './gen';\nexport const BAD = graphql(`query BadPage { organizations { id noSuchField } }`);\n");
    await expect(generatePageDocuments({ documents: [page], outputDir: path.join(tmp, 'out-2/') })).rejects.toThrow(/noSuchField/);
  });
});
