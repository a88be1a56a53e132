/**
 * Real erasure. Yjs keeps deleted content only until the deleting transaction is cleaned up:
 * in a doc with gc on (the server's rooms), a deleted item keeps its id and length but its
 * content is dropped. So erasing an entry is: delete it through the room (stored, broadcast),
 * then replace the doc's stored history — every update row and the old snapshot, which still
 * hold the content — by one snapshot of the garbage-collected state, and flush SQLite so the
 * freed pages are zeroed (secure_delete) and the WAL is truncated.
 *
 * Why not re-encode with new client ids (a fresh doc)? Because ids are what make offline
 * clients converge: a client that missed the erasure still holds the entry under the same ids;
 * on reconnect the server's state vector already covers them, so the client sends nothing of
 * it back and receives the deletion. With new ids it would re-send the whole entry. A client
 * re-sending an old update does no harm either: structs the server already has are skipped, so
 * nothing is applied and nothing is stored.
 *
 * Clients' local copies (y-indexeddb keeps raw updates) are compacted by the client after each
 * sync (DocHandle); open connections are closed with CLOSE.reload so that sync happens now.
 *
 * Erasing a person reaches everything that holds them, not only the docs: the registry row,
 * consents, shares, handovers (with their notes), assessor links, notifications, and every
 * `ForgetsCases` the server wires in — person facts and bookings (the indicators and the
 * capacity overview count one person fewer at once), the summaries' utilisation tally,
 * reminders, document rows with their file names and the blobs no other case references —,
 * the summary in every index that held it, candidate links on the employer boards; then the WAL
 * is checkpointed into the database file (secure_delete zeroes freed pages) and truncated. The
 * audit trail keeps its rows (ids, no values: describe.ts) as the record of the erasure itself.
 */
import * as Y from 'yjs';
import * as caseindex from '../../src/lib/model/caseindex';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as employers from '../../src/lib/model/employers';
import * as entries from '../../src/lib/model/entries';
import { caseDoc, confidentialDoc, indexDoc } from '../../src/lib/shared/docname';
import { CLOSE } from '../../src/lib/shared/protocol';
import type { Access } from '../access';
import type { User } from '../auth/accounts';
import type { Cases } from '../cases';
import type { Db } from '../db';
import type { Log } from '../log';
import type { DocStorage } from '../storage/storage';
import type { SyncEndpoint } from '../sync/endpoint';
import type { Room } from '../sync/room';
import type { Rooms } from '../sync/rooms';
import type { Audit } from './audit';
import type { Consents } from './consents';
import type { Handovers } from './handovers';
import type { AssessorLinks } from './links';
import { ok, refuse, type Outcome } from './result';

export const CONFIDENTIAL_ROOTS = ['notes', 'health'] as const;
export type ConfidentialRoot = (typeof CONFIDENTIAL_ROOTS)[number];

/** Something outside the docs that holds rows or memory of a case and drops them on erasure. */
export interface ForgetsCases {
	forget(caseId: string): unknown;
}

export interface ErasureDeps {
	db: Db;
	access: Access;
	cases: Cases;
	consents: Consents;
	handovers: Handovers;
	links: AssessorLinks;
	audit: Audit;
	storage: DocStorage;
	rooms: () => Rooms;
	endpoint: () => SyncEndpoint;
	log: Log;
	/** Projections, documents, reminders: everything else that must forget an erased case. */
	holders: () => readonly ForgetsCases[];
}

export class Erasure {
	#d: ErasureDeps;

	constructor(deps: ErasureDeps) {
		this.#d = deps;
	}

