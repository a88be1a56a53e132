/**
 * Reminders (Erinnerungen) the system derives from case summaries: a measure starting soon, a
 * review due, a dossier gone quiet, a task due. Declared as data like the Ampel rules; pure, so
 * the browser shows them from its local index (live, offline) and the server's scheduler sends
 * each one once by e-mail, keyed by (case, kind, subject, due date).
 */
import type { IsoDate } from '../model/schema';
import * as calendar from './calendar';
import type { CaseFacts } from './facts';

export const REMINDER_THRESHOLDS = {
	measureStart: { days: 7 },
	reviewDue: { months: 12 },
	goalDue: { days: 7 },
	dossierQuiet: { days: 60 },
	taskDue: { days: 1 }
} as const;

export type ReminderKind = keyof typeof REMINDER_THRESHOLDS;

export interface ReminderCase extends CaseFacts {
	id: string;
	managerId: string;
}

export interface Reminder {
	/** Unique per (case, kind, subject, due): the same reminder is never sent twice. */
	key: string;
	caseId: string;
	kind: ReminderKind;
	subjectId: string;
	due: IsoDate;
	recipientId: string;
	text: string;
	link: string;
}

interface ReminderRule {
	kind: ReminderKind;
	title: string;
	explanation: string;
	link: string;
	derive(c: ReminderCase, today: IsoDate): Omit<Reminder, 'key' | 'caseId' | 'kind' | 'link'>[];
}

const R = REMINDER_THRESHOLDS;
const date = calendar.swiss;
const within = (today: IsoDate, d: IsoDate, days: number) =>
	d !== '' && calendar.between(today, d) >= 0 && calendar.between(today, d) <= days;

export const REMINDER_RULES: readonly ReminderRule[] = [
	{
		kind: 'taskDue',
		title: 'Pendenz fällig',
		explanation: `Eine offene Pendenz ist in ${R.taskDue.days} Tag oder früher fällig oder überfällig; an die zugewiesene Person, sonst an die Fallführung.`,
		link: '?tab=tasks',
		derive: (c, today) =>
			c.tasks
				.filter((t) => t.due !== '' && calendar.between(today, t.due) <= R.taskDue.days)
				.map((t) => ({
					subjectId: t.id,
					due: t.due,
					recipientId: t.assigneeId || c.managerId,
					text: `Pendenz «${t.title}» fällig am ${date(t.due)}`
				}))
	},
	{
		kind: 'measureStart',
		title: 'Massnahme beginnt bald',
		explanation: `Eine Massnahme beginnt in ${R.measureStart.days} Tagen oder früher: Zeit, die Person auf den Beginn hinzuweisen.`,
		link: '?tab=plan',
		derive: (c, today) =>
			c.measures
				.filter(
					(m) => (m.status === 'planned' || m.status === 'registered') && within(today, m.start, R.measureStart.days)
				)
				.map((m) => ({
					subjectId: m.id,
					due: m.start,
					recipientId: c.managerId,
					text: `Massnahme «${m.offerName}» beginnt am ${date(m.start)}`
				}))
	},
	{
		kind: 'reviewDue',
		title: 'Überprüfung fällig',
		explanation: `Die letzte Potenzialabklärung ist ${R.reviewDue.months} Monate alt oder älter: Standort neu bestimmen.`,
		link: '?tab=assessment',
		derive: (c, today) => {
			if (!c.assessment?.date) return [];
			const due = calendar.addMonths(c.assessment.date, R.reviewDue.months);
			return due <= today
				? [
						{
							subjectId: c.assessment.date,
							due,
							recipientId: c.managerId,
							text: `Potenzialabklärung vom ${date(c.assessment.date)} überprüfen`
						}
					]
				: [];
		}
	},
	{
		kind: 'goalDue',
		title: 'Zieltermin naht',
		explanation: `Der Zieltermin eines offenen Ziels ist in ${R.goalDue.days} Tagen oder früher.`,
		link: '?tab=plan',
		derive: (c, today) =>
			c.goals
				.filter((g) => within(today, g.targetDate, R.goalDue.days))
				.map((g) => ({
					subjectId: g.id,
					due: g.targetDate,
					recipientId: c.managerId,
					text: `Ziel «${g.text}»: Zieltermin ${date(g.targetDate)}`
				}))
	},
	{
		kind: 'dossierQuiet',
		title: 'Dossier ruht',
		explanation: `Seit ${R.dossierQuiet.days} Tagen weder Journaleintrag noch Änderung.`,
		link: '?tab=overview',
		derive: (c, today) => {
			const last = calendar.latest(c.lastJournalDate, c.lastEdit, c.openedAt, c.assessment?.date ?? '');
			if (!last) return [];
			const due = calendar.addDays(last, R.dossierQuiet.days);
			return due <= today
				? [{ subjectId: last, due, recipientId: c.managerId, text: `Dossier ruht seit ${date(last)}` }]
				: [];
		}
	}
];

/** The reminders of one case on `today`, soonest first. */
export function derive(c: ReminderCase, today: IsoDate): Reminder[] {
	if (c.closed) return [];
	return REMINDER_RULES.flatMap((rule) =>
		rule.derive(c, today).map((r) => ({
			...r,
			key: [c.id, rule.kind, r.subjectId, r.due].join('|'),
			caseId: c.id,
			kind: rule.kind,
			link: rule.link
		}))
	).sort((a, b) => a.due.localeCompare(b.due));
}
