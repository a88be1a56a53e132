import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as documents from './documents';

const meta = (id: string, uploadedAt: number): documents.DocumentMeta => ({
	id: id.repeat(64),
	name: `${id}.pdf`,
	size: 10,
	type: 'application/pdf',
	uploadedBy: 'u-anna-keller',
	uploadedByName: 'Anna Keller',
	uploadedAt
});

describe('case documents list', () => {
	it('lists newest first and adds the same content only once', () => {
		const doc = new Y.Doc();
		expect(documents.add(doc, meta('a', 1))).toBe(true);
		expect(documents.add(doc, meta('b', 2))).toBe(true);
		expect(documents.add(doc, { ...meta('a', 3), name: 'again.pdf' })).toBe(false);
		expect(documents.list(doc).map((d) => d.name)).toEqual(['b.pdf', 'a.pdf']);
	});

	it('merges concurrent adds of the same document from two replicas into one entry', () => {
		const [one, two] = [new Y.Doc(), new Y.Doc()];
		documents.add(one, meta('c', 1));
		documents.add(two, meta('c', 1));
		Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
		// Both inserts survive in the array (Yjs keeps both); the list shows the document once.
		expect(one.getArray('documents').length).toBe(2);
		expect(documents.list(one)).toHaveLength(1);
	});
});
