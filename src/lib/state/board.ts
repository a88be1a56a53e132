/**
 * Pure helpers for the cockpit's boards over case summaries: the Ampel board (sorted by
 * severity, filterable), the personal task overview and the reminders of one user.
 */
import { collator } from '$lib/i18n';
import type { CaseSummary } from '$lib/model/summary';
import { SEVERITY_ORDER, type AmpelLevel } from '$lib/rules/ampel';
import { between } from '$lib/rules/calendar';
import type { FactTask } from '$lib/rules/facts';
import { derive, type Reminder } from '$lib/rules/reminders';

export interface BoardQuery {
	/** '' = all colours; 'attention' = red and yellow. */
	level: AmpelLevel | 'attention' | '';
	ruleId: string;
	text: string;
	/** null = every manager. */
	managerId: string | null;
}

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();

/** Open cases matching the query, most severe first, then most reasons, then by name. */
export function board(cases: readonly CaseSummary[], query: BoardQuery): CaseSummary[] {
	const words = fold(query.text).split(/\s+/).filter(Boolean);
	return cases
		.filter(
			(c) =>
				!c.closed &&
				(query.managerId === null || c.managerId === query.managerId) &&
				(query.level === '' || (query.level === 'attention' ? c.ampel !== 'green' : c.ampel === query.level)) &&
				(query.ruleId === '' || c.reasons.some((r) => r.ruleId === query.ruleId)) &&
				words.every((w) => fold(`${c.lastName} ${c.firstName} ${c.zemis} ${c.municipality}`).includes(w))
		)
		.sort(
			(a, b) =>
				SEVERITY_ORDER[b.ampel] - SEVERITY_ORDER[a.ampel] ||
				b.reasons.length - a.reasons.length ||
				collator.compare(a.lastName, b.lastName) ||
				collator.compare(a.firstName, b.firstName) ||
				a.id.localeCompare(b.id)
		);
}

export function counts(cases: readonly CaseSummary[]): Record<AmpelLevel, number> {
	const out: Record<AmpelLevel, number> = { red: 0, yellow: 0, green: 0 };
	for (const c of cases) if (!c.closed) out[c.ampel]++;
	return out;
}

export interface TaskRow extends FactTask {
	caseId: string;
	caseName: string;
}

export type TaskGroup = 'overdue' | 'today' | 'week' | 'later' | 'undated';

/** Open tasks for `userId`: assigned to them, or unassigned on cases they manage; by due date. */
export function myTasks(cases: readonly CaseSummary[], userId: string): TaskRow[] {
	return cases
		.filter((c) => !c.closed)
		.flatMap((c) =>
			c.tasks
				.filter((t) => t.assigneeId === userId || (t.assigneeId === '' && c.managerId === userId))
				.map((t) => ({ ...t, caseId: c.id, caseName: [c.lastName, c.firstName].filter(Boolean).join(' ') }))
		)
		.sort((a, b) => (a.due || '9999').localeCompare(b.due || '9999') || collator.compare(a.caseName, b.caseName));
}

export function taskGroup(due: string, today: string, weekEnd: string): TaskGroup {
	if (!due) return 'undated';
	if (due < today) return 'overdue';
	if (due === today) return 'today';
	return due <= weekEnd ? 'week' : 'later';
}

export interface ReminderRow extends Reminder {
	caseName: string;
}

/** Reminders addressed to `userId` on `today`, those closest to today first (upcoming and just past). */
export function myReminders(cases: readonly CaseSummary[], userId: string, today: string): ReminderRow[] {
	return cases
		.flatMap((c) =>
			derive(c, today).map((r) => ({ ...r, caseName: [c.lastName, c.firstName].filter(Boolean).join(' ') }))
		)
		.filter((r) => r.recipientId === userId)
		.sort((a, b) => Math.abs(between(today, a.due)) - Math.abs(between(today, b.due)) || a.due.localeCompare(b.due));
}
