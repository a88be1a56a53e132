/**
 * Dated integration histories for benchmark persons (the demo canton gets its histories from
 * server/seed/dossier-*.ts and plans.ts): assessments (language level, employability,
 * social contacts, schooling), employment and education situations, and measures from the
 * offer catalogue, so that steering figures have something to count. Pure data from a seeded
 * random source; `enrich` writes it through the model functions (as an editing client would),
 * and the indicator benchmark turns the same histories into person facts.
 *
 * The chances are rough, plausible orders of magnitude (employment of S persons rising towards
 * the 40 % target, most adults in a German course in their first year), not statistics.
 */
import type * as Y from 'yjs';
import * as assessment from '../../src/lib/model/assessment';
import type { Level } from '../../src/lib/model/cefr';
import * as plan from '../../src/lib/model/plan';
import type { IsoDate } from '../../src/lib/model/schema';
import * as situation from '../../src/lib/model/situation';
import { fullYears } from '../../src/lib/rules/stichtag';
import * as days from '../../src/lib/rules/calendar';
import type * as random from '../../server/seed/random';

export interface PersonBasics {
	birthDate: IsoDate;
	entryDate: IsoDate;
	/** Status S at entry (protection seekers) rather than asylum. */
	protection: boolean;
	today: IsoDate;
}

export type SituationInput = Pick<situation.Situation, 'kind' | 'from'> & Partial<situation.Situation>;
export type AssessmentInput = Partial<Omit<assessment.Assessment, 'id'>>;
export type MeasureInput = Pick<plan.Measure, 'offerId' | 'offerName'> & Partial<plan.Measure>;

export interface History {
	assessments: AssessmentInput[];
	situations: SituationInput[];
	measures: MeasureInput[];
}

/** Offers named in the Programm S plan; ids are the demo catalogue's. */
export const DEMO_OFFERS = {
	german: { offerId: 'o-deutsch-integration', offerName: 'Deutsch-Integrationskurs', offerType: 'language' },
	early: {
		offerId: 'o-fruehe-sprachfoerderung',
		offerName: 'Spielgruppe mit früher Sprachförderung',
		offerType: 'language'
	},
	ami: { offerId: 'o-integration-arbeit', offerName: 'integration.arbeit', offerType: 'labourIntegration' },
	occupation: { offerId: 'o-beschaeftigung-1', offerName: 'Beschäftigung I', offerType: 'occupation' },
	education: {
		offerId: 'o-integrationsjahr',
		offerName: 'Integrationsjahr Berufsvorbereitung',
		offerType: 'education'
	},
	vocational: {
		offerId: 'o-berufsabschluss-erwachsene',
		offerName: 'Berufsabschluss für Erwachsene',
		offerType: 'vocational'
	},
	rav: { offerId: 'o-rav-amm', offerName: 'RAV: arbeitsmarktliche Massnahme', offerType: 'rav' }
} as const;

const LEVEL_STEPS: Level[] = ['A0', 'A1', 'A2', 'B1', 'B2'];

