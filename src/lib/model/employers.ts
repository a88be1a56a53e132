/**
 * The employer networking board (Arbeitgebende-Netzwerk) of a region, in employers/<region>:
 * employers with their sector, named contact persons, open positions, a dated contact
 * history and candidate links to cases, each on a stage from "sensibilisiert" to "Anstellung"
 * or "Lehrstelle" (Programm S, measures 6–8).
 *
 * Merging: every employer is its own Y.Map; a move sets `stage` and `rank` (a fractional key,
 * see rank.ts) on that map in one transaction. Two people moving different cards at the same
 * time both keep their move; moving the SAME card at the same time ends with one of the two
 * moves for everybody (Yjs resolves concurrent writes of one key the same way on every
 * client, and both keys are resolved alike, so stage and rank never come from different moves).
 * Lists inside a card (contacts, positions, history, candidates) are Y.Arrays of plain
 * entries, so concurrent additions are all kept.
 */
import * as Y from 'yjs';
import type { Plain } from './entries';
import * as rank from './rank';
import { newId, str, type IsoDate } from './schema';

export const STAGES = ['sensitized', 'interested', 'trial', 'hired', 'apprenticeship'] as const; // sensibilisiert, interessiert, Probeeinsatz, Anstellung, Lehrstelle
export type Stage = (typeof STAGES)[number];

export const APPRENTICESHIP_TYPES = ['INVOL', 'EBA', 'EFZ'] as const;
export const POSITION_TYPES = ['job', 'trial', 'INVOL', 'EBA', 'EFZ'] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

export const SECTORS = [
	'Gastronomie und Hotellerie',
	'Bau und Handwerk',
	'Gesundheit und Pflege',
	'Detailhandel',
	'Logistik',
	'Industrie und Produktion',
	'Landwirtschaft und Gartenbau',
	'Reinigung und Facility',
	'Informatik',
	'Dienstleistungen'
] as const;

export interface Contact {
	id: string;
	name: string;
	role: string;
	phone: string;
	email: string;
}

export interface Position {
	id: string;
	title: string;
	type: PositionType;
	open: boolean;
}

export interface HistoryEntry {
	id: string;
	date: IsoDate;
	by: string;
	note: string;
}

export interface Candidate {
	id: string;
	caseId: string;
	positionId: string;
	addedBy: string;
	date: IsoDate;
}

export interface Employer {
	id: string;
	name: string;
	sector: string;
	/** District (Bezirk) inside the board's region, e.g. Wasseramt or Bucheggberg. */
	region: string;
	location: string;
	stage: Stage;
	/** Apprenticeship level when stage is 'apprenticeship'. */
	apprenticeship: (typeof APPRENTICESHIP_TYPES)[number] | '';
	rank: string;
	contacts: Contact[];
	positions: Position[];
	history: HistoryEntry[];
	candidates: Candidate[];
}

export type EmployerFields = Pick<Employer, 'name' | 'sector' | 'region' | 'location' | 'apprenticeship'>;
type ListKey = 'contacts' | 'positions' | 'history' | 'candidates';
const LISTS: readonly ListKey[] = ['contacts', 'positions', 'history', 'candidates'];

export const root = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('employers');

export function isStage(value: unknown): value is Stage {
	return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

function read(id: string, map: Y.Map<unknown>): Employer {
	const list = <T>(key: ListKey): T[] => {
		const value = map.get(key);
		return value instanceof Y.Array ? (value.toArray() as T[]) : [];
	};
	const stage = map.get('stage');
	const apprenticeship = str(map.get('apprenticeship'));
	return {
		id,
		name: str(map.get('name')),
		sector: str(map.get('sector')),
		region: str(map.get('region')),
		location: str(map.get('location')),
		stage: isStage(stage) ? stage : 'sensitized',
		apprenticeship: (APPRENTICESHIP_TYPES as readonly string[]).includes(apprenticeship)
			? (apprenticeship as Employer['apprenticeship'])
			: '',
		rank: str(map.get('rank')),
		contacts: list<Contact>('contacts'),
		positions: list<Position>('positions'),
		history: list<HistoryEntry>('history').sort((a, b) => b.date.localeCompare(a.date)),
		candidates: list<Candidate>('candidates')
	};
}

export function list(doc: Y.Doc): Employer[] {
	const out: Employer[] = [];
	root(doc).forEach((map, id) => out.push(read(id, map)));
	return out;
}

export function get(doc: Y.Doc, id: string): Employer | undefined {
	const map = root(doc).get(id);
	return map ? read(id, map) : undefined;
}

/** One stage's cards in board order: by rank, ties (concurrent drops into one gap) by id. */
export function column(all: readonly Employer[], stage: Stage): Employer[] {
	return all
		.filter((e) => e.stage === stage)
		.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id.localeCompare(b.id)));
}

export interface NewEmployer extends Partial<EmployerFields> {
	name: string;
	stage?: Stage;
	rank?: string;
	contacts?: Omit<Contact, 'id'>[];
	positions?: Omit<Position, 'id'>[];
	history?: Omit<HistoryEntry, 'id'>[];
}

