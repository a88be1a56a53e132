/**
 * Projection: case doc → case summary (with its Ampel) → case registry row + the agency's
 * index doc. Runs after each stored change of a case doc, debounced per case, so that typing
 * does not rewrite the index on every keystroke.
 *
 * The Ampel also changes without any edit: when a day passes (time-based rules) and when the
 * offer utilisation changes (another case booked the last place). Both re-evaluate from the
 * stored summaries, which carry the rules' facts, so no case doc is loaded for it.
 *
 * Every write goes through one queue: a re-evaluation reads the registry and writes back, and
 * must not overwrite a fresher summary written by a refresh in between.
 */
import type * as Y from 'yjs';
import * as caseindex from '../../src/lib/model/caseindex';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as person from '../../src/lib/model/person';
import * as offers from '../../src/lib/model/offers';
import { differs, empty, summarize, withAmpel, type CaseSummary } from '../../src/lib/model/summary';
import { swissToday } from '../../src/lib/rules/calendar';
import * as docname from '../../src/lib/shared/docname';
import type { Cases } from '../cases';
import type { Log } from '../log';
import type { Room } from '../sync/room';
import type { Rooms } from '../sync/rooms';
import { OfferLoad } from './offerload';
import { resolve, type Authority } from './owned';

export interface SummariesOptions {
	delayMs: number;
	/** The clock (tests inject one). */
	now?: () => number;
	/** How often to check whether the day changed (re-evaluates time-based rules). */
	dayCheckMs?: number;
	/**
	 * Decides the server-owned fields (owned.ts); the summary takes them from here and the doc
	 * is corrected where it says otherwise. Without it (the import CLI, unit tests) the doc's
	 * values are taken, except that a registered case keeps its agency.
	 */
	authority?: Authority;
}

export class Summaries {
	#cases: Cases;
	#rooms: () => Rooms;
	#log: Log;
	#delayMs: number;
	#now: () => number;
	#pending = new Map<string, NodeJS.Timeout>();
	#queue: Promise<void> = Promise.resolve();
	#load = new OfferLoad();
	#day = '';
	#dayTimer: NodeJS.Timeout | undefined;
	#dayCheckMs: number;
	#authority: Authority | undefined;

	constructor(cases: Cases, rooms: () => Rooms, log: Log, options: SummariesOptions) {
		this.#cases = cases;
		this.#rooms = rooms;
		this.#log = log;
		this.#delayMs = options.delayMs;
		this.#now = options.now ?? Date.now;
		this.#dayCheckMs = options.dayCheckMs ?? 15 * 60_000;
		this.#authority = options.authority;
	}

