import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeTransaction } from './describe';

function capture(doc: Y.Doc, fn: () => void): string[] {
	let lines: string[] = [];
	const onUpdate = (_u: Uint8Array, _o: unknown, _d: Y.Doc, tr: Y.Transaction) => (lines = describeTransaction(tr));
	doc.on('update', onUpdate);
	doc.transact(fn);
	doc.off('update', onUpdate);
	return lines;
}

describe('audit descriptions', () => {
	it('names fields and sections, never values', () => {
		const doc = new Y.Doc();
		const lines = capture(doc, () => doc.getMap('person').set('lastName', 'Geheimname'));
		expect(lines).toEqual(['Stammdaten: Nachname geändert']);
		expect(lines.join()).not.toContain('Geheimname');
	});

	it('tells added, changed and removed entries apart', () => {
		const doc = new Y.Doc();
		const notes = doc.getArray<Y.Map<unknown>>('notes');
		expect(
			capture(doc, () => {
				const entry = new Y.Map<unknown>();
				entry.set('text', new Y.Text('Marker'));
				notes.push([entry]);
			})
		).toEqual(['Vertrauliche Notizen: Eintrag hinzugefügt']);
		expect(capture(doc, () => (notes.get(0).get('text') as Y.Text).insert(0, 'x'))).toEqual([
			'Vertrauliche Notizen: Eintrag geändert (Text)'
		]);
		expect(capture(doc, () => notes.get(0).set('date', '2025-01-01'))).toEqual([
			'Vertrauliche Notizen: Eintrag geändert (Datum)'
		]);
		expect(capture(doc, () => notes.delete(0, 1))).toEqual(['Vertrauliche Notizen: Eintrag entfernt']);
	});

	it('echoes no name a client made up: keys and sections outside the schema stay anonymous', () => {
		const doc = new Y.Doc();
		const marker = 'Haidari-Amina-1994';
		expect(capture(doc, () => doc.getMap('person').set(marker, 'x'))).toEqual(['Stammdaten: weiteres Feld geändert']);
		expect(capture(doc, () => doc.getMap(`\t=HYPERLINK("x")`).set('a', 1))).toEqual([
			'Weiterer Bereich: weiteres Feld geändert'
		]);
		const tasks = doc.getArray<Y.Map<unknown>>('tasks');
		capture(doc, () => tasks.push([new Y.Map<unknown>()]));
		expect(capture(doc, () => tasks.get(0).set(marker, 1))).toEqual(['Pendenzen: Eintrag geändert (weiteres Feld)']);
		const offers = doc.getMap<Y.Map<unknown>>('offers');
		expect(capture(doc, () => offers.set(marker, new Y.Map()))).toEqual(['Angebote: Eintrag geändert']);
	});
});