/** Adds a card at the end of its stage (or at `rank`). `id` for reproducible seeds. */
export function add(doc: Y.Doc, values: NewEmployer, origin?: unknown, id: string = newId()): string {
	doc.transact(() => {
		const stage = values.stage ?? 'sensitized';
		const last = column(list(doc), stage).at(-1)?.rank ?? '';
		const map = new Y.Map<unknown>();
		root(doc).set(id, map);
		for (const key of ['name', 'sector', 'region', 'location', 'apprenticeship'] as const)
			map.set(key, values[key] ?? '');
		map.set('stage', stage);
		map.set('rank', values.rank ?? rank.between(last, ''));
		for (const key of LISTS) map.set(key, new Y.Array<Plain>());
		for (const c of values.contacts ?? []) pushTo(map, 'contacts', { id: newIdFor(id, 'c', map, 'contacts'), ...c });
		for (const p of values.positions ?? []) pushTo(map, 'positions', { id: newIdFor(id, 'p', map, 'positions'), ...p });
		for (const h of values.history ?? []) pushTo(map, 'history', { id: newIdFor(id, 'h', map, 'history'), ...h });
	}, origin);
	return id;
}

/** Seeded children get ids derived from the card, so a seed run is reproducible. */
function newIdFor(id: string, prefix: string, map: Y.Map<unknown>, key: ListKey): string {
	const array = map.get(key);
	return `${id}-${prefix}${array instanceof Y.Array ? array.length + 1 : 1}`;
}

function pushTo(map: Y.Map<unknown>, key: ListKey, value: Record<string, Plain>): void {
	let array = map.get(key);
	if (!(array instanceof Y.Array)) {
		array = new Y.Array<Plain>();
		map.set(key, array);
	}
	(array as Y.Array<Plain>).push([value]);
}

export function update(doc: Y.Doc, id: string, values: Partial<EmployerFields>, origin?: unknown): void {
	doc.transact(() => {
		const map = root(doc).get(id);
		if (!map) return;
		for (const [key, value] of Object.entries(values))
			if (value !== undefined && map.get(key) !== value) map.set(key, value);
	}, origin);
}

export function remove(doc: Y.Doc, id: string, origin?: unknown): void {
	doc.transact(() => root(doc).delete(id), origin);
}

/**
 * Moves a card to `stage` at `index` among that stage's other cards. Stage and rank are written
 * together in one transaction; nothing else is touched, so concurrent moves of other cards merge.
 */
export function move(doc: Y.Doc, id: string, stage: Stage, index: number, origin?: unknown): void {
	doc.transact(() => {
		const map = root(doc).get(id);
		if (!map) return;
		const others = column(list(doc), stage).filter((e) => e.id !== id);
		const clamped = Math.max(0, Math.min(index, others.length));
		map.set('stage', stage);
		map.set(
			'rank',
			rank.at(
				others.map((e) => e.rank),
				clamped
			)
		);
	}, origin);
}

export function addEntry<K extends ListKey>(
	doc: Y.Doc,
	id: string,
	key: K,
	value: Omit<Employer[K][number], 'id'>,
	origin?: unknown,
	entryId: string = newId()
): string {
	doc.transact(() => {
		const map = root(doc).get(id);
		if (map) pushTo(map, key, { ...(value as Record<string, Plain>), id: entryId });
	}, origin);
	return entryId;
}

/** Replaces one entry of a card's list (edit of a contact or position). */
export function updateEntry<K extends ListKey>(
	doc: Y.Doc,
	id: string,
	key: K,
	entryId: string,
	values: Partial<Employer[K][number]>,
	origin?: unknown
): void {
	doc.transact(() => {
		const array = root(doc).get(id)?.get(key);
		if (!(array instanceof Y.Array)) return;
		const index = array.toArray().findIndex((e) => (e as { id?: string }).id === entryId);
		if (index < 0) return;
		const next = { ...(array.get(index) as Record<string, Plain>), ...(values as Record<string, Plain>), id: entryId };
		array.delete(index, 1);
		array.insert(index, [next]);
	}, origin);
}

export function removeEntry(doc: Y.Doc, id: string, key: ListKey, entryId: string, origin?: unknown): void {
	doc.transact(() => {
		const array = root(doc).get(id)?.get(key);
		if (!(array instanceof Y.Array)) return;
		const index = array.toArray().findIndex((e) => (e as { id?: string }).id === entryId);
		if (index >= 0) array.delete(index, 1);
	}, origin);
}

export interface Filter {
	sector: string;
	region: string;
	stage: Stage | '';
	text: string;
}

export function matches(e: Employer, f: Filter): boolean {
	if (f.sector && e.sector !== f.sector) return false;
	if (f.region && e.region !== f.region) return false;
	if (f.stage && e.stage !== f.stage) return false;
	const text = f.text.trim().toLowerCase();
	return !text || [e.name, e.location, ...e.contacts.map((c) => c.name)].some((s) => s.toLowerCase().includes(text));
}

const REGION_LABELS: Record<string, string> = {
	'bucheggberg-wasseramt': 'Bucheggberg-Wasseramt',
	'olten-goesgen': 'Olten-Gösgen',
	'solothurn-lebern': 'Solothurn-Lebern',
	'thal-gaeu': 'Thal-Gäu'
};

export function regionLabel(region: string): string {
	return REGION_LABELS[region] ?? region;
}
