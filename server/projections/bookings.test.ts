import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as plan from '../../src/lib/model/plan';
import { openMemory } from '../db';
import * as log from '../log';
import { SqliteStorage } from '../storage/sqlite';
import { Bookings } from './bookings';

function caseWith(measures: Parameters<typeof plan.addMeasure>[1][]): Y.Doc {
	const doc = new Y.Doc();
	caseinfo.setAll(doc, { agencyId: 'sr-wasseramt' });
	for (const m of measures) plan.addMeasure(doc, m);
	return doc;
}

describe('bookings projection', () => {
	it('keeps one row per measure on a catalogue offer and replaces them on refresh', () => {
		const db = openMemory();
		const bookings = new Bookings(db, log.create('error'), 0);
		const doc = caseWith([
			{
				offerId: 'o1',
				offerName: 'Deutsch A1',
				status: 'registered',
				plannedStart: '2026-01-05',
				plannedEnd: '2026-06-30'
			},
			{ offerId: '', offerName: 'frei erfasst' }
		]);
		const before = bookings.version;
		bookings.refresh('c-1', doc);
		expect(bookings.all()).toMatchObject([
			{
				caseId: 'c-1',
				agencyId: 'sr-wasseramt',
				offerId: 'o1',
				status: 'registered',
				start: '2026-01-05',
				end: '2026-06-30'
			}
		]);
		expect(bookings.version).not.toBe(before);
		plan.updateMeasure(doc, plan.measures(doc).find((m) => m.offerId === 'o1')!.id, {
			status: 'running',
			actualStart: '2026-01-12'
		});
		bookings.refresh('c-1', doc);
		expect(bookings.all()).toMatchObject([{ status: 'running', start: '2026-01-12' }]);
	});

	it('fills the table from stored case docs once', async () => {
		const db = openMemory();
		const storage = new SqliteStorage(db);
		await storage.append(
			'case/c-2',
			Y.encodeStateAsUpdate(caseWith([{ offerId: 'o2', offerName: 'integration.arbeit', status: 'planned' }])),
			{ userId: null, at: 0 }
		);
		await storage.append('employers/thal-gaeu', Y.encodeStateAsUpdate(new Y.Doc()), { userId: null, at: 0 });
		const bookings = new Bookings(db, log.create('error'), 0);
		expect(await bookings.backfill(storage)).toBe(1);
		expect(bookings.all().map((b) => b.offerId)).toEqual(['o2']);
		expect(await bookings.backfill(storage)).toBe(0);
	});
});
