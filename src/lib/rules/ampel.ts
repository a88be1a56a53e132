/**
 * The Ampel (traffic light) of a case: green, yellow or red, with the reasons. The rules are
 * data — id, severity, German title and explanation, thresholds, where to act — and one small
 * test each over the case facts; the page "Ampel-Regeln" renders this table, so caseworkers
 * see exactly why a case is yellow or red. Pure: `today` and the offer utilisation come in.
 *
 * A case is red if any red rule fires, yellow if any yellow rule fires, else green. Closed
 * cases are always green (nothing left to act on).
 */
import { rank } from '../model/cefr';
import type { IsoDate } from '../model/schema';
import { trainingStep } from '../model/situation';
import * as calendar from './calendar';
import { activeSituation, inEffect, occupies, type CaseFacts, type OfferUtilisation } from './facts';
import { periodAt } from './utilisation';

export type Severity = 'yellow' | 'red';
export type AmpelLevel = 'green' | Severity;

export interface Reason {
	ruleId: string;
	severity: Severity;
	text: string;
	/** Where to act: a tab of the case page, e.g. '?tab=plan'. */
	link: string;
}

export interface Context {
	today: IsoDate;
	/** Places taken per offer period across the canton; without it the offer rule is silent. */
	offers?: OfferUtilisation;
}

/**
 * Every threshold in one table (documented on the page "Ampel-Regeln"). Change a number here
 * and the rule, its explanation and its tests' boundaries follow.
 */
export const THRESHOLDS = {
	dossierQuiet: { days: 60 },
	measureStartUnconfirmed: { days: 14 },
	measureStartMissed: { days: 0 },
	taskOverdue: { days: 1 },
	taskLongOverdue: { days: 14 },
	goalOverdue: { days: 1 },
	languageMilestone: { months: 30, level: 'A1', minAge: 16, statuses: ['F', 'F-FL', 'B-FL'] },
	noAssessment: { months: 6, minAge: 16 },
	statusSNotRav: { minAge: 18, maxAge: 64 },
	childcareMissing: {},
	offerOverbooked: {}
} as const;

export type RuleId = keyof typeof THRESHOLDS;

export interface Rule {
	id: RuleId;
	severity: Severity;
	title: string;
	/** With {placeholders} filled from the thresholds (see `explain`). */
	explanation: string;
	/** Where the rule comes from: a section of the plan, a federal goal, or Lotse's own practice. */
	source: string;
	link: string;
	/** One text per finding (e.g. per overdue task); empty when the rule does not fire. */
	test(facts: CaseFacts, context: Context): string[];
}

const T = THRESHOLDS;
const date = calendar.swiss;
/** Rules of case-management practice that no plan section fixes: Lotse sets them, and says so. */
const PRACTICE =
	'Lotse: Regel der durchgehenden Fallführung (Programm S «Fallführung und Potenzialabklärung»); Frist in Lotse festgelegt';

