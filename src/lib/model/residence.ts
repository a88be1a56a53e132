/**
 * Residence status (Aufenthaltsstatus) with its dated history. The current status is the entry
 * whose period covers the reference date; entries are kept, never overwritten, so figures can be
 * computed for any past date.
 */
import * as Y from 'yjs';
import { caseRoots, newId, str, type IsoDate } from './schema';

export const STATUSES = ['N', 'F', 'F-FL', 'B-FL', 'S', 'B', 'C'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusPeriod {
	id: string;
	status: Status;
	from: IsoDate;
	/** Empty while the status is current. */
	to: IsoDate;
}

export function isStatus(value: unknown): value is Status {
	return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function list(doc: Y.Doc): StatusPeriod[] {
	return caseRoots
		.residence(doc)
		.toArray()
		.map((entry) => ({
			id: str(entry.get('id')),
			status: entry.get('status') as Status,
			from: str(entry.get('from')),
			to: str(entry.get('to'))
		}))
		.filter((period) => isStatus(period.status))
		.sort((a, b) => a.from.localeCompare(b.from));
}

/** The status at `date` (ISO), or null if none is recorded for that day. */
export function at(periods: StatusPeriod[], date: IsoDate): Status | null {
	let found: Status | null = null;
	for (const period of periods) {
		if (period.from <= date && (period.to === '' || date <= period.to)) found = period.status;
	}
	return found;
}

export function current(periods: StatusPeriod[]): Status | null {
	const open = periods.filter((p) => p.to === '');
	return open.at(-1)?.status ?? periods.at(-1)?.status ?? null;
}

/**
 * Records a status change: the open period ends the day before `from` and a new one begins.
 * `id` is for reproducible imports (seed); interactive edits leave it out and get a random one.
 */
export function change(doc: Y.Doc, status: Status, from: IsoDate, origin?: unknown, id: string = newId()): string {
	doc.transact(() => {
		const array = caseRoots.residence(doc);
		for (const entry of array.toArray()) {
			if (str(entry.get('to')) === '' && str(entry.get('from')) < from) entry.set('to', dayBefore(from));
		}
		const entry = new Y.Map<unknown>();
		entry.set('id', id);
		entry.set('status', status);
		entry.set('from', from);
		entry.set('to', '');
		array.push([entry]);
	}, origin);
	return id;
}

export function update(doc: Y.Doc, id: string, values: Partial<Omit<StatusPeriod, 'id'>>, origin?: unknown): void {
	doc.transact(() => {
		const entry = caseRoots
			.residence(doc)
			.toArray()
			.find((e) => e.get('id') === id);
		if (!entry) return;
		for (const [key, value] of Object.entries(values)) entry.set(key, value);
	}, origin);
}

export function remove(doc: Y.Doc, id: string, origin?: unknown): void {
	doc.transact(() => {
		const array = caseRoots.residence(doc);
		const index = array.toArray().findIndex((e) => e.get('id') === id);
		if (index >= 0) array.delete(index, 1);
	}, origin);
}

function dayBefore(date: IsoDate): IsoDate {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}
