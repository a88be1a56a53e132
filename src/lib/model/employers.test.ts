import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as employers from './employers';

function sync(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function board(): Y.Doc {
	const doc = new Y.Doc();
	for (const name of ['A', 'B', 'C', 'D'])
		employers.add(doc, { name, sector: 'Logistik', region: 'Wasseramt' }, undefined, name.toLowerCase());
	return doc;
}

const names = (doc: Y.Doc, stage: employers.Stage) => employers.column(employers.list(doc), stage).map((e) => e.name);

describe('employer board', () => {
	it('adds cards at the end of their stage and moves them to an index', () => {
		const doc = board();
		expect(names(doc, 'sensitized')).toEqual(['A', 'B', 'C', 'D']);
		employers.move(doc, 'd', 'sensitized', 1);
		expect(names(doc, 'sensitized')).toEqual(['A', 'D', 'B', 'C']);
		employers.move(doc, 'a', 'interested', 0);
		expect(names(doc, 'interested')).toEqual(['A']);
		expect(names(doc, 'sensitized')).toEqual(['D', 'B', 'C']);
	});

	it('keeps both moves when two people move different cards at the same time', () => {
		const one = board();
		const two = new Y.Doc();
		sync(one, two);
		employers.move(one, 'a', 'interested', 0);
		employers.move(two, 'c', 'trial', 0);
		employers.move(two, 'b', 'interested', 0);
		sync(one, two);
		for (const doc of [one, two]) {
			expect(names(doc, 'interested').sort()).toEqual(['A', 'B']);
			expect(names(doc, 'trial')).toEqual(['C']);
			expect(names(doc, 'sensitized')).toEqual(['D']);
		}
		expect(names(one, 'interested')).toEqual(names(two, 'interested'));
	});

	it('ends with one of two concurrent moves of the same card, the same on both sides', () => {
		const one = board();
		const two = new Y.Doc();
		sync(one, two);
		employers.move(one, 'a', 'interested', 0);
		employers.move(two, 'a', 'hired', 0);
		sync(one, two);
		const a1 = employers.get(one, 'a')!;
		const a2 = employers.get(two, 'a')!;
		expect(a1.stage).toBe(a2.stage);
		expect(a1.rank).toBe(a2.rank);
		expect(['interested', 'hired']).toContain(a1.stage);
	});

	it('keeps contacts and history added concurrently to the same card', () => {
		const one = board();
		const two = new Y.Doc();
		sync(one, two);
		employers.addEntry(one, 'a', 'history', { date: '2026-01-05', by: 'Thomas Affolter', note: 'Betriebsbesuch' });
		employers.addEntry(two, 'a', 'contacts', { name: 'Ruth Jäggi', role: 'HR', phone: '', email: '' });
		sync(one, two);
		const a = employers.get(two, 'a')!;
		expect(a.history.map((h) => h.note)).toEqual(['Betriebsbesuch']);
		expect(a.contacts.map((c) => c.name)).toEqual(['Ruth Jäggi']);
	});

	it('filters by sector, district, stage and text', () => {
		const doc = board();
		employers.update(doc, 'b', { sector: 'Gastronomie und Hotellerie', region: 'Bucheggberg' });
		const all = employers.list(doc);
		const none = { sector: '', region: '', stage: '' as const, text: '' };
		expect(
			all
				.filter((e) => employers.matches(e, { ...none, sector: 'Logistik' }))
				.map((e) => e.name)
				.sort()
		).toEqual(['A', 'C', 'D']);
		expect(all.filter((e) => employers.matches(e, { ...none, region: 'Bucheggberg' })).map((e) => e.name)).toEqual([
			'B'
		]);
		expect(all.filter((e) => employers.matches(e, { ...none, text: 'c' })).map((e) => e.name)).toEqual(['C']);
	});
});