	get today(): string {
		return swissToday(this.#now());
	}

	/**
	 * Loads the utilisation inputs (all summaries, the offer catalogues of `cantons`), brings every
	 * Ampel up to date for today, and re-evaluates whenever the day changes.
	 */
	async start(cantons: readonly string[]): Promise<void> {
		this.#load.loadAll(this.#cases.all().map((row) => [row.id, normalize(row.summary).measures] as const));
		for (const canton of cantons) {
			const room = await this.#rooms().get(docname.offersDoc(canton));
			this.#load.setOffers(canton, offers.list(room.doc));
		}
		await this.reevaluateAll();
		this.#dayTimer = setInterval(() => {
			if (this.today !== this.#day) void this.reevaluateAll();
		}, this.#dayCheckMs);
		this.#dayTimer.unref();
	}

	/** Room event hook: schedule a refresh when a case doc changed; follow the offer catalogue. */
	changed(room: Room): void {
		const doc = docname.parse(room.name);
		if (doc?.kind === 'offers') {
			const affected = this.#load.setOffers(doc.canton, offers.list(room.doc));
			if (affected.size > 0) void this.#enqueue(() => this.#reevaluate(this.#load.casesOn(affected)));
			return;
		}
		if (doc?.kind !== 'case') return;
		const caseId = doc.caseId;
		if (this.#pending.has(caseId)) return;
		// The summary is taken from the doc when the timer fires, so it reflects the latest state.
		const timer = setTimeout(() => {
			this.#pending.delete(caseId);
			if (!room.destroyed) void this.#enqueue(() => this.#refresh(caseId, room));
		}, this.#delayMs);
		this.#pending.set(caseId, timer);
	}

	/** Refreshes one case's summary now and resolves once it is written (import, handover). */
	refreshNow(caseId: string, room: Room): Promise<void> {
		return this.#enqueue(() => this.#refresh(caseId, room));
	}

	/** Re-evaluates every case's Ampel for today (daily, and at start-up). */
	reevaluateAll(): Promise<void> {
		this.#day = this.today;
		return this.#enqueue(() => this.#reevaluate(this.#cases.all().map((row) => row.id)));
	}

	/** Runs pending refreshes now (shutdown, tests). */
	async flush(): Promise<void> {
		for (const [caseId, timer] of this.#pending) {
			clearTimeout(timer);
			this.#pending.delete(caseId);
			const room = await this.#rooms().peek(docname.caseDoc(caseId));
			if (room && !room.destroyed) void this.#enqueue(() => this.#refresh(caseId, room));
		}
		await this.#queue;
	}

	stop(): void {
		clearInterval(this.#dayTimer);
	}

	/**
	 * Erasure: no pending refresh of the case runs, and its measures leave the utilisation tally
	 * (the cases booked on the same offers are re-evaluated: a place may have become free).
	 */
	forget(caseId: string): Promise<void> {
		clearTimeout(this.#pending.get(caseId));
		this.#pending.delete(caseId);
		return this.#enqueue(async () => {
			const affected = this.#load.setMeasures(caseId, []);
			if (affected.size > 0) await this.#reevaluate(this.#load.casesOn(affected));
		});
	}

	#enqueue(job: () => Promise<void>): Promise<void> {
		const run = this.#queue
			.then(job)
			.catch((error: unknown) => this.#log.error('projection.summary_failed', { error: String(error) }));
		this.#queue = run;
		return run;
	}

	async #refresh(caseId: string, room: Room): Promise<void> {
		// An erased case (room evicted) must not come back through a refresh queued before the erasure.
		if (room.destroyed) return;
		const today = this.today;
		let draft = summarize(caseId, room.doc, this.#now(), { today, lastEdit: today });
		const resolved = this.#authority && resolve(caseId, draft, this.#authority);
		if (resolved) draft = { ...draft, ...resolved.owned };
		// Utilisation first: this case's own booking may be the one that overbooks an offer.
		const affected = this.#load.setMeasures(caseId, draft.measures);
		await this.#write([withAmpel(draft, { today, offers: this.#load.utilisation })]);
		if (affected.size > 0) await this.#reevaluate(this.#load.casesOn(affected).filter((id) => id !== caseId));
		if (resolved && Object.keys(resolved.corrections).length > 0 && !room.destroyed) {
			const { zemis, ...info } = resolved.corrections;
			this.#log.warn('projection.owned_corrected', {
				case: caseId,
				fields: Object.keys(resolved.corrections).join(',')
			});
			await room.change((doc) => {
				caseinfo.setAll(doc, info);
				if (zemis !== undefined) person.set(doc, 'zemis', zemis);
			});
		}
	}

	async #reevaluate(caseIds: readonly string[]): Promise<void> {
		const context = { today: this.today, offers: this.#load.utilisation };
		const summaries: CaseSummary[] = [];
		for (const caseId of caseIds) {
			const row = this.#cases.get(caseId);
			if (row) summaries.push(withAmpel(normalize(row.summary), context));
		}
		await this.#write(summaries);
	}

	/** Writes changed summaries to the registry and the index docs, one change per index doc. */
	async #write(summaries: readonly CaseSummary[]): Promise<void> {
		const byIndex = new Map<string, ((doc: Y.Doc) => void)[]>();
		const add = (agencyId: string, fn: (doc: Y.Doc) => void) =>
			byIndex.set(agencyId, [...(byIndex.get(agencyId) ?? []), fn]);
		for (let summary of summaries) {
			const before = this.#cases.get(summary.id);
			// The registry's agency is authoritative (access is decided from it); a client editing
			// caseInfo.agencyId in the doc must not move a case. Agencies change by handover only.
			if (before) summary = { ...summary, agencyId: before.agencyId };
			if (!summary.agencyId || !differs(before && normalize(before.summary), summary)) continue;
			this.#cases.put(summary);
			if (before && before.agencyId !== summary.agencyId)
				add(before.agencyId, (doc) => caseindex.remove(doc, summary.id));
			const written = summary;
			add(summary.agencyId, (doc) => caseindex.put(doc, written));
		}
		for (const [agencyId, changes] of byIndex) {
			const index = await this.#rooms().get(docname.indexDoc(agencyId));
			await index.change((doc) => changes.forEach((fn) => fn(doc)));
		}
	}
}

/** Summaries stored by an older version lack newer fields. */
function normalize(summary: CaseSummary): CaseSummary {
	return { ...empty(summary.id), ...summary };
}
