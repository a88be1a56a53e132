/**
 * Allocation rules (Zuweisungsregeln): which offers the latest potential assessment suggests.
 * Declared as data after the canton's Programm S plan (sections 5.3–5.9, 9.2–9.4, 1.7–1.8),
 * evaluated by one pure function, and shown to caseworkers as they are written here — a
 * suggestion always names the rule that made it and the facts that made the rule fire.
 *
 * Two sources, never duplicated:
 * - the rule states what the plan says (employable and placeable for RAV, not employable and in
 *   need of a daily structure for Beschäftigung, …) and what no catalogue can know: that the
 *   person is not already on that step or past it (working, in an apprenticeship, registered);
 * - the offer's access criteria in the canton's catalogue (offers/<canton>: age, statuses,
 *   language levels, employability, placeability) decide whether each offer fits. A rule never
 *   suggests an offer whose criteria the person misses, one that is not in the catalogue or
 *   inactive, or one the person attends or has completed.
 *
 * A condition about a fact that is unknown (no assessment, no birth date, a result left empty)
 * does not hold: the rules never guess. Facts about what a person does (working, training,
 * registered) come from the dated situation history, where "nothing recorded" means "not".
 */
import type { Pathway, Placeable, YesNo, YesPartlyNo } from '../model/assessment';
import { rank, type Level } from '../model/cefr';
import type { Criteria, Offer, OfferType } from '../model/offers';
import { TRAINING_STEPS, type TrainingStep } from '../model/situation';
import type { Facts } from './allocation-facts';

export { factsFrom, type Facts } from './allocation-facts';

/**
 * From this workload on (sum of the jobs in effect) a person counts as working full time: no
 * job search through the RAV, no labour-market programme. Below it, part-time work is the entry
 * the plan wants to build on (5.5), and the rest of the time can still go to the RAV.
 */
export const FULL_TIME_WORKLOAD = 80;

/** Every field is optional; a rule's conditions are the fields it sets (all must hold). */
export interface Condition {
	/** Age in completed years at the day of evaluation, both bounds included; null = open. */
	ageBetween?: readonly [number | null, number | null];
	statuses?: readonly string[];
	employable?: readonly YesPartlyNo[];
	placeable?: readonly Placeable[];
	/** Overall local-language level (lowest assessed skill) strictly below this level. */
	levelBelow?: Level;
	levelAtLeast?: Level;
	healthLimited?: boolean;
	dailyStructureNeeded?: YesNo;
	childcareNeeded?: YesNo;
	/** A dated "childcare arranged" situation is in effect. */
	childcareArranged?: boolean;
	pathway?: readonly Pathway[];
	/** The jobs in effect add up to less than this workload (in %); unknown workload does not hold. */
	workloadBelow?: number;
	/** A dated "registered with the RAV" situation is in effect. */
	ravRegistered?: boolean;
	/** In an apprenticeship, a bridge programme, Sek II or tertiary education now. */
	inTraining?: boolean;
	/** The furthest training step in progress or completed is below this one. */
	trainingBelow?: Exclude<TrainingStep, 'none'>;
}

export type ConditionKey = keyof Condition;

/** An offer a rule suggests: the catalogue id, plus name and type for when the catalogue lacks it. */
export interface OfferRef {
	id: string;
	name: string;
	type: OfferType;
}

export interface Rule {
	id: string;
	title: string;
	explanation: string;
	/** Where the rule comes from, e.g. "Programm S 5.6.1". */
	basis: string;
	when: Condition;
	offers: readonly OfferRef[];
	/**
	 * 'all' (default): every offer whose access criteria fit. 'first': only the first fitting
	 * offer in the order listed — for offers that are alternatives (Integrationsjahr or BVJ).
	 */
	pick?: 'all' | 'first';
}

const TRAINING = 'nicht in einer Lehre oder Ausbildung';

