/**
 * The journal (Verlaufseinträge / Aktennotizen): dated, authored entries whose body is rich
 * text (a Y.XmlFragment edited with ProseMirror through y-prosemirror), newest first.
 */
import * as Y from 'yjs';
import { caseRoots, newId, str, type IsoDate } from './schema';

export interface JournalEntry {
	id: string;
	date: IsoDate;
	authorId: string;
	authorName: string;
	createdAt: number;
	body: Y.XmlFragment;
}

export function list(doc: Y.Doc): JournalEntry[] {
	return caseRoots
		.journal(doc)
		.toArray()
		.map((entry) => ({
			id: str(entry.get('id')),
			date: str(entry.get('date')),
			authorId: str(entry.get('authorId')),
			authorName: str(entry.get('authorName')),
			createdAt: Number(entry.get('createdAt') ?? 0),
			body: entry.get('body') as Y.XmlFragment
		}))
		.filter((entry) => entry.body instanceof Y.XmlFragment)
		.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}

export interface NewEntry {
	date: IsoDate;
	authorId: string;
	authorName: string;
	now: number;
	/** Plain paragraphs to start with (seed, import); the editor adds rich text later. */
	paragraphs?: string[];
	/** A fixed id instead of a random one, so that a seeded import is reproducible. */
	id?: string;
}

export function add(doc: Y.Doc, entry: NewEntry, origin?: unknown): string {
	const id = entry.id ?? newId();
	doc.transact(() => {
		const map = new Y.Map<unknown>();
		map.set('id', id);
		map.set('date', entry.date);
		map.set('authorId', entry.authorId);
		map.set('authorName', entry.authorName);
		map.set('createdAt', entry.now);
		const body = new Y.XmlFragment();
		map.set('body', body);
		caseRoots.journal(doc).push([map]);
		for (const text of entry.paragraphs ?? []) {
			const paragraph = new Y.XmlElement('paragraph');
			paragraph.insert(0, [new Y.XmlText(text)]);
			body.push([paragraph]);
		}
	}, origin);
	return id;
}

export function setDate(doc: Y.Doc, id: string, date: IsoDate, origin?: unknown): void {
	doc.transact(() => find(doc, id)?.set('date', date), origin);
}

export function remove(doc: Y.Doc, id: string, origin?: unknown): void {
	doc.transact(() => {
		const array = caseRoots.journal(doc);
		const index = array.toArray().findIndex((e) => e.get('id') === id);
		if (index >= 0) array.delete(index, 1);
	}, origin);
}

/** The entry's text without markup, e.g. for search and print. */
export function plainText(body: Y.XmlFragment): string {
	const parts: string[] = [];
	const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment) => {
		if (node instanceof Y.XmlText) parts.push(node.toString().replace(/<[^>]+>/g, ''));
		else {
			node.toArray().forEach((child) => walk(child as Y.XmlElement | Y.XmlText));
			if (node instanceof Y.XmlElement) parts.push('\n');
		}
	};
	walk(body);
	return parts.join('').replace(/\n+/g, '\n').trim();
}

function find(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
	return caseRoots
		.journal(doc)
		.toArray()
		.find((e) => e.get('id') === id);
}
