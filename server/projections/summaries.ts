/**
 * Projection: case doc → case summary → case registry row + the agency's index doc.
 * Runs after each stored change of a case doc, debounced per case, so that typing does not
 * rewrite the index on every keystroke.
 */
import * as docname from '../../src/lib/shared/docname';
import * as caseindex from '../../src/lib/model/caseindex';
import { differs, summarize, type CaseSummary } from '../../src/lib/model/summary';
import type { Cases } from '../cases';
import type { Log } from '../log';
import type { Room } from '../sync/room';
import type { Rooms } from '../sync/rooms';

export class Summaries {
	#cases: Cases;
	#rooms: () => Rooms;
	#log: Log;
	#delayMs: number;
	#pending = new Map<string, NodeJS.Timeout>();
	#inFlight = new Set<Promise<void>>();

	constructor(cases: Cases, rooms: () => Rooms, log: Log, delayMs: number) {
		this.#cases = cases;
		this.#rooms = rooms;
		this.#log = log;
		this.#delayMs = delayMs;
	}

	/** Room event hook: schedule a refresh when a case doc changed. */
	changed(room: Room): void {
		const doc = docname.parse(room.name);
		if (doc?.kind !== 'case') return;
		const caseId = doc.caseId;
		if (this.#pending.has(caseId)) return;
		// The summary is taken from the doc when the timer fires, so it reflects the latest state.
		const timer = setTimeout(() => {
			this.#pending.delete(caseId);
			if (room.destroyed) return;
			const task = this.refresh(caseId, summarize(caseId, room.doc, Date.now())).catch((error: unknown) =>
				this.#log.error('projection.summary_failed', { case: caseId, error: String(error) })
			);
			this.#inFlight.add(task);
			void task.finally(() => this.#inFlight.delete(task));
		}, this.#delayMs);
		this.#pending.set(caseId, timer);
	}

	/** Writes a summary to the registry and the index doc(s); moves it if the agency changed. */
	async refresh(caseId: string, summary: CaseSummary): Promise<void> {
		const before = this.#cases.get(caseId);
		// The registry's agency is authoritative (access is decided from it); a client editing
		// caseInfo.agencyId in the doc must not move a case. Agencies change by handover only.
		if (before) summary = { ...summary, agencyId: before.agencyId };
		if (!summary.agencyId) return;
		if (!differs(before?.summary, summary)) return;
		this.#cases.put(summary);
		const rooms = this.#rooms();
		if (before && before.agencyId !== summary.agencyId) {
			const old = await rooms.get(docname.indexDoc(before.agencyId));
			await old.change((doc) => caseindex.remove(doc, caseId));
		}
		const index = await rooms.get(docname.indexDoc(summary.agencyId));
		await index.change((doc) => caseindex.put(doc, summary));
	}

	/** Runs pending refreshes now (shutdown, tests). */
	async flush(): Promise<void> {
		for (const [caseId, timer] of this.#pending) {
			clearTimeout(timer);
			this.#pending.delete(caseId);
			const room = await this.#rooms().peek(docname.caseDoc(caseId));
			if (room && !room.destroyed) await this.refresh(caseId, summarize(caseId, room.doc, Date.now()));
		}
		await Promise.all(this.#inFlight);
	}
}