export const RULES: readonly Rule[] = [
	{
		id: 'kinderbetreuung-zuerst',
		title: 'Kinderbetreuung zuerst organisieren',
		explanation:
			'Erwerbsfähige und vermittelbare Personen, die Kinder betreuen, brauchen zuerst eine geregelte Kinderbetreuung. Die Sozialregion stellt sie sicher (5.9.1), die Einwohnergemeinde fordert sie ein und gewährt Betreuungsgutscheine (5.9.2).',
		basis: 'Programm S 5.9.1, 5.9.2',
		when: { childcareNeeded: 'yes', employable: ['yes', 'partly'], placeable: ['yes'], childcareArranged: false },
		offers: [{ id: 'kinderbetreuung', name: 'Familienergänzende Kinderbetreuung', type: 'other' }]
	},
	{
		id: 'deutsch',
		title: 'Deutschintegrationskurs bis B1',
		explanation:
			'Spracherwerb bis mindestens B1: die Sozialregion verfügt den Besuch der Deutschintegrationskurse (5.3.1), die Einwohnergemeinde fordert ihn mit Hinweis auf das stufenlose Kostenerlasswesen ein (5.3.2). Vorgeschlagen wird der Kurs, dessen Zugangskriterien (Alter, Status, Sprachniveau) laut Angebotskatalog passen.',
		basis: 'Programm S 5.3.1, 5.3.2',
		when: {},
		pick: 'first',
		offers: [
			{ id: 'deutsch-a1', name: 'Deutschintegrationskurs A1', type: 'language' },
			{ id: 'deutsch-a2', name: 'Deutschintegrationskurs A2', type: 'language' },
			{ id: 'deutsch-b1', name: 'Deutschintegrationskurs B1', type: 'language' }
		]
	},
	{
		id: 'rav',
		title: 'Anmeldung beim RAV',
		explanation: `Erwerbsfähige und vermittelbare Personen werden dem RAV zugewiesen (Sozialregion, 5.4.1) bzw. auf die RAV-Anmeldung hingewiesen (Einwohnergemeinde, 5.4.2) — nicht wer bereits angemeldet ist, ab ${FULL_TIME_WORKLOAD} % arbeitet oder in einer Lehre oder Ausbildung ist. Ist die Vermittelbarkeit unklar, geht integration.arbeit vor.`,
		basis: 'Programm S 5.4.1, 5.4.2',
		when: {
			employable: ['yes'],
			placeable: ['yes'],
			healthLimited: false,
			ravRegistered: false,
			workloadBelow: FULL_TIME_WORKLOAD,
			inTraining: false
		},
		offers: [{ id: 'rav-amm', name: 'RAV-Anmeldung und arbeitsmarktliche Massnahmen (AMM)', type: 'rav' }]
	},
	{
		id: 'integration-arbeit',
		title: 'integration.arbeit',
		explanation: `Erwerbsfähige, nicht vermittelbare Personen werden wenn immer möglich dem AMI-Programm integration.arbeit zugewiesen (5.6.1) bzw. darauf hingewiesen (5.6.2); bei fehlender Klarheit über die Vermittelbarkeit ist integration.arbeit dem RAV vorzuziehen (5.4.1). Nicht, wer ab ${FULL_TIME_WORKLOAD} % arbeitet oder ${TRAINING} ist.`,
		basis: 'Programm S 5.6.1, 5.6.2, 5.4.1',
		when: {
			employable: ['yes', 'partly'],
			placeable: ['no', 'unclear'],
			healthLimited: false,
			workloadBelow: FULL_TIME_WORKLOAD,
			inTraining: false
		},
		offers: [{ id: 'integration-arbeit', name: 'integration.arbeit', type: 'labourIntegration' }]
	},
	{
		id: 'beschaeftigung',
		title: 'Beschäftigung I/II',
		explanation:
			'Personen, die aus gesundheitlichen Gründen nicht erwerbsfähig sind und den Aufbau einer Tagesstruktur benötigen, werden den AMI-Programmarten Beschäftigung I oder II zugewiesen (Sozialregion, 5.7.1); die Einwohnergemeinde fördert ihre soziale Integration (5.7.2).',
		basis: 'Programm S 5.7.1, 5.7.2',
		when: { employable: ['no'], healthLimited: true, dailyStructureNeeded: 'yes' },
		offers: [
			{ id: 'beschaeftigung-1', name: 'Beschäftigung I', type: 'occupation' },
			{ id: 'beschaeftigung-2', name: 'Beschäftigung II', type: 'occupation' }
		]
	},
	{
		id: 'biz-16-25',
		title: 'BIZ-Beratung für 16- bis 25-Jährige',
		explanation:
			'Personen, die in die Bildungsintegration fallen (16–25 Jahre), werden zu einer BIZ-Anmeldung motiviert und erhalten systematisch Zugang zum BIZ-Angebot — nicht, wer bereits eine Berufslehre (EBA/EFZ) oder die Sekundarstufe II besucht oder abgeschlossen hat.',
		basis: 'Programm S 5.1, 5.8, 9.2',
		when: { trainingBelow: 'certifying' },
		offers: [{ id: 'biz-beratung', name: 'BIZ-Laufbahnberatung', type: 'counselling' }]
	},
	{
		id: 'integrationsjahr',
		title: 'Integrationsjahr oder Brückenangebot',
		explanation:
			'Für junge Personen ohne Lehrstelle, die noch keine Lehre (auch keine Vorlehre) begonnen oder abgeschlossen haben und zurzeit nicht in Ausbildung sind: das eine passende Angebot in dieser Reihenfolge — Integrationsjahr Orientierung (Deutsch noch unter A2), Integrationsjahr Berufsvorbereitung (ab A2), Brückenangebot BVJ. Die Zugangskriterien legt das ABMH fest (1.7); sie stehen im Angebotskatalog.',
		basis: 'Programm S 1.7, 5.8, 9.5',
		when: { trainingBelow: 'invol', inTraining: false },
		pick: 'first',
		offers: [
			{ id: 'integrationsjahr-orientierung', name: 'Integrationsjahr Orientierung', type: 'education' },
			{ id: 'integrationsjahr-berufsvorbereitung', name: 'Integrationsjahr Berufsvorbereitung', type: 'education' },
			{ id: 'bvj', name: 'Brückenangebot BVJ', type: 'education' }
		]
	},
	{
		id: 'invol',
		title: 'Integrationsvorlehre (INVOL)',
		explanation:
			'Personen ab 18 Jahren werden systematisch für eine Integrationsvorlehre abgeklärt und angemeldet (9.3) — nicht, wer bereits eine Vorlehre oder Lehre macht oder abgeschlossen hat. Weitere Zugangskriterien legt das ABMH fest (1.7); sie stehen im Angebotskatalog.',
		basis: 'Programm S 9.3, 1.7',
		when: { trainingBelow: 'invol' },
		offers: [{ id: 'invol', name: 'Integrationsvorlehre (INVOL)', type: 'vocational' }]
	},
	{
		id: 'berufsabschluss-erwachsene',
		title: 'Berufsabschluss für Erwachsene',
		explanation:
			'Erwachsene, die in den Berufsabschluss für Erwachsene fallen (Phase 3), werden dazu motiviert (5.8, 9.4) — unabhängig vom bisher empfohlenen Weg, aber nicht, wer eine Berufslehre (EBA/EFZ) oder die Sekundarstufe II besucht oder abgeschlossen hat oder zurzeit in Ausbildung ist. Alter und Sprachniveau laut Angebotskatalog (ABMH, 1.7).',
		basis: 'Programm S 5.8, 9.4, 1.7',
		when: { trainingBelow: 'certifying', inTraining: false },
		offers: [{ id: 'berufsabschluss-erwachsene', name: 'Berufsabschluss für Erwachsene', type: 'vocational' }]
	},
	{
		id: 'invost',
		title: 'INVOST – Integrationsvorstufe',
		explanation: `Erwerbsfähige Personen wechseln gemäss den Zugangskriterien des AGS von den Deutschintegrationskursen über INVOST in die AMI-Programme (1.8): Status und Sprachniveau laut Angebotskatalog (ab A1, unter B1), nicht wer ab ${FULL_TIME_WORKLOAD} % arbeitet oder ${TRAINING} ist.`,
		basis: 'Programm S 1.8',
		when: { employable: ['yes', 'partly'], workloadBelow: FULL_TIME_WORKLOAD, inTraining: false },
		offers: [{ id: 'invost', name: 'INVOST – Integrationsvorstufe', type: 'labourIntegration' }]
	}
];

