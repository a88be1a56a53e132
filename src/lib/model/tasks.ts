/**
 * Tasks (Pendenzen): something someone has to do on a case by a date. Created by people, by
 * decisions of a case conference, or by the system (handover); reminders are derived from them.
 */
import type * as Y from 'yjs';
import * as entries from './entries';
import { caseRoots, type IsoDate } from './schema';

export interface Task {
	id: string;
	title: string;
	due: IsoDate;
	assigneeId: string;
	/** Agency responsible, for tasks given to another agency (case conference decisions). */
	agencyId: string;
	done: boolean;
	doneAt: IsoDate;
	createdAt: IsoDate;
	createdBy: string;
	/** Where it came from, e.g. 'conference:<id>', 'handover:<id>', ''. */
	source: string;
}

const EMPTY: Omit<Task, 'id' | 'title'> = {
	due: '',
	assigneeId: '',
	agencyId: '',
	done: false,
	doneAt: '',
	createdAt: '',
	createdBy: '',
	source: ''
};

export function list(doc: Y.Doc): Task[] {
	return caseRoots
		.tasks(doc)
		.toArray()
		.map((map) => ({ title: '', ...EMPTY, ...entries.toObject(map) }) as Task)
		.sort((a, b) => Number(a.done) - Number(b.done) || (a.due || '9999').localeCompare(b.due || '9999'));
}

export function add(doc: Y.Doc, values: Pick<Task, 'title'> & Partial<Task>, origin?: unknown, id?: string): string {
	return entries.add(doc, caseRoots.tasks(doc), { ...EMPTY, ...values }, origin, id);
}

export function update(doc: Y.Doc, id: string, values: Partial<Omit<Task, 'id'>>, origin?: unknown): void {
	entries.update(doc, caseRoots.tasks(doc), id, values, origin);
}

export function remove(doc: Y.Doc, id: string, origin?: unknown): void {
	entries.remove(doc, caseRoots.tasks(doc), id, origin);
}

export function overdue(task: Task, today: IsoDate): boolean {
	return !task.done && task.due !== '' && task.due < today;
}
