/**
 * Master data of the person (Klient/in). Fields are plain values in one Y.Map: concurrent edits
 * of different fields merge, the same field resolves to the last writer.
 */
import * as Y from 'yjs';
import { caseRoots, str } from './schema';

export const SEXES = ['f', 'm', 'x'] as const;
export type Sex = (typeof SEXES)[number];

export const PERSON_FIELDS = [
	'lastName',
	'firstName',
	'birthDate',
	'sex',
	'nationality',
	'zemis',
	'entryDate',
	'canton',
	'municipality'
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export type Person = Record<PersonField, string>;

export function read(doc: Y.Doc): Person {
	const map = caseRoots.person(doc);
	return Object.fromEntries(PERSON_FIELDS.map((field) => [field, str(map.get(field))])) as Person;
}

export function set(doc: Y.Doc, field: PersonField, value: string, origin?: unknown): void {
	const map = caseRoots.person(doc);
	if (str(map.get(field)) === value) return;
	doc.transact(() => map.set(field, value), origin);
}

export function setAll(doc: Y.Doc, values: Partial<Person>, origin?: unknown): void {
	doc.transact(() => {
		for (const [field, value] of Object.entries(values)) {
			if (value !== undefined) caseRoots.person(doc).set(field, value);
		}
	}, origin);
}

export function fullName(person: Pick<Person, 'firstName' | 'lastName'>): string {
	return [person.lastName, person.firstName].filter(Boolean).join(' ');
}

/**
 * Facts about the person kept beside PERSON_FIELDS (so existing Person literals stay valid):
 * - householdId: persons living in one household share it; figures still count each person.
 * - leftCantonDate: the day the person moved out of the canton (Wegzug). From that day on the
 *   person is no longer in the canton's population for indicators; the case stays readable.
 */
export const EXTRA_FIELDS = ['householdId', 'leftCantonDate'] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

export function readExtra(doc: Y.Doc): Record<ExtraField, string> {
	const map = caseRoots.person(doc);
	return { householdId: str(map.get('householdId')), leftCantonDate: str(map.get('leftCantonDate')) };
}

export function setExtra(doc: Y.Doc, field: ExtraField, value: string, origin?: unknown): void {
	const map = caseRoots.person(doc);
	if (str(map.get(field)) === value) return;
	doc.transact(() => map.set(field, value), origin);
}