/** One condition with the fact it was checked against (for "why" in the UI). */
export type Reason = {
	[K in ConditionKey]: { key: K; expected: NonNullable<Condition[K]>; actual: Facts[FactOf<K>] };
}[ConditionKey];

type FactOf<K extends ConditionKey> = K extends 'ageBetween'
	? 'age'
	: K extends 'statuses'
		? 'status'
		: K extends 'levelBelow' | 'levelAtLeast'
			? 'level'
			: K extends 'workloadBelow'
				? 'workload'
				: K extends 'trainingBelow'
					? 'training'
					: K & keyof Facts;

const FACT_OF: { [K in ConditionKey]: FactOf<K> } = {
	ageBetween: 'age',
	statuses: 'status',
	employable: 'employable',
	placeable: 'placeable',
	levelBelow: 'level',
	levelAtLeast: 'level',
	healthLimited: 'healthLimited',
	dailyStructureNeeded: 'dailyStructureNeeded',
	childcareNeeded: 'childcareNeeded',
	childcareArranged: 'childcareArranged',
	pathway: 'pathway',
	workloadBelow: 'workload',
	ravRegistered: 'ravRegistered',
	inTraining: 'inTraining',
	trainingBelow: 'training'
};

/** An offer a rule suggests, with the catalogue's access criteria it met. */
export interface SuggestedOffer {
	ref: OfferRef;
	offer: Offer;
	why: Reason[];
}

