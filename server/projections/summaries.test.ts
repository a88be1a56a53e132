import { afterEach, describe, expect, it } from 'vitest';
import * as caseindex from '../../src/lib/model/caseindex';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as offers from '../../src/lib/model/offers';
import * as person from '../../src/lib/model/person';
import * as plan from '../../src/lib/model/plan';
import * as tasks from '../../src/lib/model/tasks';
import { Accounts } from '../auth/accounts';
import { Cases } from '../cases';
import * as db from '../db';
import * as log from '../log';
import { SqliteStorage } from '../storage/sqlite';
import { Rooms } from '../sync/rooms';
import { Summaries } from './summaries';

const NOON = Date.parse('2026-06-15T10:00:00Z');
const DAY = 86_400_000;

function setup() {
	const database = db.openMemory();
	const accounts = new Accounts(database);
	accounts.addAgency({ id: 'sr-a', name: 'A', kind: 'social_region', canton: 'so', region: 'r' });
	const cases = new Cases(database);
	let clock = NOON;
	// The rooms report changes to the projection, which writes through the rooms.
	let summaries: Summaries;
	const rooms = new Rooms(new SqliteStorage(database), {
		idleMs: 60_000,
		compaction: { maxUpdates: 1000, maxBytes: 1 << 30 },
		events: { changed: (room) => summaries.changed(room) }
	});
	summaries = new Summaries(
		cases,
		() => rooms,
		log.create('error', () => undefined),
		{ delayMs: 5, now: () => clock }
	);
	const openCase = async (id: string, fn: Parameters<Awaited<ReturnType<Rooms['get']>>['change']>[0]) => {
		const room = await rooms.get(`case/${id}`);
		await room.change((doc) => {
			person.setAll(doc, { lastName: id, firstName: 'X', birthDate: '1990-01-01', entryDate: '2026-05-01' });
			caseinfo.setAll(doc, { agencyId: 'sr-a', openedAt: '2026-06-01' });
			fn(doc);
		});
		return room;
	};
	const indexed = async (id: string) => caseindex.get((await rooms.get('index/sr-a')).doc, id);
	return {
		cases,
		rooms,
		summaries,
		openCase,
		indexed,
		advance: (ms: number) => (clock += ms),
		close: async () => {
			summaries.stop();
			await rooms.close();
			database.close();
		}
	};
}

let current: ReturnType<typeof setup> | undefined;
afterEach(async () => {
	await current?.close();
	current = undefined;
});

describe('summaries projection', () => {
	it('writes the Ampel with its reasons and the task figures into the registry and the index doc', async () => {
		const s = (current = setup());
		await s.summaries.start(['so']);
		await s.openCase('c-1', (doc) => tasks.add(doc, { title: 'Anruf', due: '2026-06-10', assigneeId: 'u-1' }));
		await s.summaries.flush();
		const summary = await s.indexed('c-1');
		expect(summary).toMatchObject({
			ampel: 'yellow',
			openTasks: 1,
			overdueTasks: 1,
			nextDue: '2026-06-10',
			lastEdit: '2026-06-15'
		});
		expect(summary?.reasons.map((r) => r.ruleId)).toEqual(['taskOverdue']);
		expect(s.cases.get('c-1')?.summary.ampel).toBe('yellow');
	});

	it('re-evaluates time-based rules when the day changes, without any edit', async () => {
		const s = (current = setup());
		await s.summaries.start(['so']);
		await s.openCase('c-1', (doc) => tasks.add(doc, { title: 'Anruf', due: '2026-06-16', assigneeId: '' }));
		await s.summaries.flush();
		expect((await s.indexed('c-1'))?.ampel).toBe('green');
		s.advance(2 * DAY);
		await s.summaries.reevaluateAll();
		expect((await s.indexed('c-1'))?.ampel).toBe('yellow');
		s.advance(14 * DAY);
		await s.summaries.reevaluateAll();
		expect((await s.indexed('c-1'))?.reasons.map((r) => r.ruleId)).toEqual(['taskLongOverdue']);
	});

	it('turns every case booked on an overbooked offer red, and back when a place frees up', async () => {
		const s = (current = setup());
		const catalogue = await s.rooms.get('offers/so');
		await catalogue.change((doc) =>
			offers.put(doc, {
				id: 'o1',
				name: 'Deutsch A2',
				type: 'language',
				provider: 'P',
				description: '',
				criteria: offers.NO_CRITERIA,
				capacities: [{ period: '2026', from: '2026-01-01', to: '2026-12-31', places: 1 }],
				location: '',
				costPerPlace: null,
				funding: '',
				active: true
			})
		);
		await s.summaries.start(['so']);
		const book = (doc: Parameters<typeof plan.addMeasure>[0]) =>
			plan.addMeasure(
				doc,
				{ offerId: 'o1', offerName: 'Deutsch A2', status: 'registered', plannedStart: '2026-08-01' },
				undefined,
				'm1'
			);
		await s.openCase('c-1', book);
		await s.summaries.flush();
		expect((await s.indexed('c-1'))?.ampel).toBe('green');
		const second = await s.openCase('c-2', book);
		await s.summaries.flush();
		expect((await s.indexed('c-1'))?.reasons.map((r) => r.ruleId)).toEqual(['offerOverbooked']);
		expect((await s.indexed('c-2'))?.ampel).toBe('red');

		await second.change((doc) => plan.updateMeasure(doc, 'm1', { status: 'aborted' }));
		await s.summaries.flush();
		expect((await s.indexed('c-1'))?.ampel).toBe('green');

		// More places in the catalogue also relieve the offer.
		await second.change((doc) => plan.updateMeasure(doc, 'm1', { status: 'registered' }));
		await s.summaries.flush();
		expect((await s.indexed('c-1'))?.ampel).toBe('red');
		await catalogue.change((doc) => {
			const offer = offers.get(doc, 'o1')!;
			offers.put(doc, { ...offer, capacities: [{ ...offer.capacities[0]!, places: 2 }] });
		});
		await s.summaries.flush();
		expect((await s.indexed('c-1'))?.ampel).toBe('green');
		expect((await s.indexed('c-2'))?.ampel).toBe('green');
	});
});