export function history(rng: random.Random, p: PersonBasics): History {
	const out: History = { assessments: [], situations: [], measures: [] };
	const yesterday = days.addDays(p.today, -1);
	const ageNow = fullYears(p.birthDate, p.today);
	const ageAtEntry = fullYears(p.birthDate, p.entryDate);
	const years = days.between(p.entryDate, p.today) / 365.25;
	const within = (from: IsoDate, to: IsoDate): IsoDate | null => (from <= to ? rng.date(from, to) : null);

	// Small children: early language promotion, and an assessment around Kindergarten entry.
	if (ageNow < 4) {
		const start = within(days.addDays(p.entryDate, 60), yesterday);
		if (start && rng.chance(0.4)) out.measures.push({ ...DEMO_OFFERS.early, actualStart: start, status: 'running' });
		return out;
	}
	if (ageAtEntry <= 4 && ageNow <= 7) {
		const date = within(days.addYears(p.birthDate, 4), yesterday);
		if (date && rng.chance(0.8))
			out.assessments.push(levelAssessment(rng, date, rng.chance(0.75) ? 'A1' : 'A0', 'short'));
		return out;
	}
	if (ageNow < 16) return out;

	// Adults and youth: a short assessment after arrival, a deeper one later for some.
	const first = within(days.addDays(p.entryDate, 30), days.min(days.addDays(p.entryDate, 240), yesterday));
	const employable = rng.weighted<'yes' | 'partly' | 'no'>([
		['yes', 45],
		['partly', 35],
		['no', 20]
	]);
	if (first && rng.chance(0.85)) {
		let level = rng.weighted([
			[0, 55],
			[1, 30],
			[2, 15]
		]);
		out.assessments.push({
			...adultAssessment(rng, first, employable, ageAtEntry),
			localLanguage: skills(LEVEL_STEPS[level] as Level)
		});
		const second = within(days.addYears(first, 2), yesterday);
		if (second && rng.chance(0.6)) {
			level = Math.min(level + rng.int(1, 2), LEVEL_STEPS.length - 1);
			out.assessments.push({
				...adultAssessment(rng, second, employable, ageAtEntry),
				kind: 'deep',
				localLanguage: skills(LEVEL_STEPS[level] as Level)
			});
		}
	}

	// German courses: most adults in the first year, some a second course.
	let courseStart = within(days.addDays(p.entryDate, 30), days.min(days.addDays(p.entryDate, 200), yesterday));
	for (let course = 0; courseStart && course < 2 && rng.chance(course === 0 ? 0.85 : 0.35); course++) {
		const end = days.addDays(courseStart, rng.int(150, 330));
		out.measures.push({
			...DEMO_OFFERS.german,
			offerName: `${DEMO_OFFERS.german.offerName} ${LEVEL_STEPS[course + 1]}`,
			...span(rng, courseStart, end, p.today)
		});
		courseStart = within(days.addDays(end, 14), days.min(days.addDays(end, 120), yesterday));
	}

	// Youth: transitional year, then an apprenticeship for some.
	if (ageAtEntry <= 25 && ageNow <= 30) {
		const start = within(days.addDays(p.entryDate, 180), yesterday);
		if (start && rng.chance(0.45)) {
			const end = days.addYears(start, 1);
			out.measures.push({ ...DEMO_OFFERS.education, ...span(rng, start, end, p.today) });
			out.situations.push({
				kind: 'education',
				educationType: 'transitional',
				from: start,
				to: end < p.today ? end : ''
			});
			if (end < p.today && rng.chance(0.55)) {
				const kind = rng.weighted<'INVOL' | 'EBA' | 'EFZ'>([
					['INVOL', 30],
					['EBA', 30],
					['EFZ', 40]
				]);
				const stop = days.addYears(end, kind === 'INVOL' ? 1 : kind === 'EBA' ? 2 : 3);
				const done = stop < p.today;
				out.situations.push({
					kind: 'apprenticeship',
					apprenticeship: kind,
					from: days.addDays(end, 30),
					to: done ? stop : '',
					completed: done && rng.chance(0.85)
				});
			}
		}
	}

	// Work: AMI programmes for the employable but not placeable, RAV measures, then jobs.
	if (ageNow <= 64 && employable !== 'no') {
		const start = within(days.addDays(p.entryDate, 200), yesterday);
		if (start && rng.chance(0.35)) {
			const offer = employable === 'partly' ? DEMO_OFFERS.occupation : DEMO_OFFERS.ami;
			out.measures.push({ ...offer, ...span(rng, start, days.addDays(start, rng.int(120, 360)), p.today) });
		}
		const rav = within(days.addYears(p.entryDate, 1), yesterday);
		if (rav && employable === 'yes' && rng.chance(0.25))
			out.measures.push({ ...DEMO_OFFERS.rav, ...span(rng, rav, days.addDays(rav, 90), p.today) });
		const chance = p.protection ? Math.min(0.55, 0.1 + 0.11 * years) : Math.min(0.6, 0.06 + 0.08 * years);
		const from = within(days.addDays(p.entryDate, 120), yesterday);
		if (from && rng.chance(employable === 'yes' ? chance * 1.3 : chance * 0.7)) {
			const ended = rng.chance(0.2) ? within(days.addDays(from, 90), yesterday) : null;
			out.situations.push({
				kind: 'employed',
				from,
				to: ended ?? '',
				workload: rng.pick([40, 50, 60, 80, 100]),
				labourMarket: rng.chance(0.85) ? 'primary' : 'secondary',
				employer: rng.pick([
					'Gastro Aare AG',
					'Logistik Gäu GmbH',
					'Spitex Wasseramt',
					'Bau Olten AG',
					'Reinigung Grenchen'
				])
			});
		}
	}
	return out;
}

