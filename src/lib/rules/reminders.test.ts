import { describe, expect, it } from 'vitest';
import { empty } from '../model/summary';
import { addDays, addMonths } from './calendar';
import { derive, REMINDER_THRESHOLDS as R, type ReminderCase } from './reminders';

const TODAY = '2026-06-15';
const base = (values: Partial<ReminderCase> = {}): ReminderCase => ({
	...empty('c-1'),
	managerId: 'u-m',
	lastJournalDate: TODAY,
	...values
});
const kinds = (c: ReminderCase) => derive(c, TODAY).map((r) => r.kind);

describe('reminders', () => {
	it('none for a quiet-free case without anything due', () => {
		expect(derive(base(), TODAY)).toEqual([]);
	});
	it('task due within the threshold goes to the assignee, else to the case manager', () => {
		const [r] = derive(
			base({ tasks: [{ id: 't', title: 'A', due: addDays(TODAY, R.taskDue.days), assigneeId: 'u-a' }] }),
			TODAY
		);
		expect(r).toMatchObject({
			kind: 'taskDue',
			recipientId: 'u-a',
			key: `c-1|taskDue|t|${addDays(TODAY, R.taskDue.days)}`
		});
		expect(derive(base({ tasks: [{ id: 't', title: 'A', due: TODAY, assigneeId: '' }] }), TODAY)[0]?.recipientId).toBe(
			'u-m'
		);
		expect(
			kinds(base({ tasks: [{ id: 't', title: 'A', due: addDays(TODAY, R.taskDue.days + 1), assigneeId: '' }] }))
		).toEqual([]);
	});
	it('measure starting within N days, not after, not once running', () => {
		const m = {
			id: 'm',
			offerId: 'o',
			offerName: 'Kurs',
			status: 'registered' as const,
			start: addDays(TODAY, R.measureStart.days),
			end: ''
		};
		expect(kinds(base({ measures: [m] }))).toEqual(['measureStart']);
		expect(kinds(base({ measures: [{ ...m, start: addDays(TODAY, R.measureStart.days + 1) }] }))).toEqual([]);
		expect(kinds(base({ measures: [{ ...m, status: 'running' }] }))).toEqual([]);
	});
	it('review due N months after the latest assessment', () => {
		const a = {
			date: addMonths(TODAY, -R.reviewDue.months),
			level: 'A1' as const,
			employable: '' as const,
			placeable: '' as const,
			childcareNeeded: '' as const
		};
		expect(kinds(base({ assessment: a }))).toEqual(['reviewDue']);
		expect(kinds(base({ assessment: { ...a, date: addDays(a.date, 1) } }))).toEqual([]);
	});
	it('goal target within N days', () => {
		expect(kinds(base({ goals: [{ id: 'g', text: 'Z', targetDate: addDays(TODAY, R.goalDue.days) }] }))).toEqual([
			'goalDue'
		]);
		expect(kinds(base({ goals: [{ id: 'g', text: 'Z', targetDate: addDays(TODAY, R.goalDue.days + 1) }] }))).toEqual(
			[]
		);
	});
	it('dossier quiet after N days', () => {
		expect(kinds(base({ lastJournalDate: addDays(TODAY, -R.dossierQuiet.days) }))).toEqual(['dossierQuiet']);
		expect(kinds(base({ lastJournalDate: addDays(TODAY, -R.dossierQuiet.days + 1) }))).toEqual([]);
	});
	it('none for closed cases', () => {
		expect(kinds(base({ closed: true, lastJournalDate: '2020-01-01' }))).toEqual([]);
	});
});
