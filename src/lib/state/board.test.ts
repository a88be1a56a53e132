import { describe, expect, it } from 'vitest';
import { empty, type CaseSummary } from '$lib/model/summary';
import { board, counts, myReminders, myTasks, taskGroup, type BoardQuery } from './board';

const reason = (ruleId: string, severity: 'red' | 'yellow') => ({ ruleId, severity, text: '', link: '' });
const c = (id: string, values: Partial<CaseSummary>): CaseSummary => ({
	...empty(id),
	managerId: 'u-1',
	lastJournalDate: '2026-06-14',
	...values
});
const cases = [
	c('c-1', { lastName: 'Berisha', ampel: 'yellow', reasons: [reason('taskOverdue', 'yellow')] }),
	c('c-2', { lastName: 'Abebe', ampel: 'green' }),
	c('c-3', { lastName: 'Özdemir', ampel: 'red', reasons: [reason('languageMilestone', 'red')], managerId: 'u-2' }),
	c('c-4', {
		lastName: 'Zeller',
		ampel: 'red',
		reasons: [reason('languageMilestone', 'red'), reason('taskOverdue', 'yellow')]
	}),
	c('c-5', { lastName: 'Closed', ampel: 'green', closed: true })
];
const all: BoardQuery = { level: '', ruleId: '', text: '', managerId: null };

describe('Ampel board', () => {
	it('sorts by severity, then by number of reasons, then by name; leaves closed cases out', () => {
		expect(board(cases, all).map((x) => x.id)).toEqual(['c-4', 'c-3', 'c-1', 'c-2']);
	});
	it('filters by colour, rule, manager and text', () => {
		expect(board(cases, { ...all, level: 'attention' }).map((x) => x.id)).toEqual(['c-4', 'c-3', 'c-1']);
		expect(board(cases, { ...all, level: 'green' }).map((x) => x.id)).toEqual(['c-2']);
		expect(board(cases, { ...all, ruleId: 'taskOverdue' }).map((x) => x.id)).toEqual(['c-4', 'c-1']);
		expect(board(cases, { ...all, managerId: 'u-2' }).map((x) => x.id)).toEqual(['c-3']);
		expect(board(cases, { ...all, text: 'ozdem' }).map((x) => x.id)).toEqual(['c-3']);
	});
	it('counts open cases per colour', () => {
		expect(counts(cases)).toEqual({ red: 2, yellow: 1, green: 1 });
	});
});

describe('task overview', () => {
	const withTasks = [
		c('c-1', {
			lastName: 'A',
			tasks: [
				{ id: 't1', title: 'x', due: '2026-06-20', assigneeId: '' },
				{ id: 't2', title: 'y', due: '2026-06-01', assigneeId: 'u-3' }
			]
		}),
		c('c-2', {
			lastName: 'B',
			managerId: 'u-9',
			tasks: [
				{ id: 't3', title: 'z', due: '', assigneeId: 'u-1' },
				{ id: 't4', title: 'w', due: '2026-06-10', assigneeId: '' }
			]
		})
	];
	it('lists tasks assigned to me and unassigned tasks of my cases, by due date, undated last', () => {
		expect(myTasks(withTasks, 'u-1').map((t) => t.id)).toEqual(['t1', 't3']);
		expect(myTasks(withTasks, 'u-3').map((t) => t.id)).toEqual(['t2']);
	});
	it('groups by due date', () => {
		expect(
			['2026-06-14', '2026-06-15', '2026-06-21', '2026-06-22', ''].map((d) => taskGroup(d, '2026-06-15', '2026-06-21'))
		).toEqual(['overdue', 'today', 'week', 'later', 'undated']);
	});
	it('derives my reminders from the summaries', () => {
		expect(myReminders(withTasks, 'u-3', '2026-06-15').map((r) => r.subjectId)).toEqual(['t2']);
	});
});
