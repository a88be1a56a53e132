import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as assessment from '../../src/lib/model/assessment';
import { rank } from '../../src/lib/model/cefr';
import * as residence from '../../src/lib/model/residence';
import * as situation from '../../src/lib/model/situation';
import type { DocStorage } from '../storage/storage';
import * as days from '../../src/lib/rules/calendar';
import * as dossierAssessments from './dossier-assessments';
import * as persons from './persons';

const TODAY = '2026-11-30';
const SEED = 1291;

interface Run {
	cases: persons.SeedCase[];
	docs: Y.Doc[];
	confidential: Map<string, Uint8Array[]>;
}

/** Only `append` is used by the seed; the rest of the interface is not reached. */
function memoryStorage(into: Map<string, Uint8Array[]>): DocStorage {
	return {
		append: async (name: string, data: Uint8Array) => {
			into.set(name, [...(into.get(name) ?? []), data]);
		}
	} as unknown as DocStorage;
}

async function run(seed = SEED): Promise<Run> {
	const cases = persons.generate({ seed, today: TODAY });
	const confidential = new Map<string, Uint8Array[]>();
	const storage = memoryStorage(confidential);
	const docs: Y.Doc[] = [];
	for (const [index, item] of cases.entries()) {
		const doc = new Y.Doc();
		doc.clientID = index + 1;
		residence.change(doc, item.residence[0]!.status, item.residence[0]!.from, 'seed', item.residence[0]!.id);
		for (const period of item.residence.slice(1)) residence.change(doc, period.status, period.from, 'seed', period.id);
		await dossierAssessments.seed({ storage, doc, item, seed, index, today: TODAY, at: 0, origin: 'seed' });
		docs.push(doc);
	}
	return { cases, docs, confidential };
}

describe('seeded assessments and situations', () => {
	let demo: Run;
	beforeAll(async () => {
		demo = await run();
	});

	it('is reproducible byte for byte', async () => {
		const again = await run();
		for (const [i, doc] of demo.docs.entries())
			expect(Y.encodeStateAsUpdate(again.docs[i]!)).toEqual(Y.encodeStateAsUpdate(doc));
		expect([...again.confidential.keys()]).toEqual([...demo.confidential.keys()]);
	});

	it('gives 1–3 assessments to most persons aged 16+ and none to children', () => {
		let adults = 0;
		let assessed = 0;
		for (const [i, item] of demo.cases.entries()) {
			const all = assessment.list(demo.docs[i]!);
			if (days.age(item.person.birthDate, TODAY) < 16) {
				expect(all).toEqual([]);
				continue;
			}
			adults++;
			if (all.length > 0) assessed++;
			expect(all.length).toBeLessThanOrEqual(3);
		}
		expect(assessed / adults).toBeGreaterThan(0.8);
	});

	it('dates assessments after entry and before the seed day, with the language never getting worse', () => {
		let improved = 0;
		for (const [i, item] of demo.cases.entries()) {
			const all = assessment.list(demo.docs[i]!);
			for (const a of all) {
				expect(a.date >= item.person.entryDate && a.date < TODAY, `${item.id} ${a.date}`).toBe(true);
				expect(assessment.overallLevel(a)).not.toBe('');
			}
			for (let k = 1; k < all.length; k++) {
				const before = rank(assessment.overallLevel(all[k - 1]!));
				const after = rank(assessment.overallLevel(all[k]!));
				expect(after).toBeGreaterThanOrEqual(before);
				if (after > before) improved++;
			}
		}
		expect(improved).toBeGreaterThan(20);
	});

	it('employs about a third of status S persons aged 18–64 at the seed day', () => {
		let population = 0;
		let employed = 0;
		for (const [i, item] of demo.cases.entries()) {
			const age = days.age(item.person.birthDate, TODAY);
			if (residence.current(residence.list(demo.docs[i]!)) !== 'S' || age < 18 || age > 64) continue;
			population++;
			if (situation.activeAt(situation.list(demo.docs[i]!), TODAY).some((s) => s.kind === 'employed')) employed++;
		}
		expect(population).toBeGreaterThan(50);
		expect(employed / population).toBeGreaterThan(0.25);
		expect(employed / population).toBeLessThan(0.45);
	});

	it('records every kind of situation, each starting before the seed day and ending after it starts', () => {
		const kinds = new Set<string>();
		for (const doc of demo.docs) {
			for (const s of situation.list(doc)) {
				kinds.add(s.kind);
				expect(s.from < TODAY).toBe(true);
				if (s.to) expect(s.to >= s.from).toBe(true);
			}
		}
		// Social assistance follows from the case's agency and is written by social.ts (see social.test.ts).
		expect([...kinds].sort()).toEqual(situation.KINDS.filter((k) => k !== 'socialAssistance').sort());
	});

	it('keeps health details out of the case doc and in the confidential doc of health-limited persons', () => {
		expect(demo.confidential.size).toBeGreaterThan(5);
		for (const [i, item] of demo.cases.entries()) {
			const limited = assessment.list(demo.docs[i]!).some((a) => a.healthLimited);
			expect(demo.confidential.has(`case/${item.id}/confidential`)).toBe(limited);
			expect(JSON.stringify(demo.docs[i]!.toJSON())).not.toContain('workCapacityPercent');
		}
	});
});

describe('seeded assessment ages', () => {
	it('assesses nobody younger than 16 on the day of the assessment', async () => {
		const demo = await run();
		for (const [i, item] of demo.cases.entries()) {
			for (const a of assessment.list(demo.docs[i]!))
				expect(days.age(item.person.birthDate, a.date), item.id).toBeGreaterThanOrEqual(16);
		}
	});
});
