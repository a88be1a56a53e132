/** Writes docs/access.md from the access rules (npm run access:doc). */
import fs from 'node:fs';
import path from 'node:path';
import { renderMarkdown } from '../src/lib/shared/access-table';

const file = path.resolve(import.meta.dirname, '../docs/access.md');
fs.writeFileSync(file, renderMarkdown());
process.stdout.write(`wrote ${file}\n`);
