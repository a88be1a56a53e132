/**
 * The reminder scheduler: every `intervalMs` it derives the reminders of all open cases from
 * the case registry's summaries (no case doc is loaded), records the new ones and sends each
 * unsent one once. A failed send stays unsent and is retried on the next run.
 */
import { empty } from '../../src/lib/model/summary';
import { swissToday } from '../../src/lib/rules/calendar';
import { derive } from '../../src/lib/rules/reminders';
import type { Cases } from '../cases';
import type { Log } from '../log';
import type { Mailer } from './mailer';
import type { ReminderStore } from './store';

const BATCH = 100;

export interface SchedulerOptions {
	intervalMs: number;
	now?: () => number;
}

export class ReminderScheduler {
	#cases: Cases;
	#store: ReminderStore;
	#mailer: Mailer;
	#log: Log;
	#options: SchedulerOptions;
	#now: () => number;
	#timer: NodeJS.Timeout | undefined;
	#running: Promise<number> | null = null;

	constructor(cases: Cases, store: ReminderStore, mailer: Mailer, log: Log, options: SchedulerOptions) {
		this.#cases = cases;
		this.#store = store;
		this.#mailer = mailer;
		this.#log = log;
		this.#options = options;
		this.#now = options.now ?? Date.now;
	}

	start(): void {
		void this.run();
		this.#timer = setInterval(() => void this.run(), this.#options.intervalMs);
		// The process must be able to exit while only this timer is left.
		this.#timer.unref();
	}

	stop(): void {
		clearInterval(this.#timer);
	}

	/** One pass; returns how many reminders were sent. Overlapping calls share one pass. */
	run(): Promise<number> {
		this.#running ??= this.#pass().finally(() => (this.#running = null));
		return this.#running;
	}

	async #pass(): Promise<number> {
		const now = this.#now();
		const today = swissToday(now);
		const derived = this.#cases.all().flatMap((row) => {
			const summary = { ...empty(row.id), ...row.summary };
			return derive(summary, today).filter((r) => r.recipientId !== '');
		});
		this.#store.add(derived, now);
		// Marked in batches: a crash between sending and marking re-sends at most one batch.
		const sent: string[] = [];
		for (const r of this.#store.unsent()) {
			try {
				await this.#mailer.send({
					to: r.userId,
					caseId: r.caseId,
					kind: r.kind,
					subjectId: r.subjectId,
					due: r.due,
					key: r.key
				});
				sent.push(r.key);
				if (sent.length % BATCH === 0) this.#store.markSent(sent.slice(-BATCH), now);
			} catch (error) {
				this.#log.warn('reminder.send_failed', { case: r.caseId, kind: r.kind, error: String(error) });
			}
		}
		this.#store.markSent(sent.slice(sent.length - (sent.length % BATCH)), now);
		return sent.length;
	}
}
