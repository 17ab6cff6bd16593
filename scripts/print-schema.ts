/** Writes schema.graphql from the code-first schema: `npm run schema:print`. */
import fs from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '../src/schema/print.ts';

fs.writeFileSync(SCHEMA_FILE, printedSchema());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