function span(rng: random.Random, start: IsoDate, end: IsoDate, today: IsoDate): Partial<plan.Measure> {
	if (start >= today) return { plannedStart: start, plannedEnd: end, status: 'registered' };
	if (end >= today) return { plannedStart: start, actualStart: start, plannedEnd: end, status: 'running' };
	const aborted = rng.chance(0.1);
	return {
		plannedStart: start,
		actualStart: start,
		plannedEnd: end,
		actualEnd: end,
		status: aborted ? 'aborted' : 'completed'
	};
}

function skills(level: Level): assessment.Assessment['localLanguage'] {
	return { listening: level, reading: level, speaking: level, writing: level };
}

function levelAssessment(rng: random.Random, date: IsoDate, level: Level, kind: assessment.Kind): AssessmentInput {
	return {
		kind,
		date,
		levelDate: date,
		levelMethod: rng.chance(0.5) ? 'test' : 'estimate',
		localLanguage: skills(level)
	};
}

function adultAssessment(
	rng: random.Random,
	date: IsoDate,
	employable: 'yes' | 'partly' | 'no',
	ageAtEntry: number
): AssessmentInput {
	const schooling =
		rng.weighted([
			[0, 10],
			[3, 10],
			[6, 20],
			[9, 35],
			[12, 25]
		]) + rng.int(0, 2);
	const literate = schooling >= 3 || rng.chance(0.3);
	const workYears =
		ageAtEntry < 20
			? 0
			: rng.weighted([
					[0, 25],
					[1, 15],
					[3, 30],
					[8, 30]
				]);
	return {
		kind: 'short',
		date,
		levelDate: date,
		levelMethod: 'estimate',
		schoolingYears: schooling,
		literateFirstLanguage: literate ? 'yes' : 'no',
		literateLatinScript: literate && rng.chance(0.6) ? 'yes' : 'no',
		workExperience:
			workYears > 0
				? [
						{
							occupation: rng.pick(['Verkauf', 'Bau', 'Landwirtschaft', 'Pflege', 'Handwerk']),
							sector: '',
							years: workYears
						}
					]
				: [],
		socialContacts: rng.weighted([
			['yes', 40],
			['partly', 40],
			['no', 20]
		]),
		employable,
		placeable: employable === 'yes' && rng.chance(0.6) ? 'yes' : 'no',
		pathway: ageAtEntry <= 25 ? 'education1625' : employable === 'no' ? 'social' : 'labourMarket'
	};
}

/**
 * Writes a history into a case doc that has none yet. Other demo seeds (assessment, plan) may
 * fill these aggregates first; a case they touched is left as they made it.
 */
export function enrich(doc: Y.Doc, rng: random.Random, p: PersonBasics, origin: unknown): void {
	if (assessment.list(doc).length || situation.list(doc).length || plan.measures(doc).length) return;
	const h = history(rng, p);
	h.assessments.forEach((a, i) => assessment.add(doc, a, origin, `${doc.clientID}-a${i}`));
	h.situations.forEach((s, i) => situation.add(doc, s, origin, `${doc.clientID}-s${i}`));
	h.measures.forEach((m, i) => plan.addMeasure(doc, m, origin, `${doc.clientID}-m${i}`));
}
