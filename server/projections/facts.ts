/**
 * Projection: case doc → person facts (src/lib/model/facts.ts) → `person_facts` table, plus an
 * in-memory copy that indicator requests compute over (parsing 100,000 JSON rows per request
 * would cost more than the whole computation). Runs after each stored change of a case doc,
 * debounced per case like the summaries; at startup it fills rows that are missing or were
 * written by an older version of the projection.
 */
import * as Y from 'yjs';
import { fromDoc, type PersonFacts } from '../../src/lib/model/facts';
import * as docname from '../../src/lib/shared/docname';
import type { Db } from '../db';
import type { Log } from '../log';
import type { DocStorage } from '../storage/storage';
import type { Room } from '../sync/room';
import { resolve, type Authority } from './owned';

/** Bump when PersonFacts or fromDoc change: rows of older versions are rebuilt at startup. */
export const VERSION = 2;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS person_facts (
	case_id TEXT PRIMARY KEY,
	agency_id TEXT NOT NULL,
	version INTEGER NOT NULL,
	facts TEXT NOT NULL,
	updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS person_facts_agency ON person_facts(agency_id);
`;

export class FactsProjection {
	#db: Db;
	#log: Log;
	#delayMs: number;
	#upsert;
	#memory = new Map<string, PersonFacts>();
	#pending = new Map<string, NodeJS.Timeout>();
	#rooms = new Map<string, Room>();
	#authority: Authority | undefined;

	/** With an `authority`, agency and manager come from the registry (owned.ts), never from the doc alone. */
	constructor(db: Db, log: Log, delayMs: number, authority?: Authority) {
		this.#db = db;
		this.#log = log;
		this.#delayMs = delayMs;
		this.#authority = authority;
		db.exec(SCHEMA);
		this.#upsert = db.prepare(
			`INSERT INTO person_facts (case_id, agency_id, version, facts, updated_at) VALUES (?, ?, ?, ?, ?)
			 ON CONFLICT (case_id) DO UPDATE SET agency_id = excluded.agency_id, version = excluded.version, facts = excluded.facts, updated_at = excluded.updated_at`
		);
		for (const row of db
			.prepare<[], { facts: string }>('SELECT facts FROM person_facts WHERE version = ' + VERSION)
			.all()) {
			const facts = JSON.parse(row.facts) as PersonFacts;
			this.#memory.set(facts.id, facts);
		}
	}

	/** Room event hook: schedule a projection when a case doc changed. */
	changed(room: Room): void {
		const doc = docname.parse(room.name);
		if (doc?.kind !== 'case') return;
		const caseId = doc.caseId;
		this.#rooms.set(caseId, room);
		if (this.#pending.has(caseId)) return;
		const timer = setTimeout(() => this.#run(caseId), this.#delayMs);
		this.#pending.set(caseId, timer);
	}

	#run(caseId: string): void {
		this.#pending.delete(caseId);
		const room = this.#rooms.get(caseId);
		this.#rooms.delete(caseId);
		if (!room || room.destroyed) return;
		try {
			this.#project(caseId, room.doc);
		} catch (error) {
			this.#log.error('projection.facts_failed', { case: caseId, error: String(error) });
		}
	}

	/** The doc's facts with the server-owned fields; a case the registry does not know is not counted. */
	#project(caseId: string, doc: Y.Doc): void {
		const facts = fromDoc(caseId, doc);
		if (!this.#authority) return this.put(facts);
		const resolved = resolve(
			caseId,
			{ agencyId: facts.agencyId, managerId: facts.managerId, zemis: '' },
			this.#authority
		);
		if (!resolved.registered) return;
		this.put({ ...facts, agencyId: resolved.owned.agencyId, managerId: resolved.owned.managerId });
	}

	put(facts: PersonFacts): void {
		// A doc without an agency (never happens for seeded or registered cases) keeps its old row.
		if (!facts.agencyId) return;
		this.#upsert.run(facts.id, facts.agencyId, VERSION, JSON.stringify(facts), Date.now());
		this.#memory.set(facts.id, facts);
	}

	/** Projects every case in the registry whose facts are missing or outdated, from storage. */
	async fill(storage: DocStorage): Promise<number> {
		const missing = this.#db
			.prepare<[number], { id: string }>(
				'SELECT c.id FROM cases c LEFT JOIN person_facts f ON f.case_id = c.id WHERE f.case_id IS NULL OR f.version <> ?'
			)
			.all(VERSION);
		for (const { id } of missing) {
			const doc = new Y.Doc();
			const loaded = await storage.load(docname.caseDoc(id));
			if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot);
			for (const update of loaded.updates) Y.applyUpdate(doc, update.data);
			this.#project(id, doc);
			doc.destroy();
		}
		if (missing.length > 0) this.#log.info('projection.facts_filled', { cases: missing.length });
		return missing.length;
	}

	/** Facts of the persons whose case is held by one of `agencyIds`. */
	of(agencyIds: ReadonlySet<string>): PersonFacts[] {
		const out: PersonFacts[] = [];
		for (const facts of this.#memory.values()) if (agencyIds.has(facts.agencyId)) out.push(facts);
		return out;
	}

	get(caseId: string): PersonFacts | undefined {
		return this.#memory.get(caseId);
	}

	/** Erasure: the person's row and in-memory facts go at once, and no pending run brings them back. */
	forget(caseId: string): void {
		clearTimeout(this.#pending.get(caseId));
		this.#pending.delete(caseId);
		this.#rooms.delete(caseId);
		this.#db.prepare('DELETE FROM person_facts WHERE case_id = ?').run(caseId);
		this.#memory.delete(caseId);
	}

	/** Runs pending projections now (shutdown, tests). */
	flush(): void {
		for (const [caseId, timer] of this.#pending) {
			clearTimeout(timer);
			this.#run(caseId);
		}
	}
}