	/** Erases one entry of a case's confidential doc, history included. */
	async eraseEntry(user: User, caseId: string, root: ConfidentialRoot, entryId: string): Promise<Outcome<true>> {
		const name = confidentialDoc(caseId);
		if (!this.#d.cases.get(caseId)) return refuse(404, 'no such case');
		const decision = this.#d.access.check(user, name, 'erase');
		if (!decision.allow) return refuse(403, decision.reason);
		if (!(CONFIDENTIAL_ROOTS as readonly string[]).includes(root)) return refuse(400, 'unknown section');
		const room = await this.#d.rooms().get(name);
		const array = room.doc.getArray<Y.Map<unknown>>(root);
		if (!entries.find(array, entryId)) return refuse(404, 'no such entry');
		await room.change((doc) => entries.remove(doc, doc.getArray<Y.Map<unknown>>(root), entryId));
		await this.#rewrite(room);
		this.#d.endpoint().closeWhere((c) => c.docName === name, CLOSE.reload, 'content erased, please resync');
		this.#d.audit.append({
			at: Date.now(),
			userId: user.id,
			agencyId: user.agencyId,
			doc: name,
			action: 'erase',
			summary: 'Vertraulicher Eintrag endgültig gelöscht'
		});
		return ok(true);
	}

	/** Erases a whole person: both case docs, the summaries in every index that held them, all rows. */
	async erasePerson(user: User | null, caseId: string, why: 'request' | 'retention'): Promise<Outcome<true>> {
		const row = this.#d.cases.get(caseId);
		if (!row) return refuse(404, 'no such case');
		if (user) {
			const decision = this.#d.access.check(user, caseDoc(caseId), 'erase');
			if (!decision.allow) return refuse(403, decision.reason);
		}
		const agencies = new Set([row.agencyId, ...this.#d.handovers.of(caseId).map((h) => h.fromAgency)]);
		const docs = [caseDoc(caseId), confidentialDoc(caseId)];
		// The registry row goes first: from now on every access decision says "no such case".
		this.#d.db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
		this.#d.db.prepare('DELETE FROM notifications WHERE case_id = ?').run(caseId);
		this.#d.consents.removeCase(caseId);
		this.#d.handovers.removeCase(caseId);
		this.#d.links.removeCase(caseId);
		this.#d.endpoint().closeWhere((c) => docs.includes(c.docName), CLOSE.forbidden, 'case erased');
		const rooms = this.#d.rooms();
		for (const name of docs) {
			const room = await rooms.peek(name);
			if (room) rooms.evict(room, 'case erased');
			await this.#d.storage.remove(name);
		}
		for (const holder of this.#d.holders()) await holder.forget(caseId);
		for (const agency of agencies) {
			const index = await rooms.get(indexDoc(agency));
			// An index the case left earlier (handover) still holds the summary in its history.
			if (index.doc.getMap('cases').has(caseId)) await index.change((doc) => caseindex.remove(doc, caseId));
			await this.#rewrite(index);
			this.#d.endpoint().closeWhere((c) => c.docName === index.name, CLOSE.reload, 'content erased, please resync');
		}
		await this.#unlinkCandidates(caseId);
		this.#checkpoint();
		this.#d.audit.append({
			at: Date.now(),
			userId: user?.id ?? null,
			agencyId: user?.agencyId ?? null,
			caseId,
			doc: null,
			action: why === 'retention' ? 'retention' : 'erase',
			summary:
				why === 'retention'
					? 'Person nach Ablauf der Aufbewahrungsfrist gelöscht'
					: 'Person mit allen Falldaten endgültig gelöscht'
		});
		this.#d.log.info('erasure.person', { case: caseId, why });
		return ok(true);
	}

	/** Erases closed cases whose closing date is more than `years` before `now`. */
	async retention(years: number, now = Date.now()): Promise<number> {
		const cutoff = new Date(now);
		cutoff.setFullYear(cutoff.getFullYear() - years);
		const limit = cutoff.toISOString().slice(0, 10);
		const closed = this.#d.db
			.prepare<[], { id: string; summary: string }>('SELECT id, summary FROM cases')
			.all()
			.filter((r) => (JSON.parse(r.summary) as { closed?: boolean }).closed === true);
		let erased = 0;
		for (const { id } of closed) {
			const room = await this.#d.rooms().get(caseDoc(id));
			const { closedAt } = caseinfo.read(room.doc);
			if (closedAt === '' || closedAt >= limit) continue;
			const result = await this.erasePerson(null, id, 'retention');
			if (result.ok) erased++;
		}
		this.#d.log.info('retention.run', { years, checked: closed.length, erased });
		return erased;
	}

	/** Takes the case off every employer board it is a candidate on (the link names the case). */
	async #unlinkCandidates(caseId: string): Promise<void> {
		const rooms = this.#d.rooms();
		for (const name of await this.#d.storage.list('employers/')) {
			const room = await rooms.get(name);
			const links = employers
				.list(room.doc)
				.flatMap((e) => e.candidates.filter((c) => c.caseId === caseId).map((c) => [e.id, c.id] as const));
			if (links.length === 0) continue;
			await room.change((doc) => {
				for (const [employer, candidate] of links) employers.removeEntry(doc, employer, 'candidates', candidate);
			});
			await this.#rewrite(room);
			this.#d.endpoint().closeWhere((c) => c.docName === name, CLOSE.reload, 'content erased, please resync');
		}
	}

	/** Replaces a doc's stored history by its current (garbage-collected) state. */
	async #rewrite(room: Room): Promise<void> {
		await room.run(async () => {
			await this.#d.storage.replace(room.name, Y.encodeStateAsUpdate(room.doc), { userId: null, at: Date.now() });
		});
		this.#checkpoint();
	}

	/**
	 * Moves the WAL into the database file (whose freed pages secure_delete zeroes) and truncates
	 * it. A reader (the checkpointer's connection) can keep a TRUNCATE from completing; then it is
	 * tried again, and a failure is logged, because erased content would stay in the WAL.
	 */
	#checkpoint(): void {
		for (let attempt = 1; attempt <= 5; attempt++) {
			const [row] = this.#d.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
			if (row && row.busy === 0) return;
		}
		this.#d.log.error('erasure.checkpoint_incomplete', {});
	}
}
