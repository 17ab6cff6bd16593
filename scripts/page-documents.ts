/**
 * The pages' typed documents (codegen.ts), generated with GraphQL Code Generator's programmatic
 * API: `npm run build` writes them (only files whose text changed), test/page-documents.test.ts
 * checks the committed ones are current and that a document the schema does not allow fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface GeneratedFile {
  /** Path relative to the root it was generated from. */
  filename: string;
  content: string;
}

/**
 * Generates in memory; rejects when a document does not validate against the schema. `schema`,
 * `documents` and `outputDir` replace codegen.ts's (for tests on other inputs).
 */
export async function generatePageDocuments(overrides: { schema?: string; documents?: string[]; outputDir?: string; cwd?: string } = {}): Promise<GeneratedFile[]> {
  const [output] = Object.values(config.generates);
  const files: GeneratedFile[] = await generate(
    {
      ...config,
      cwd: overrides.cwd ?? ROOT,
      schema: overrides.schema ?? config.schema,
      documents: overrides.documents ?? config.documents,
      generates: { [overrides.outputDir ?? Object.keys(config.generates)[0]!]: output! },
    },
    false,
  );
  return files;
}

/** Writes the files whose text differs from what is on disk; returns their names. */
export function writeChanged(files: GeneratedFile[], root = ROOT): string[] {
  const changed = files.filter((file) => {
    const target = path.resolve(root, file.filename);
    return !fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== file.content;
  });
  for (const file of changed) {
    const target = path.resolve(root, file.filename);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
  }
  return changed.map((file) => file.filename);
}
