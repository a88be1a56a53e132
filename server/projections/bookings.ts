/**
 * Projection: case docs → offer bookings (one row per measure that names an offer), so the
 * capacity overview counts places across ALL plans without loading every case doc. Refreshed
 * after each stored change of a case doc (debounced per case) and filled once from storage on
 * the first start of a data directory (seeded or imported docs never pass through a room).
 */
import * as Y from 'yjs';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as plan from '../../src/lib/model/plan';
import * as docname from '../../src/lib/shared/docname';
import type { Db } from '../db';
import type { Log } from '../log';
import type { DocStorage } from '../storage/storage';
import type { Room } from '../sync/room';
import { resolve, type Authority } from './owned';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS offer_bookings (
	case_id TEXT NOT NULL,
	measure_id TEXT NOT NULL,
	agency_id TEXT NOT NULL,
	offer_id TEXT NOT NULL,
	status TEXT NOT NULL,
	start TEXT NOT NULL,
	end TEXT NOT NULL,
	PRIMARY KEY (case_id, measure_id)
);
CREATE INDEX IF NOT EXISTS offer_bookings_offer ON offer_bookings(offer_id);
`;
const BACKFILLED = 'projection.bookings.backfilled';

export interface BookingRow {
	caseId: string;
	measureId: string;
	agencyId: string;
	offerId: string;
	status: plan.MeasureStatus;
	start: string;
	end: string;
}

export class Bookings {
	#db: Db;
	#log: Log;
	#delayMs: number;
	#pending = new Map<string, NodeJS.Timeout>();
	#replace;
	#all;
	/** Bumped on every refresh, so clients can ask "anything new since N?" cheaply; the boot
	 * time in front keeps a restarted server from answering "unchanged" to an old counter. */
	#boot = Date.now().toString(36);
	#changes = 0;
	#authority: Authority | undefined;

	/** With an `authority`, a booking's agency is the registry's (owned.ts), never the doc's alone. */
	constructor(db: Db, log: Log, delayMs: number, authority?: Authority) {
		this.#db = db;
		this.#log = log;
		this.#delayMs = delayMs;
		this.#authority = authority;
		db.exec(SCHEMA);
		const remove = db.prepare('DELETE FROM offer_bookings WHERE case_id = ?');
		const insert = db.prepare(
			'INSERT INTO offer_bookings (case_id, measure_id, agency_id, offer_id, status, start, end) VALUES (@caseId, @measureId, @agencyId, @offerId, @status, @start, @end)'
		);
		this.#replace = db.transaction((caseId: string, rows: BookingRow[]) => {
			remove.run(caseId);
			for (const row of rows) insert.run(row);
		});
		this.#all = db.prepare<
			[],
			{
				case_id: string;
				measure_id: string;
				agency_id: string;
				offer_id: string;
				status: string;
				start: string;
				end: string;
			}
		>(
			'SELECT case_id, measure_id, agency_id, offer_id, status, start, end FROM offer_bookings ORDER BY offer_id, start'
		);
	}

	/** The rows one case doc yields: its measures that point at a catalogue offer. */
	static rowsOf(caseId: string, doc: Y.Doc): BookingRow[] {
		const agencyId = caseinfo.read(doc).agencyId;
		return plan
			.measures(doc)
			.filter((m) => m.offerId !== '')
			.map((m) => ({
				caseId,
				measureId: m.id,
				agencyId,
				offerId: m.offerId,
				status: m.status,
				start: plan.start(m),
				end: plan.end(m)
			}));
	}

	refresh(caseId: string, doc: Y.Doc): void {
		let rows = Bookings.rowsOf(caseId, doc);
		if (this.#authority) {
			const claimed = { agencyId: caseinfo.read(doc).agencyId, managerId: '', zemis: '' };
			const resolved = resolve(caseId, claimed, this.#authority);
			rows = resolved.registered ? rows.map((r) => ({ ...r, agencyId: resolved.owned.agencyId })) : [];
		}
		this.#replace(caseId, rows);
		this.#changes++;
	}

	/** Room event hook: a case doc changed; re-project it shortly (typing does not rewrite per key). */
	changed(room: Room): void {
		const doc = docname.parse(room.name);
		if (doc?.kind !== 'case' || this.#pending.has(doc.caseId)) return;
		const caseId = doc.caseId;
		this.#pending.set(
			caseId,
			setTimeout(() => {
				this.#pending.delete(caseId);
				if (room.destroyed) return;
				try {
					this.refresh(caseId, room.doc);
				} catch (error) {
					this.#log.error('projection.bookings_failed', { case: caseId, error: String(error) });
				}
			}, this.#delayMs)
		);
	}

	/** Fills the table from storage once per data directory. */
	async backfill(storage: DocStorage): Promise<number> {
		const done = this.#db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(BACKFILLED);
		if (done) return 0;
		let count = 0;
		for (const name of await storage.list('case/')) {
			const parsed = docname.parse(name);
			if (parsed?.kind !== 'case') continue;
			const loaded = await storage.load(name);
			const doc = new Y.Doc();
			if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot);
			for (const update of loaded.updates) Y.applyUpdate(doc, update.data);
			this.refresh(parsed.caseId, doc);
			doc.destroy();
			count++;
		}
		this.#db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(BACKFILLED, String(Date.now()));
		return count;
	}

	/** Erasure: the case's bookings go at once (the capacity overview counts one person fewer). */
	forget(caseId: string): void {
		clearTimeout(this.#pending.get(caseId));
		this.#pending.delete(caseId);
		this.#replace(caseId, []);
		this.#changes++;
	}

	get version(): string {
		return `${this.#boot}.${this.#changes}`;
	}

	all(): BookingRow[] {
		return this.#all.all().map((r) => ({
			caseId: r.case_id,
			measureId: r.measure_id,
			agencyId: r.agency_id,
			offerId: r.offer_id,
			status: r.status as plan.MeasureStatus,
			start: r.start,
			end: r.end
		}));
	}

	/** Runs pending refreshes now (shutdown, tests). */
	flush(rooms: { peek(name: string): Promise<Room | undefined> }): Promise<void> {
		const work = [...this.#pending.entries()].map(async ([caseId, timer]) => {
			clearTimeout(timer);
			this.#pending.delete(caseId);
			const room = await rooms.peek(docname.caseDoc(caseId));
			if (room && !room.destroyed) this.refresh(caseId, room.doc);
		});
		return Promise.all(work).then(() => undefined);
	}
}
