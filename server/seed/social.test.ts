/**
 * The demo canton against the Programm S rules: social assistance follows the plan's two
 * tracks, invitations and typed journal entries are consistent, and the Ampel rule "S, employable,
 * not at RAV" agrees with the allocation rule it stands for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as assessment from '../../src/lib/model/assessment';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as journal from '../../src/lib/model/journal';
import * as person from '../../src/lib/model/person';
import * as plan from '../../src/lib/model/plan';
import * as residence from '../../src/lib/model/residence';
import * as situation from '../../src/lib/model/situation';
import * as allocation from '../../src/lib/rules/allocation';
import * as days from '../../src/lib/rules/calendar';
import { holderMismatch, toInvite, trackAt } from '../../src/lib/rules/tracks';
import { caseDoc } from '../../src/lib/shared/docname';
import { Accounts } from '../auth/accounts';
import { Cases } from '../cases';
import { openMemory } from '../db';
import { SqliteStorage } from '../storage/sqlite';
import { AGENCIES } from './canton';
import { CATALOGUE } from './offers';
import { seedDemo } from './seed';

const TODAY = '2026-11-30';
const yesterday = days.addDays(TODAY, -1);

interface Case {
	id: string;
	doc: Y.Doc;
	kind: string;
	ampel: string[];
}

describe('demo canton and the Programm S rules', () => {
	const cases: Case[] = [];

	beforeAll(async () => {
		const db = openMemory();
		const storage = new SqliteStorage(db);
		const registry = new Cases(db);
		await seedDemo(
			{ db, accounts: new Accounts(db), cases: registry, storage },
			{ today: TODAY, passwordParams: { log2N: 10, r: 8, p: 1 } }
		);
		for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM cases ORDER BY id').all()) {
			const doc = new Y.Doc();
			const stored = await storage.load(caseDoc(id));
			if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
			for (const update of stored.updates) Y.applyUpdate(doc, update.data);
			const summary = registry.get(id)?.summary;
			const kind = AGENCIES.find((a) => a.id === caseinfo.read(doc).agencyId)?.kind ?? '';
			cases.push({ id, doc, kind, ampel: summary?.reasons.map((r) => r.ruleId) ?? [] });
		}
	});

	const assistance = (doc: Y.Doc) => situation.list(doc).filter((s) => s.kind === 'socialAssistance');

	it('gives social assistance to the cases of social regions from the opening, and none to municipalities', () => {
		for (const c of cases) {
			const info = caseinfo.read(c.doc);
			const periods = assistance(c.doc);
			if (c.kind === 'municipality') expect(periods, c.id).toEqual([]);
			else {
				expect(periods, c.id).toHaveLength(1);
				expect(periods[0]?.from).toBe(info.openedAt);
			}
		}
	});

	it('ends social assistance only at the closing or months after a full-time job began (Ablösung)', () => {
		let replaced = 0;
		for (const c of cases) {
			const period = assistance(c.doc)[0];
			if (!period?.to) continue;
			const info = caseinfo.read(c.doc);
			if (period.to === info.closedAt) continue;
			replaced++;
			const job = situation
				.list(c.doc)
				.find((s) => s.kind === 'employed' && s.to === '' && (s.workload ?? 0) >= allocation.FULL_TIME_WORKLOAD);
			expect(job, c.id).toBeDefined();
			expect(days.between(job?.from ?? '', period.to), c.id).toBeGreaterThanOrEqual(90);
			expect(period.to < TODAY).toBe(true);
		}
		expect(replaced).toBeGreaterThan(0);
	});

	it('puts every open case on the track of its agency, except those whose social assistance was replaced by a wage', () => {
		let mismatches = 0;
		let regions = 0;
		for (const c of cases) {
			if (caseinfo.read(c.doc).closedAt) continue;
			const state = trackAt(situation.list(c.doc), yesterday);
			if (c.kind === 'social_region') regions++;
			if (!holderMismatch(state, c.kind)) continue;
			mismatches++;
			expect(c.kind, c.id).toBe('social_region');
			expect(assistance(c.doc)[0]?.to, c.id).not.toBe('');
		}
		// The demo shows the handover hint, but it is the exception.
		expect(mismatches).toBeGreaterThan(0);
		expect(mismatches / regions).toBeLessThan(0.15);
	});

	it('invites every person of 16 to 64 before the first talk, nobody younger, and types the first talk as Erstinformation', () => {
		let invited = 0;
		for (const c of cases) {
			const info = caseinfo.read(c.doc);
			const entries = journal.list(c.doc).toReversed();
			const due = toInvite(days.age(person.read(c.doc).birthDate, info.openedAt));
			if (!due) expect(info.invitedAt, c.id).toBe('');
			else if (entries.length > 0 || info.phase !== 'intake') expect(info.invitedAt, c.id).not.toBe('');
			if (info.invitedAt) {
				invited++;
				expect(info.invitedAt >= info.openedAt, c.id).toBe(true);
				if (entries[0]) expect(info.invitedAt <= entries[0].date, c.id).toBe(true);
			}
			if (entries[0]) expect(entries[0].type, c.id).toBe('firstInformation');
			for (const entry of entries.slice(1)) {
				expect(journal.TYPES, c.id).toContain(entry.type);
				expect(entry.type).not.toBe('firstInformation');
			}
		}
		expect(invited).toBeGreaterThan(cases.length / 2);
	});

	it('never mentions social assistance in the journal of a person who does not receive it', () => {
		for (const c of cases) {
			if (c.kind !== 'municipality') continue;
			for (const entry of journal.list(c.doc)) expect(journal.plainText(entry.body), c.id).not.toMatch(/Sozialhilfe/);
		}
	});

	it('raises "S, employable, not at RAV" only when the allocation rules suggest the RAV (never for the not placeable or apprentices)', () => {
		const flagged = cases.filter((c) => c.ampel.includes('statusSNotRav'));
		for (const c of flagged) {
			const latest = assessment.latest(assessment.list(c.doc));
			expect(latest?.placeable, c.id).toBe('yes');
			const facts = allocation.factsFrom({
				birthDate: person.read(c.doc).birthDate,
				residence: residence.list(c.doc),
				latest,
				situations: situation.list(c.doc),
				measures: plan.measures(c.doc),
				today: TODAY
			});
			expect(facts.inTraining, c.id).toBe(false);
			const ids = allocation.suggest(facts, CATALOGUE).map((s) => s.ruleId);
			expect(ids, c.id).toContain('rav');
		}
		// 24 before the fix on this day, 21 of them false (placeability no or unclear, apprenticeships, education).
		expect(flagged.length).toBeLessThanOrEqual(5);
	});
});
