import { describe, expect, it } from 'vitest';
import { empty, type CaseSummary } from '../../src/lib/model/summary';
import { Accounts } from '../auth/accounts';
import { Cases } from '../cases';
import * as db from '../db';
import * as log from '../log';
import { LogMailer } from './mailer';
import { ReminderScheduler } from './scheduler';
import { ReminderStore } from './store';

const DAY = 86_400_000;

function setup() {
	const database = db.openMemory();
	const accounts = new Accounts(database);
	accounts.addAgency({ id: 'sr-a', name: 'A', kind: 'social_region', canton: 'so', region: 'r' });
	accounts.addUser({
		id: 'u-1',
		username: 'u1',
		displayName: 'U',
		agencyId: 'sr-a',
		roles: ['case_manager'],
		passwordHash: 'x'
	});
	const cases = new Cases(database);
	const lines: Record<string, unknown>[] = [];
	const logger = log.create('info', (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
	let clock = Date.parse('2026-06-15T08:00:00Z');
	const scheduler = new ReminderScheduler(cases, new ReminderStore(database), new LogMailer(logger), logger, {
		intervalMs: 60_000,
		now: () => clock
	});
	const put = (values: Partial<CaseSummary>) =>
		cases.put({
			...empty('c-1'),
			agencyId: 'sr-a',
			managerId: 'u-1',
			lastName: 'Muster',
			openedAt: '2026-06-01',
			lastJournalDate: '2026-06-10',
			...values
		});
	return { scheduler, put, lines, advance: (ms: number) => (clock += ms), close: () => database.close() };
}

describe('reminder scheduler', () => {
	it('sends each reminder once, however often it runs, and logs ids only', async () => {
		const s = setup();
		s.put({ tasks: [{ id: 't-1', title: 'Arzttermin Frau Muster', due: '2026-06-16', assigneeId: '' }] });
		expect(await s.scheduler.run()).toBe(1);
		expect(await s.scheduler.run()).toBe(0);
		s.advance(DAY);
		expect(await s.scheduler.run()).toBe(0);
		const sent = s.lines.filter((l) => l.event === 'reminder.sent');
		expect(sent).toEqual([expect.objectContaining({ user: 'u-1', case: 'c-1', kind: 'taskDue', due: '2026-06-16' })]);
		expect(JSON.stringify(s.lines)).not.toMatch(/Muster|Arzttermin/);
		s.close();
	});

	it('sends a new reminder when the due date moves (a new key)', async () => {
		const s = setup();
		s.put({ tasks: [{ id: 't-1', title: 'A', due: '2026-06-16', assigneeId: '' }] });
		await s.scheduler.run();
		s.put({ tasks: [{ id: 't-1', title: 'A', due: '2026-06-30', assigneeId: '' }] });
		expect(await s.scheduler.run()).toBe(0);
		s.advance(14 * DAY);
		expect(await s.scheduler.run()).toBe(1);
		s.close();
	});

	it('skips closed cases and reminders without a recipient', async () => {
		const s = setup();
		s.put({ closed: true, tasks: [{ id: 't-1', title: 'A', due: '2026-06-15', assigneeId: '' }] });
		expect(await s.scheduler.run()).toBe(0);
		s.put({ managerId: '', tasks: [{ id: 't-1', title: 'A', due: '2026-06-15', assigneeId: '' }] });
		expect(await s.scheduler.run()).toBe(0);
		s.close();
	});
});