export const RULES: readonly Rule[] = [
	{
		id: 'measureStartMissed',
		severity: 'red',
		title: 'Massnahmenbeginn verpasst',
		explanation:
			'Eine Massnahme hätte bereits beginnen sollen, ist aber noch als «geplant» erfasst (nicht angemeldet, nicht laufend).',
		source: PRACTICE,
		link: '?tab=plan',
		test: (f, { today }) =>
			f.measures
				.filter(
					(m) =>
						m.status === 'planned' && m.start !== '' && calendar.between(m.start, today) > T.measureStartMissed.days
				)
				.map((m) => `Massnahme «${m.offerName}» sollte am ${date(m.start)} beginnen, ist aber noch nicht bestätigt.`)
	},
	{
		id: 'taskLongOverdue',
		severity: 'red',
		title: 'Pendenz lange überfällig',
		explanation: 'Eine offene Pendenz ist seit {days} Tagen oder länger überfällig.',
		source: PRACTICE,
		link: '?tab=tasks',
		test: (f, { today }) =>
			f.tasks
				.filter((task) => task.due !== '' && calendar.between(task.due, today) >= T.taskLongOverdue.days)
				.map((task) => `Pendenz «${task.title}» ist seit ${date(task.due)} überfällig.`)
	},
	{
		id: 'languageMilestone',
		severity: 'red',
		title: 'Meilenstein Sprache gefährdet',
		explanation:
			'Personen mit Status {statuses} ab {minAge} Jahren: {months} Monate nach der Einreise liegt das Sprachniveau (tiefste erfasste Fertigkeit) noch unter {level} oder ist nicht erfasst. Ziel der Integrationsagenda: {level} drei Jahre nach der Einreise.',
		source: 'Integrationsagenda Schweiz, Wirkungsziel 1 (Sprache: A1 drei Jahre nach der Einreise)',
		link: '?tab=assessment',
		test: (f, { today }) => {
			const t = T.languageMilestone;
			if (!(t.statuses as readonly string[]).includes(f.status) || !f.entryDate || !f.birthDate) return [];
			if (calendar.age(f.birthDate, today) < t.minAge || calendar.addMonths(f.entryDate, t.months) > today) return [];
			const level = f.assessment?.level ?? '';
			if (rank(level) >= rank(t.level)) return [];
			return [`Einreise am ${date(f.entryDate)}, Sprachniveau ${level || 'nicht erfasst'} (Ziel ${t.level}).`];
		}
	},
	{
		id: 'offerOverbooked',
		severity: 'red',
		title: 'Angebot überbucht',
		explanation:
			'Eine angemeldete oder laufende Massnahme liegt in einer Angebotsperiode, die mehr Anmeldungen als Plätze hat (über alle Fälle des Kantons).',
		source: 'Angebotskatalog des Kantons (Plätze pro Periode)',
		link: '?tab=plan',
		test: (f, { offers }) => {
			if (!offers) return [];
			return f.measures.flatMap((m) => {
				const period = occupies(m) && m.start ? periodAt(offers, m.offerId, m.start) : undefined;
				return period && period.booked > period.places
					? [`«${m.offerName}» (${period.period}): ${period.booked} Anmeldungen für ${period.places} Plätze.`]
					: [];
			});
		}
	},
	{
		id: 'dossierQuiet',
		severity: 'yellow',
		title: 'Dossier ruht',
		explanation: 'Seit {days} Tagen oder länger weder ein Journaleintrag noch eine Änderung am Dossier.',
		source: PRACTICE,
		link: '?tab=overview',
		test: (f, { today }) => {
			const last = calendar.latest(f.lastJournalDate, f.lastEdit, f.openedAt, f.assessment?.date ?? '');
			if (!last || calendar.between(last, today) < T.dossierQuiet.days) return [];
			return [`Letzte Aktivität am ${date(last)} (vor ${calendar.between(last, today)} Tagen).`];
		}
	},
	{
		id: 'measureStartUnconfirmed',
		severity: 'yellow',
		title: 'Massnahme beginnt bald, nicht bestätigt',
		explanation:
			'Eine Massnahme beginnt in {days} Tagen oder früher und ist noch als «geplant» erfasst (Anmeldung nicht bestätigt).',
		source: PRACTICE,
		link: '?tab=plan',
		test: (f, { today }) =>
			f.measures
				.filter(
					(m) =>
						m.status === 'planned' &&
						m.start !== '' &&
						calendar.between(today, m.start) >= 0 &&
						calendar.between(today, m.start) <= T.measureStartUnconfirmed.days
				)
				.map((m) => `Massnahme «${m.offerName}» beginnt am ${date(m.start)} und ist noch nicht bestätigt.`)
	},
	{
		id: 'taskOverdue',
		severity: 'yellow',
		title: 'Pendenz überfällig',
		explanation: 'Eine offene Pendenz ist seit mindestens {days} Tag überfällig (lange überfällige zählen rot).',
		source: PRACTICE,
		link: '?tab=tasks',
		test: (f, { today }) =>
			f.tasks
				.filter((task) => {
					const late = task.due === '' ? -1 : calendar.between(task.due, today);
					return late >= T.taskOverdue.days && late < T.taskLongOverdue.days;
				})
				.map((task) => `Pendenz «${task.title}» war am ${date(task.due)} fällig.`)
	},
	{
		id: 'goalOverdue',
		severity: 'yellow',
		title: 'Ziel überfällig',
		explanation:
			'Der Zieltermin eines nicht erreichten Ziels im Integrationsplan ist seit mindestens {days} Tag vorbei.',
		source: PRACTICE,
		link: '?tab=plan',
		test: (f, { today }) =>
			f.goals
				.filter((g) => g.targetDate !== '' && calendar.between(g.targetDate, today) >= T.goalOverdue.days)
				.map((g) => `Ziel «${g.text}» hatte den Zieltermin ${date(g.targetDate)}.`)
	},
	{
		id: 'noAssessment',
		severity: 'yellow',
		title: 'Keine Potenzialabklärung',
		explanation:
			'Personen ab {minAge} Jahren: {months} Monate nach der Einreise ist noch keine Potenzialabklärung erfasst.',
		source:
			'Programm S «Fallführung und Potenzialabklärung» (Ziel: Zugang aller Personen mit Arbeitsmarkt- und Ausbildungspotenzial zur Potenzialabklärung), 1.11; Frist in Lotse festgelegt',
		link: '?tab=assessment',
		test: (f, { today }) => {
			const t = T.noAssessment;
			if (f.assessment || !f.entryDate || !f.birthDate || calendar.age(f.birthDate, today) < t.minAge) return [];
			if (calendar.addMonths(f.entryDate, t.months) > today) return [];
			return [`Einreise am ${date(f.entryDate)}, noch keine Potenzialabklärung.`];
		}
	},
	{
		id: 'statusSNotRav',
		severity: 'yellow',
		title: 'Status S, erwerbsfähig und vermittelbar, nicht beim RAV',
		explanation:
			'Person mit Schutzstatus S zwischen {minAge} und {maxAge} Jahren, laut letzter Potenzialabklärung erwerbsfähig und vermittelbar, weder erwerbstätig noch in einer Lehre oder Ausbildung noch beim RAV angemeldet. Wer nicht oder unklar vermittelbar ist, gehört zuerst zu integration.arbeit, nicht zum RAV.',
		source:
			'Programm S 5.4.1, 5.4.2 (RAV für erwerbsfähige und vermittelbare Personen), 5.6 (integration.arbeit vor RAV bei fehlender Klarheit); Altersgrenzen der Programm-S-Erwerbsquote',
		link: '?tab=situation',
		test: (f, { today }) => {
			const t = T.statusSNotRav;
			const a = f.assessment;
			if (f.status !== 'S' || a?.employable !== 'yes' || a.placeable !== 'yes' || !f.birthDate) return [];
			const age = calendar.age(f.birthDate, today);
			if (age < t.minAge || age > t.maxAge) return [];
			if (activeSituation(f, 'ravRegistered', today) || activeSituation(f, 'employed', today)) return [];
			// A RAV measure registered or running is the registration under way (the allocation rule counts it as taken).
			if (f.measures.some((m) => m.offerType === 'rav' && occupies(m))) return [];
			// An apprentice or a student is on a training path, not looking for a job (same reading as allocation's inTraining).
			if (f.situations.some((s) => trainingStep(s) !== null && inEffect(s, today))) return [];
			return ['Erwerbsfähig und vermittelbar, aber weder erwerbstätig noch in Ausbildung noch beim RAV angemeldet.'];
		}
	},
	{
		id: 'childcareMissing',
		severity: 'yellow',
		title: 'Kinderbetreuung nicht organisiert',
		explanation:
			'Laut letzter Potenzialabklärung (teilweise) erwerbsfähig, vermittelbar und auf Kinderbetreuung angewiesen, aber keine organisierte Kinderbetreuung in der Situation erfasst (dieselbe Bedingung wie die Zuweisungsregel «Kinderbetreuung zuerst organisieren»).',
		source: 'Programm S 5.9.1, 5.9.2 (Kinderbetreuung für erwerbsfähige und vermittelbare Personen)',
		link: '?tab=situation',
		test: (f, { today }) => {
			const a = f.assessment;
			if (!a || (a.employable !== 'yes' && a.employable !== 'partly') || a.placeable !== 'yes') return [];
			if (a.childcareNeeded !== 'yes') return [];
			return activeSituation(f, 'childcareArranged', today)
				? []
				: ['Kinderbetreuung benötigt, aber nicht organisiert.'];
		}
	}
];

export interface Result {
	level: AmpelLevel;
	reasons: Reason[];
}

export function evaluate(facts: CaseFacts, context: Context): Result {
	if (facts.closed) return { level: 'green', reasons: [] };
	const reasons: Reason[] = [];
	for (const rule of RULES) {
		for (const text of rule.test(facts, context))
			reasons.push({ ruleId: rule.id, severity: rule.severity, text, link: rule.link });
	}
	// RULES lists red rules first, so reasons come out most severe first.
	const level: AmpelLevel = reasons.some((r) => r.severity === 'red') ? 'red' : reasons.length > 0 ? 'yellow' : 'green';
	return { level, reasons };
}

/** The explanation with its thresholds filled in, as shown to users. */
export function explain(rule: Rule): string {
	const values: Record<string, unknown> = THRESHOLDS[rule.id];
	return rule.explanation.replace(/\{(\w+)\}/g, (match, name: string) => {
		const value = values[name];
		return Array.isArray(value) ? value.join(', ') : value === undefined ? match : String(value);
	});
}

export const SEVERITY_ORDER: Record<AmpelLevel, number> = { red: 2, yellow: 1, green: 0 };
