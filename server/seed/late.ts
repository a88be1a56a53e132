/**
 * A deterministic "late" case for the timeline: a provisionally admitted or refugee person of
 * Sozialregion Wasseramt who entered more than three and a half years ago and whose latest
 * potential assessment still shows A0 in the local language, so the IAS milestone "language
 * A1 after 3 years" is missed (red). The browser journey finds the same case with `pickLate`.
 */
import type * as Y from 'yjs';
import * as assessment from '../../src/lib/model/assessment';
import type { IsoDate } from '../../src/lib/model/schema';
import * as days from '../../src/lib/rules/calendar';

export const LATE_AGENCY = 'sr-wasseramt';
const LATE_STATUSES = ['F', 'F-FL', 'B-FL'];

export interface Candidate {
	id: string;
	agencyId: string;
	status: string;
	entryDate: string;
	birthDate: string;
}

/** The first case (by id) that fits: same answer on the server and in the test. */
export function pickLate(cases: readonly Candidate[], today: IsoDate): string | undefined {
	const cutoff = days.addMonths(today, -42);
	return cases
		.filter(
			(c) =>
				c.agencyId === LATE_AGENCY && LATE_STATUSES.includes(c.status) && c.entryDate !== '' && c.entryDate <= cutoff
		)
		.filter(
			(c) => c.birthDate !== '' && days.age(c.birthDate, c.entryDate) >= 18 && days.age(c.birthDate, c.entryDate) <= 50
		)
		.map((c) => c.id)
		.sort()[0];
}

/**
 * Makes the chosen case late: its assessments (from the general dossier seed) are replaced by
 * two showing A0 — half a year after entry and last week — so the milestone is surely missed.
 * Runs on the case doc before it is stored, so its summary and Ampel show the same facts.
 */
export function makeLate(doc: Y.Doc, caseId: string, entry: IsoDate, today: IsoDate, origin: unknown): void {
	for (const earlier of assessment.list(doc)) assessment.remove(doc, earlier.id, origin);
	const a0 = { listening: 'A0', reading: 'A0', speaking: 'A0', writing: 'A0' } as const;
	const values = {
		kind: 'short' as const,
		literateFirstLanguage: 'yes' as const,
		literateLatinScript: 'no' as const,
		localLanguage: a0,
		levelMethod: 'estimate' as const
	};
	assessment.add(
		doc,
		{ ...values, date: days.addMonths(entry, 6), assessor: 'Sozialregion Wasseramt' },
		origin,
		`${caseId}-late-a1`
	);
	assessment.add(
		doc,
		{
			...values,
			date: days.addDays(today, -7),
			assessor: 'Sozialregion Wasseramt',
			notes: 'Kursbesuch unregelmässig, Kinderbetreuung ungeklärt.'
		},
		origin,
		`${caseId}-late-a2`
	);
}
