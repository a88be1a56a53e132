/**
 * The journal (Verlaufseinträge / Aktennotizen): dated, authored entries whose body is rich
 * text (a Y.XmlFragment edited with ProseMirror through y-prosemirror), newest first.
 *
 * Each entry has a type: the talks the Programm S plan names and pays for (5.2.2:
 * Erstinformationsgespräch, Folgegespräch, Integrationsgespräch) are told apart from contacts
 * with other agencies and plain file notes, so that KIP can count the persons reached by first
 * information from the dated journal rather than from a guess. (The invitation to the first talk,
 * plan 1.2, is a dated field of the case: caseinfo.invitedAt.)
 */
import * as Y from 'yjs';
import { caseRoots, newId, str, type IsoDate } from './schema';

export const TYPES = ['firstInformation', 'followUp', 'integration', 'contact', 'note'] as const;
export type EntryType = (typeof TYPES)[number];

/** The type new entries start with: a file note claims no talk (and no payment) until chosen. */
export const DEFAULT_TYPE: EntryType = 'note';

export function isType(value: unknown): value is EntryType {
	return typeof value === 'string' && (TYPES as readonly string[]).includes(value);
}

export interface JournalEntry {
	id: string;
	date: IsoDate;
	/** '' for entries written before entries had a type. */
	type: EntryType | '';
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
			type: typeOf(entry.get('type')),
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
	/** Default DEFAULT_TYPE. */
	type?: EntryType;
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
		map.set('type', entry.type ?? DEFAULT_TYPE);
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

export function setType(doc: Y.Doc, id: string, type: EntryType, origin?: unknown): void {
	if (!isType(type)) throw new RangeError(`unknown journal entry type "${String(type)}"`);
	doc.transact(() => find(doc, id)?.set('type', type), origin);
}

/** The dated typed entries, oldest first: what indicators count (e.g. first information, KIP). */
export function talks(doc: Y.Doc): { date: IsoDate; type: EntryType }[] {
	return list(doc)
		.filter((e): e is JournalEntry & { type: EntryType } => e.type !== '' && e.date !== '')
		.map(({ date, type }) => ({ date, type }))
		.reverse();
}

function typeOf(value: unknown): EntryType | '' {
	return isType(value) ? value : '';
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
