import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as journal from './journal';

const author = { authorId: 'u-1', authorName: 'Anna Keller', now: 1 };

describe('journal entry types', () => {
	it('gives a new entry the type asked for, else a file note', () => {
		const doc = new Y.Doc();
		journal.add(doc, { ...author, date: '2026-01-05', type: 'firstInformation', id: 'a' });
		journal.add(doc, { ...author, date: '2026-02-01', id: 'b' });
		expect(journal.list(doc).map((e) => [e.id, e.type])).toEqual([
			['b', 'note'],
			['a', 'firstInformation']
		]);
	});

	it('changes a type, refuses one that does not exist, and reads an unknown stored value as untyped', () => {
		const doc = new Y.Doc();
		journal.add(doc, { ...author, date: '2026-01-05', id: 'a' });
		journal.setType(doc, 'a', 'integration');
		expect(journal.list(doc)[0]?.type).toBe('integration');
		expect(() => journal.setType(doc, 'a', 'bogus' as journal.EntryType)).toThrow(RangeError);
		expect(journal.list(doc)[0]?.type).toBe('integration');
		// A value written by another client that this version does not know, or an entry from before types.
		doc.getArray<Y.Map<unknown>>('journal').get(0).set('type', 'bogus');
		expect(journal.list(doc)[0]?.type).toBe('');
	});

	it('lists the dated typed entries oldest first, as the indicators count them', () => {
		const doc = new Y.Doc();
		journal.add(doc, { ...author, date: '2026-03-01', type: 'followUp' });
		journal.add(doc, { ...author, date: '2026-01-05', type: 'firstInformation' });
		journal.add(doc, { ...author, date: '', type: 'note' });
		expect(journal.talks(doc)).toEqual([
			{ date: '2026-01-05', type: 'firstInformation' },
			{ date: '2026-03-01', type: 'followUp' }
		]);
	});
});
