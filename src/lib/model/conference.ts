/**
 * Case conferences (Fallkonferenzen) in case/<id> (`conferences`): several agencies meet on one
 * case, write shared minutes (rich text, a Y.XmlFragment), record who attended, and take
 * decisions that become tasks or measures for the agencies present. Every task or measure made
 * from a decision carries `source: 'conference:<conferenceId>:<decisionId>'` and the decision
 * keeps the id of what it created, so either side leads to the other.
 */
import * as Y from 'yjs';
import type { Plain } from './entries';
import * as plan from './plan';
import { newId, str, type IsoDate } from './schema';
import * as tasks from './tasks';

export const root = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('conferences');

export interface Attendee {
	id: string;
	/** Lotse user id, '' for people without an account (the person, an interpreter). */
	userId: string;
	name: string;
	agencyId: string;
	role: string;
}

export const DECISION_KINDS = ['task', 'measure'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface Decision {
	id: string;
	text: string;
	kind: DecisionKind;
	agencyId: string;
	assigneeId: string;
	due: IsoDate;
	/** For measures: the offer chosen from the catalogue (id and name), or free text. */
	offerId: string;
	offerName: string;
	createdTaskId: string;
	createdMeasureId: string;
}

export interface Conference {
	id: string;
	date: IsoDate;
	title: string;
	createdBy: string;
	attendees: Attendee[];
	decisions: Decision[];
	minutes: Y.XmlFragment;
}

function plainList<T>(map: Y.Map<unknown>, key: string): T[] {
	const value = map.get(key);
	return value instanceof Y.Array ? (value.toArray() as T[]) : [];
}

export function list(doc: Y.Doc): Conference[] {
	return root(doc)
		.toArray()
		.filter((map) => map.get('minutes') instanceof Y.XmlFragment)
		.map((map) => ({
			id: str(map.get('id')),
			date: str(map.get('date')),
			title: str(map.get('title')),
			createdBy: str(map.get('createdBy')),
			attendees: plainList<Attendee>(map, 'attendees'),
			decisions: plainList<Decision>(map, 'decisions'),
			minutes: map.get('minutes') as Y.XmlFragment
		}))
		.sort((a, b) => b.date.localeCompare(a.date));
}

export function get(doc: Y.Doc, id: string): Conference | undefined {
	return list(doc).find((c) => c.id === id);
}

function find(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
	return root(doc)
		.toArray()
		.find((m) => m.get('id') === id);
}

export function add(
	doc: Y.Doc,
	values: { date: IsoDate; title: string; createdBy: string },
	origin?: unknown,
	id: string = newId()
): string {
	doc.transact(() => {
		const map = new Y.Map<unknown>();
		map.set('id', id);
		map.set('date', values.date);
		map.set('title', values.title);
		map.set('createdBy', values.createdBy);
		map.set('attendees', new Y.Array<Plain>());
		map.set('decisions', new Y.Array<Plain>());
		map.set('minutes', new Y.XmlFragment());
		root(doc).push([map]);
	}, origin);
	return id;
}

export function update(
	doc: Y.Doc,
	id: string,
	values: Partial<Pick<Conference, 'date' | 'title'>>,
	origin?: unknown
): void {
	doc.transact(() => {
		const map = find(doc, id);
		if (!map) return;
		for (const [key, value] of Object.entries(values))
			if (value !== undefined && map.get(key) !== value) map.set(key, value);
	}, origin);
}

function arrayOf(doc: Y.Doc, id: string, key: 'attendees' | 'decisions'): Y.Array<Plain> | undefined {
	const value = find(doc, id)?.get(key);
	return value instanceof Y.Array ? (value as Y.Array<Plain>) : undefined;
}

/** Adds attendees not yet listed (same user id, or same name for people without an account). */
export function attend(doc: Y.Doc, id: string, people: Omit<Attendee, 'id'>[], origin?: unknown): void {
	doc.transact(() => {
		const array = arrayOf(doc, id, 'attendees');
		if (!array) return;
		const present = array.toArray() as unknown as Attendee[];
		for (const person of people) {
			const known = present.some((a) =>
				person.userId ? a.userId === person.userId : a.name === person.name && a.agencyId === person.agencyId
			);
			if (known) continue;
			const entry = { ...person, id: newId() };
			array.push([entry]);
			present.push(entry);
		}
	}, origin);
}

export function removeAttendee(doc: Y.Doc, id: string, attendeeId: string, origin?: unknown): void {
	removeFrom(doc, id, 'attendees', attendeeId, origin);
}

export function addDecision(
	doc: Y.Doc,
	id: string,
	values: Omit<Decision, 'id' | 'createdTaskId' | 'createdMeasureId'>,
	origin?: unknown,
	decisionId: string = newId()
): string {
	doc.transact(
		() => arrayOf(doc, id, 'decisions')?.push([{ ...values, id: decisionId, createdTaskId: '', createdMeasureId: '' }]),
		origin
	);
	return decisionId;
}

export function removeDecision(doc: Y.Doc, id: string, decisionId: string, origin?: unknown): void {
	removeFrom(doc, id, 'decisions', decisionId, origin);
}

export function sourceOf(conferenceId: string, decisionId: string): string {
	return `conference:${conferenceId}:${decisionId}`;
}

/** 'conference:<id>:<decision>' → its parts, or null for any other source. */
export function parseSource(source: string): { conferenceId: string; decisionId: string } | null {
	const match = /^conference:([^:]+):([^:]+)$/.exec(source);
	return match ? { conferenceId: match[1]!, decisionId: match[2]! } : null;
}

/**
 * Turns a decision into a task or a measure in one transaction with the link back, so a
 * decision is never enacted twice (a second call, or a concurrent one already synced, is a no-op).
 */
export function enact(
	doc: Y.Doc,
	id: string,
	decisionId: string,
	by: { userId: string; today: IsoDate },
	origin?: unknown
): string {
	let created = '';
	doc.transact(() => {
		const array = arrayOf(doc, id, 'decisions');
		if (!array) return;
		const index = array.toArray().findIndex((d) => (d as unknown as Decision).id === decisionId);
		if (index < 0) return;
		const decision = array.get(index) as unknown as Decision;
		if (decision.createdTaskId || decision.createdMeasureId) return;
		const source = sourceOf(id, decisionId);
		const next: Decision = { ...decision };
		if (decision.kind === 'task') {
			created = next.createdTaskId = tasks.add(
				doc,
				{
					title: decision.text,
					due: decision.due,
					agencyId: decision.agencyId,
					assigneeId: decision.assigneeId,
					createdAt: by.today,
					createdBy: by.userId,
					source
				},
				origin
			);
		} else {
			created = next.createdMeasureId = plan.addMeasure(
				doc,
				{
					offerId: decision.offerId,
					offerName: decision.offerName || decision.text,
					plannedStart: decision.due,
					personNote: decision.text,
					source
				},
				origin
			);
		}
		array.delete(index, 1);
		array.insert(index, [next as unknown as Plain]);
	}, origin);
	return created;
}

function removeFrom(doc: Y.Doc, id: string, key: 'attendees' | 'decisions', entryId: string, origin?: unknown): void {
	doc.transact(() => {
		const array = arrayOf(doc, id, key);
		const index = array?.toArray().findIndex((e) => (e as { id?: string }).id === entryId) ?? -1;
		if (array && index >= 0) array.delete(index, 1);
	}, origin);
}

/** Where a task or measure made by a conference leads back to (case page, conference tab). */
export function linkOf(caseId: string, source: string): string | null {
	const parsed = parseSource(source);
	return parsed
		? `/cases/${caseId}?tab=conference&conference=${encodeURIComponent(parsed.conferenceId)}#decision-${parsed.decisionId}`
		: null;
}