export interface Suggestion {
	ruleId: string;
	offers: SuggestedOffer[];
	/** The rule's own conditions with the facts they held for. */
	why: Reason[];
}

/** Whether one condition holds for the facts; an unknown fact never satisfies a condition. */
export function holds<K extends ConditionKey>(key: K, expected: NonNullable<Condition[K]>, facts: Facts): boolean {
	const actual: unknown = facts[FACT_OF[key]];
	if (actual === null || actual === '') return false;
	switch (key) {
		case 'ageBetween': {
			const [min, max] = expected as readonly [number | null, number | null];
			return typeof actual === 'number' && (min === null || actual >= min) && (max === null || actual <= max);
		}
		case 'levelBelow':
			return rank(actual) < rank(expected);
		case 'levelAtLeast':
			return rank(actual) >= rank(expected);
		case 'workloadBelow':
			return typeof actual === 'number' && actual < (expected as number);
		case 'trainingBelow':
			return TRAINING_STEPS.indexOf(actual as TrainingStep) < TRAINING_STEPS.indexOf(expected as TrainingStep);
		case 'statuses':
		case 'employable':
		case 'placeable':
		case 'pathway':
			return (expected as readonly unknown[]).includes(actual);
		default:
			return actual === expected;
	}
}

/** The conditions as (key, expected) pairs, in declaration order. */
export function conditions(when: Condition): Reason[] {
	return (Object.keys(when) as ConditionKey[])
		.filter((key) => when[key] !== undefined)
		.map((key) => ({ key, expected: when[key], actual: null }) as unknown as Reason);
}

/** An offer's access criteria (Zugangskriterien) as conditions of the same kind as a rule's. */
export function criteriaConditions(c: Criteria): Condition {
	const when: Condition = {};
	if (c.minAge !== null || c.maxAge !== null) when.ageBetween = [c.minAge, c.maxAge];
	if (c.statuses.length > 0) when.statuses = c.statuses;
	if (c.minLevel) when.levelAtLeast = c.minLevel;
	// A course "up to B1" is for those below B1 (the same reading as model/criteria.ts).
	if (c.maxLevel) when.levelBelow = c.maxLevel;
	if (c.employability.length > 0) when.employable = c.employability as YesPartlyNo[];
	if (c.placeable.length > 0) when.placeable = c.placeable as Placeable[];
	return when;
}

function check(when: Condition, facts: Facts): Reason[] | null {
	const parts = conditions(when);
	if (!parts.every((part) => holds(part.key, part.expected as never, facts))) return null;
	return parts.map((part) => ({ ...part, actual: facts[FACT_OF[part.key]] }) as Reason);
}

/** Why an offer of a rule is or is not suggested. */
export type OfferFit = 'fits' | 'missing' | 'inactive' | 'taken' | 'criteria';

export function offerFit(ref: OfferRef, facts: Facts, catalogue: readonly Offer[]): OfferFit {
	const offer = catalogue.find((o) => o.id === ref.id);
	if (!offer) return 'missing';
	if (!offer.active) return 'inactive';
	if (facts.taken.includes(offer.id)) return 'taken';
	return check(criteriaConditions(offer.criteria), facts) ? 'fits' : 'criteria';
}

/**
 * Every rule whose conditions all hold and that has at least one fitting offer, in rule order.
 * A rule without conditions of its own fires only through its offers' criteria; an offer
 * without criteria in a rule without conditions would fire for everyone and is never suggested.
 */
export function suggest(facts: Facts, catalogue: readonly Offer[], rules: readonly Rule[] = RULES): Suggestion[] {
	const out: Suggestion[] = [];
	for (const rule of rules) {
		const why = check(rule.when, facts);
		if (!why) continue;
		const fitting: SuggestedOffer[] = [];
		for (const ref of rule.offers) {
			const offer = catalogue.find((o) => o.id === ref.id);
			if (!offer || offerFit(ref, facts, catalogue) !== 'fits') continue;
			const criteria = criteriaConditions(offer.criteria);
			if (why.length === 0 && conditions(criteria).length === 0) continue;
			fitting.push({ ref, offer, why: check(criteria, facts) ?? [] });
			if (rule.pick === 'first') break;
		}
		if (fitting.length > 0) out.push({ ruleId: rule.id, offers: fitting, why });
	}
	return out;
}

/** The measure source tag that records which rule suggested a measure. */
export function source(ruleId: string): string {
	return `allocation:${ruleId}`;
}
