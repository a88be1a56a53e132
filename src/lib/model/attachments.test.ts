import { describe, expect, it } from 'vitest';
import { attach, attachable, detach, href, resolve } from './attachments';
import type { DocumentMeta } from './documents';

const h = (c: string) => c.repeat(64);
const meta = (id: string, name: string): DocumentMeta => ({
	id,
	name,
	size: 1,
	type: 'application/pdf',
	uploadedBy: 'u',
	uploadedByName: 'U',
	uploadedAt: 0
});
const docs = [meta(h('a'), 'Zeugnis.pdf'), meta(h('b'), 'Anmeldung.pdf'), meta(h('c'), 'Ärztliches Attest.pdf')];

describe('measure attachments', () => {
	it('attaches once and detaches', () => {
		const one = attach([], h('a'));
		expect(one).toEqual([h('a')]);
		expect(attach(one, h('a'))).toEqual([h('a')]);
		expect(attach(one, h('b'))).toEqual([h('a'), h('b')]);
		expect(detach([h('a'), h('b')], h('a'))).toEqual([h('b')]);
		expect(detach([h('a')], h('c'))).toEqual([h('a')]);
	});

	it('does not change the array it was given', () => {
		const ids = [h('a')];
		attach(ids, h('b'));
		detach(ids, h('a'));
		expect(ids).toEqual([h('a')]);
	});

	it('resolves names and keeps ids the list does not hold yet', () => {
		const got = resolve([h('b'), h('d'), h('b')], docs);
		expect(got.map((a) => [a.id, a.name])).toEqual([
			[h('b'), 'Anmeldung.pdf'],
			[h('d'), '']
		]);
		expect(got[0]!.meta?.type).toBe('application/pdf');
	});

	it('offers only documents not attached, by name', () => {
		expect(attachable([h('b')], docs).map((d) => d.name)).toEqual(['Ärztliches Attest.pdf', 'Zeugnis.pdf']);
		expect(attachable([h('a'), h('b'), h('c')], docs)).toEqual([]);
	});

	it('builds the download address with the case', () => {
		expect(href('c-0001', h('a'))).toBe(`/api/documents/${h('a')}?case=c-0001`);
	});
});
