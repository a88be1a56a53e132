/**
 * Language progression (Sprachfortschritt): the overall local-language level of every dated
 * assessment, placed in time relative to the entry date, so a caseworker reads
 * "A1 (8 Monate nach Einreise) → B1 (30 Monate)" and the milestones can check it.
 */
import { overallLevel, type Assessment } from './assessment';
import type { Level } from './cefr';
import * as dates from './dates';
import type { IsoDate } from './schema';

export interface Step {
	assessmentId: string;
	date: IsoDate;
	/** Completed months since entry; null without an entry date. */
	months: number | null;
	level: Level;
}

/** One step per dated assessment with an assessed level, oldest first. */
export function progression(assessments: readonly Assessment[], entryDate: IsoDate): Step[] {
	return assessments
		.filter((a) => dates.isIso(a.date))
		.map((a) => ({
			assessmentId: a.id,
			date: a.date,
			months: dates.monthsBetween(entryDate, a.date),
			level: overallLevel(a)
		}))
		.filter((s): s is Step => s.level !== '')
		.sort((a, b) => a.date.localeCompare(b.date));
}
