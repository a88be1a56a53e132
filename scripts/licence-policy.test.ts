import { describe, expect, it } from 'vitest';
import { chooseLicence, renderMarkdown, runtimeDependencies, type Lock } from './licence-policy';

describe('chooseLicence', () => {
	it('accepts an allowed licence and refuses one that is not on the list', () => {
		expect(chooseLicence('MIT')).toBe('MIT');
		expect(chooseLicence('GPL-3.0-only')).toBeNull();
		expect(chooseLicence('SEE LICENSE IN LICENSE.txt')).toBeNull();
		expect(chooseLicence('')).toBeNull();
	});

	it('takes an allowed alternative of OR and needs every part of AND', () => {
		expect(chooseLicence('(MIT OR GPL-3.0-or-later)')).toBe('MIT');
		expect(chooseLicence('(GPL-3.0-or-later OR Apache-2.0)')).toBe('Apache-2.0');
		expect(chooseLicence('(MIT AND Zlib)')).toBe('MIT AND Zlib');
		expect(chooseLicence('(MIT AND GPL-2.0-only)')).toBeNull();
		expect(chooseLicence('(GPL-2.0-only OR (MIT AND ISC))')).toBe('MIT AND ISC');
	});

	it('reads known non-SPDX spellings and WITH exceptions', () => {
		expect(chooseLicence('MIT/X11')).toBe('MIT');
		expect(chooseLicence('Apache-2.0 WITH LLVM-exception')).toBe('Apache-2.0');
	});

	it('refuses a malformed expression rather than guessing', () => {
		expect(chooseLicence('(MIT OR')).toBeNull();
		expect(chooseLicence('MIT ISC')).toBeNull();
	});
});

describe('runtimeDependencies', () => {
	const lock: Lock = {
		packages: {
			'': { name: 'lotse', version: '0.1.0' },
			'node_modules/a': { version: '1.0.0', license: 'MIT' },
			'node_modules/b': { version: '2.0.0', license: 'GPL-3.0-only' },
			'node_modules/tool': { version: '3.0.0', license: 'GPL-3.0-only', dev: true },
			'node_modules/x/node_modules/a': { version: '0.9.0', license: 'ISC' },
			'node_modules/y/node_modules/a': { version: '0.9.0', license: 'ISC' },
			'node_modules/nolicence': { version: '1.0.0' },
			'node_modules/buffers': { version: '0.1.1' }
		}
	};

	it('lists the production tree once per name@version, without dev packages', () => {
		const rows = runtimeDependencies(lock).map((d) => `${d.name}@${d.version}`);
		expect(rows).toEqual(['a@0.9.0', 'a@1.0.0', 'b@2.0.0', 'buffers@0.1.1', 'nolicence@1.0.0']);
	});

	it('marks a disallowed or missing licence, and uses the recorded licence of a known package', () => {
		const byName = new Map(runtimeDependencies(lock).map((d) => [`${d.name}@${d.version}`, d]));
		expect(byName.get('b@2.0.0')?.usedUnder).toBeNull();
		expect(byName.get('nolicence@1.0.0')).toMatchObject({ declared: '(none)', usedUnder: null });
		expect(byName.get('buffers@0.1.1')).toMatchObject({ declared: '(none)', usedUnder: 'MIT' });
		expect(byName.get('buffers@0.1.1')?.note).toMatch(/MIT\/X11/);
	});

	it('renders one table row per package, with pipes escaped', () => {
		const md = renderMarkdown([{ name: 'p', version: '1.0.0', declared: 'MIT', usedUnder: 'MIT', note: 'a | b' }]);
		expect(md).toContain('| p | 1.0.0 | MIT | a \\| b |');
		expect(md).toContain('| MIT | 1 |');
	});
});
