/**
 * The demo canton as the test server seeded it: the seed is deterministic for a seed and a day,
 * so seeding it again in memory tells a journey exactly what a case holds — and which
 * suggestions the allocation rules will make after it fills the standard assessment.
 */
import * as Y from 'yjs';
import * as assessment from '../../src/lib/model/assessment';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as person from '../../src/lib/model/person';
import * as plan from '../../src/lib/model/plan';
import * as residence from '../../src/lib/model/residence';
import * as situation from '../../src/lib/model/situation';
import * as allocation from '../../src/lib/rules/allocation';
import { caseDoc } from '../../src/lib/shared/docname';
import { Accounts } from '../../server/auth/accounts';
import { Cases } from '../../server/cases';
import { openMemory } from '../../server/db';
import { CATALOGUE } from '../../server/seed/offers';
import { seedDemo } from '../../server/seed/seed';
import { SqliteStorage } from '../../server/storage/sqlite';

export const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });

let cached: Promise<Map<string, Y.Doc>> | undefined;

/** Case id → case doc, in id order. */
export function demoDocs(): Promise<Map<string, Y.Doc>> {
	cached ??= (async () => {
		const db = openMemory();
		const storage = new SqliteStorage(db);
		await seedDemo(
			{ db, accounts: new Accounts(db), cases: new Cases(db), storage },
			{ today, passwordParams: { log2N: 10, r: 8, p: 1 } }
		);
		const docs = new Map<string, Y.Doc>();
		for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM cases ORDER BY id').all()) {
			const doc = new Y.Doc();
			const stored = await storage.load(caseDoc(id));
			if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
			for (const update of stored.updates) Y.applyUpdate(doc, update.data);
			docs.set(id, doc);
		}
		return docs;
	})();
	return cached;
}

/** The rules that fire once support.fillAssessment's assessment (today, A2, employable, not placeable) is the latest. */
export function afterStandardAssessment(doc: Y.Doc): string[] {
	const latest: assessment.Assessment = {
		...assessment.EMPTY,
		id: 'e2e',
		kind: 'deep',
		date: today,
		localLanguage: { listening: 'B1', reading: 'A2', speaking: 'B1', writing: 'A2' },
		employable: 'yes',
		placeable: 'no',
		pathway: 'labourMarket'
	};
	return suggestionsWith(doc, latest);
}

/** The rules that fire on the seeded latest assessment, today. */
export function seededSuggestions(doc: Y.Doc): string[] {
	const latest = assessment.latest(assessment.list(doc));
	if (!latest) return [];
	return suggestionsWith(doc, latest);
}

function suggestionsWith(doc: Y.Doc, latest: assessment.Assessment): string[] {
	const facts = allocation.factsFrom({
		birthDate: person.read(doc).birthDate,
		residence: residence.list(doc),
		latest,
		situations: situation.list(doc),
		measures: plan.measures(doc),
		today
	});
	return allocation.suggest(facts, CATALOGUE).map((s) => s.ruleId);
}

/** Open cases of an agency for which `fits` holds, in id order. */
export async function casesOf(agencyId: string, fits: (doc: Y.Doc) => boolean): Promise<string[]> {
	const out: string[] = [];
	for (const [id, doc] of await demoDocs()) {
		const info = caseinfo.read(doc);
		if (info.agencyId === agencyId && info.closedAt === '' && fits(doc)) out.push(id);
	}
	return out;
}
