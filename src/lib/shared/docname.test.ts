import { describe, expect, it } from 'vitest';
import * as docname from './docname';

describe('doc names', () => {
	it.each([
		['case/c-0001', { kind: 'case', caseId: 'c-0001' }],
		['case/c-0001/confidential', { kind: 'confidential', caseId: 'c-0001' }],
		['offers/be', { kind: 'offers', canton: 'be' }],
		['employers/bern-mittelland', { kind: 'employers', region: 'bern-mittelland' }],
		['index/sd-region-nord', { kind: 'index', agency: 'sd-region-nord' }]
	])('accepts %s', (name, parsed) => {
		expect(docname.parse(name)).toEqual(parsed);
		expect(docname.format(docname.parse(name)!)).toBe(name);
	});

	it.each([
		'',
		'case',
		'case/',
		'case/../etc',
		'case/C-1',
		'case/c 1',
		'case/c-1/other',
		'case/c-1/confidential/x',
		'/case/c-1',
		'offers/bern',
		'offers/BE',
		'index/',
		'employers/a/b',
		'unknown/x',
		'case/-leading-dash',
		'case/' + 'a'.repeat(65),
		'case/c-1\n',
		'case/c%2F1'
	])('refuses %j', (name) => {
		expect(docname.parse(name)).toBeNull();
	});

	it('refuses names over the length limit before matching', () => {
		expect(docname.parse('index/' + 'a'.repeat(200))).toBeNull();
	});
});
