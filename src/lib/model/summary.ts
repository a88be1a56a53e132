/**
 * A case summary: the few fields lists, filters and dashboards need, derived from a case doc.
 * The server writes one per case into the agency's index doc; the browser mirrors them into
 * Dexie so lists open instantly and offline without loading thousands of full docs.
 *
 * It also carries the case facts the Ampel rules and reminders read (open tasks, open measures,
 * latest assessment, situations), so the cockpit, the task overview and the daily re-evaluation
 * of the Ampel all work from summaries alone.
 */
import type * as Y from 'yjs';
import * as ampel from '../rules/ampel';
import type { CaseFacts, FactAssessment, FactMeasure, FactSituation, FactTask, OfferUtilisation } from '../rules/facts';
import * as assessment from './assessment';
import * as caseinfo from './caseinfo';
import * as conference from './conference';
import type { IsoDate } from './schema';
import * as journal from './journal';
import * as person from './person';
import * as plan from './plan';
import * as residence from './residence';
import * as situation from './situation';
import * as tasks from './tasks';

export interface CaseSummary extends CaseFacts {
	id: string;
	lastName: string;
	firstName: string;
	sex: string;
	nationality: string;
	zemis: string;
	municipality: string;
	agencyId: string;
	managerId: string;
	phase: string;
	journalCount: number;
	/** ms since epoch of the last change the server saw. */
	updatedAt: number;
	// The Ampel, re-evaluated by the server after every change and once a day (time-based rules).
	ampel: ampel.AmpelLevel;
	reasons: ampel.Reason[];
	// For the team lead's caseload view and the task overview.
	openTasks: number;
	overdueTasks: number;
	/** Earliest due date of an open task, '' if none. */
	nextDue: IsoDate;
	/** Measures registered or running. */
	activeMeasures: number;
}

export interface SummarizeOptions {
	/** The day the Ampel is evaluated for; default: the UTC day of `updatedAt`. */
	today?: IsoDate;
	/** Day of the last edit (see CaseFacts.lastEdit); default ''. */
	lastEdit?: IsoDate;
	offers?: OfferUtilisation;
}

export function summarize(caseId: string, doc: Y.Doc, updatedAt: number, options: SummarizeOptions = {}): CaseSummary {
	const p = person.read(doc);
	const info = caseinfo.read(doc);
	const entries = journal.list(doc);
	const meetings = new Map(conference.list(doc).map((c) => [c.id, c.date]));
	const today = options.today ?? new Date(updatedAt).toISOString().slice(0, 10);
	const facts: CaseFacts = {
		birthDate: p.birthDate,
		entryDate: p.entryDate,
		status: residence.current(residence.list(doc)) ?? '',
		closed: info.closedAt !== '',
		openedAt: info.openedAt,
		lastJournalDate: entries[0]?.date ?? '',
		lastEdit: options.lastEdit ?? '',
		assessment: latestAssessment(doc),
		situations: situation.list(doc).map(factSituation),
		measures: openMeasures(doc),
		goals: plan
			.goals(doc)
			.filter((g) => !g.achieved)
			.map((g) => ({ id: g.id, text: g.text, targetDate: g.targetDate })),
		tasks: tasks
			.list(doc)
			.filter((t) => !t.done)
			.map((t): FactTask => ({
				id: t.id,
				title: t.title,
				due: t.due,
				assigneeId: t.assigneeId,
				...sourceOf(t.source, meetings)
			}))
	};
	const base = {
		...facts,
		id: caseId,
		lastName: p.lastName,
		firstName: p.firstName,
		sex: p.sex,
		nationality: p.nationality,
		zemis: p.zemis,
		municipality: p.municipality,
		agencyId: info.agencyId,
		managerId: info.managerId,
		phase: info.phase,
		journalCount: entries.length,
		updatedAt
	};
	return withAmpel(
		{ ...base, ampel: 'green', reasons: [], ...taskFigures(facts, today) },
		{ today, offers: options.offers }
	);
}

/** The summary with its Ampel and dated figures re-evaluated for `context.today`. */
export function withAmpel(summary: CaseSummary, context: ampel.Context): CaseSummary {
	const result = ampel.evaluate(summary, context);
	return { ...summary, ampel: result.level, reasons: result.reasons, ...taskFigures(summary, context.today) };
}

function taskFigures(
	facts: CaseFacts,
	today: IsoDate
): Pick<CaseSummary, 'openTasks' | 'overdueTasks' | 'nextDue' | 'activeMeasures'> {
	const dues = facts.tasks.map((t) => t.due).filter((d) => d !== '');
	return {
		openTasks: facts.tasks.length,
		overdueTasks: dues.filter((d) => d < today).length,
		nextDue: dues.sort()[0] ?? '',
		activeMeasures: facts.measures.filter((m) => m.status === 'registered' || m.status === 'running').length
	};
}

/** The situation as the Ampel reads it; the training details only where they say something. */
function factSituation(s: situation.Situation): FactSituation {
	const out: FactSituation = { kind: s.kind, from: s.from, to: s.to };
	if (s.apprenticeship) out.apprenticeship = s.apprenticeship;
	if (s.educationType) out.educationType = s.educationType;
	return out;
}

function latestAssessment(doc: Y.Doc): FactAssessment | null {
	const a = assessment.latest(assessment.list(doc));
	if (!a) return null;
	return {
		date: a.date,
		level: assessment.overallLevel(a),
		employable: a.employable,
		placeable: a.placeable,
		childcareNeeded: a.childcareNeeded
	};
}

function openMeasures(doc: Y.Doc): FactMeasure[] {
	return plan
		.measures(doc)
		.filter((m) => m.status !== 'completed' && m.status !== 'aborted')
		.map((m) => ({
			id: m.id,
			offerId: m.offerId,
			offerName: m.offerName,
			offerType: m.offerType,
			status: m.status,
			start: plan.start(m),
			end: plan.end(m)
		}));
}

/**
 * Summaries differ in more than their timestamp (avoids rewriting the index for nothing).
 * Nested values (tasks, reasons …) are compared by content.
 */
export function differs(a: CaseSummary | undefined, b: CaseSummary): boolean {
	if (!a) return true;
	return (Object.keys(b) as (keyof CaseSummary)[]).some((key) => {
		if (key === 'updatedAt') return false;
		const x = a[key];
		const y = b[key];
		return typeof y === 'object' && y !== null ? JSON.stringify(x) !== JSON.stringify(y) : x !== y;
	});
}

/** A summary with every field empty: a base for fixtures and for cases not summarized yet. */
export function empty(id: string): CaseSummary {
	return {
		id,
		lastName: '',
		firstName: '',
		birthDate: '',
		sex: '',
		nationality: '',
		zemis: '',
		status: '',
		entryDate: '',
		municipality: '',
		agencyId: '',
		managerId: '',
		phase: 'intake',
		closed: false,
		openedAt: '',
		lastJournalDate: '',
		lastEdit: '',
		journalCount: 0,
		updatedAt: 0,
		assessment: null,
		situations: [],
		measures: [],
		goals: [],
		tasks: [],
		ampel: 'green',
		reasons: [],
		openTasks: 0,
		overdueTasks: 0,
		nextDue: '',
		activeMeasures: 0
	};
}

/** A task's source for the summary, with the conference date so task lists can say "vom …" without the case doc. */
function sourceOf(source: string, meetings: Map<string, IsoDate>): Pick<FactTask, 'source' | 'sourceDate'> {
	if (!source) return {};
	const date = meetings.get(conference.parseSource(source)?.conferenceId ?? '');
	return date ? { source, sourceDate: date } : { source };
}
