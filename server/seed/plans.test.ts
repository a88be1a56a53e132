import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as capacity from '../../src/lib/model/capacity';
import * as offers from '../../src/lib/model/offers';
import * as plan from '../../src/lib/model/plan';
import { caseDoc, offersDoc } from '../../src/lib/shared/docname';
import { Accounts } from '../auth/accounts';
import { Cases } from '../cases';
import { openMemory } from '../db';
import { SqliteStorage } from '../storage/sqlite';
import { seedDemo } from './seed';

const TODAY = '2026-11-30';
const IDS = [
	'deutsch-a1',
	'deutsch-a2',
	'deutsch-b1',
	'integration-arbeit',
	'beschaeftigung-1',
	'beschaeftigung-2',
	'bvj',
	'integrationsjahr-orientierung',
	'integrationsjahr-berufsvorbereitung',
	'invol',
	'berufsabschluss-erwachsene',
	'invost',
	'rav-amm',
	'biz-beratung',
	'kinderbetreuung'
];

async function load(storage: SqliteStorage, name: string): Promise<Y.Doc> {
	const doc = new Y.Doc();
	const stored = await storage.load(name);
	if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
	for (const update of stored.updates) Y.applyUpdate(doc, update.data);
	return doc;
}

describe('seeded catalogue and plans', () => {
	let catalogue: offers.Offer[];
	let measures: plan.Measure[];
	let goals: plan.Goal[];

	beforeAll(async () => {
		const db = openMemory();
		const storage = new SqliteStorage(db);
		await seedDemo(
			{ db, accounts: new Accounts(db), cases: new Cases(db), storage },
			{ today: TODAY, passwordParams: { log2N: 10, r: 8, p: 1 } }
		);
		catalogue = offers.list(await load(storage, offersDoc('so')));
		measures = [];
		goals = [];
		for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM cases').all()) {
			const doc = await load(storage, caseDoc(id));
			measures.push(...plan.measures(doc));
			goals.push(...plan.goals(doc));
		}
	});

	it('holds exactly the offers of the Programm S plan, each with half-year capacities 2025–2027', () => {
		expect(catalogue.map((o) => o.id).sort()).toEqual([...IDS].sort());
		for (const o of catalogue) {
			expect(o.provider, o.id).not.toBe('');
			expect(o.capacities.map((c) => c.period)).toEqual([
				'2025-H1',
				'2025-H2',
				'2026-H1',
				'2026-H2',
				'2027-H1',
				'2027-H2'
			]);
		}
		expect(catalogue.find((o) => o.id === 'bvj')?.criteria).toMatchObject({ minAge: 16, maxAge: 25 });
		expect(catalogue.find((o) => o.id === 'deutsch-b1')?.criteria.minLevel).toBe('A2');
	});

	it('gives plans goals linked to IAS goals and measures picked from the catalogue', () => {
		expect(measures.length).toBeGreaterThan(300);
		expect(new Set(goals.map((g) => g.iasGoal))).toEqual(new Set(plan.IAS_GOALS));
		const byId = new Map(catalogue.map((o) => [o.id, o]));
		for (const m of measures) {
			const offer = byId.get(m.offerId);
			expect(offer, m.offerId).toBeDefined();
			expect(m.offerName).toBe(offer?.name);
			expect(m.provider).toBe(offer?.provider);
		}
		expect(new Set(measures.map((m) => m.offerId))).toEqual(new Set(IDS));
	});

	it('keeps each measure status consistent with its dates and the seed day', () => {
		for (const m of measures) {
			const where = `${m.id} ${m.status}`;
			if (m.status === 'completed')
				expect(m.actualEnd < TODAY && m.actualStart !== '', `${where} ${JSON.stringify(m)}`).toBe(true);
			if (m.status === 'running') expect(m.actualStart <= TODAY && m.actualEnd === '', where).toBe(true);
			if (m.status === 'registered' || m.status === 'planned')
				expect(m.plannedStart > TODAY && m.actualStart === '', where).toBe(true);
			if (m.actualEnd) expect(m.actualEnd >= m.actualStart, `${where} ${JSON.stringify(m)}`).toBe(true);
		}
		for (const status of plan.MEASURE_STATUSES)
			expect(
				measures.some((m) => m.status === status),
				status
			).toBe(true);
	});

	it('overbooks integration.arbeit in the current half-year and no other offer', () => {
		const over = catalogue.filter((o) => (capacity.usageAt(o, measures, TODAY)?.free ?? 0) < 0).map((o) => o.id);
		expect(over).toEqual(['integration-arbeit']);
	});
});
