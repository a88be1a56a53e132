import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './access-table';

describe('docs/access.md', () => {
	it('is the rendering of the rules the server enforces (run `npm run access:doc` if this fails)', () => {
		const file = path.resolve(import.meta.dirname, '../../../docs/access.md');
		expect(fs.readFileSync(file, 'utf8')).toBe(renderMarkdown());
	});
});
