/**
 * Allocation rules (Zuweisungsregeln): which offers the latest potential assessment suggests.
 * Declared as data after the canton's Programm S plan (sections 5.3–5.9, 9.2–9.3), evaluated
 * by one pure function, and shown to caseworkers as they are written here — a suggestion
 * always names the rule that made it and the facts that made the rule fire.
 *
 * A rule fires when every condition it states holds. A condition about a fact that is unknown
 * (no assessment, no birth date, a result left empty) does not hold: the rules never guess.
 */
import { overallLevel, type Assessment, type Pathway, type YesNo, type YesPartlyNo } from '../model/assessment';
import { rank, type Level } from '../model/cefr';
import * as dates from '../model/dates';
import type { OfferType } from '../model/offers';
import * as residence from '../model/residence';
import type { Status } from '../model/residence';
import type { IsoDate } from '../model/schema';
import * as situation from '../model/situation';

/** Every field is optional; a rule's conditions are the fields it sets (all must hold). */
export interface Condition {
	/** Age in completed years at the day of evaluation, both bounds included. */
	ageBetween?: readonly [number, number];
	statuses?: readonly Status[];
	employable?: readonly YesPartlyNo[];
	placeable?: readonly YesNo[];
	/** Overall local-language level (lowest assessed skill) strictly below this level. */
	levelBelow?: Level;
	levelAtLeast?: Level;
	healthLimited?: boolean;
	childcareNeeded?: YesNo;
	/** A dated "childcare arranged" situation is in effect. */
	childcareArranged?: boolean;
	pathway?: readonly Pathway[];
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
}

export const RULES: readonly Rule[] = [
	{
		id: 'kinderbetreuung-zuerst',
		title: 'Kinderbetreuung zuerst organisieren',
		explanation:
			'Wer Kinder betreut und (teilweise) erwerbsfähig ist, braucht zuerst eine geregelte Kinderbetreuung, bevor Kurse oder Arbeit möglich sind.',
		basis: 'Programm S 5.9',
		when: { childcareNeeded: 'yes', employable: ['yes', 'partly'], childcareArranged: false },
		offers: [{ id: 'kinderbetreuung', name: 'Unterstützung Kinderbetreuung', type: 'counselling' }]
	},
	{
		id: 'deutsch-a1',
		title: 'Deutschkurs bis A1',
		explanation:
			'Ohne Deutschkenntnisse (unter A1) beginnt der Spracherwerb mit einem Integrationskurs A1. Ziel ist mindestens B1.',
		basis: 'Programm S 5.3',
		when: { levelBelow: 'A1' },
		offers: [{ id: 'deutsch-a1', name: 'Deutsch-Integrationskurs A1', type: 'language' }]
	},
	{
		id: 'deutsch-a2',
		title: 'Deutschkurs bis A2',
		explanation: 'Mit Niveau A1 folgt der Integrationskurs A2 auf dem Weg zu mindestens B1.',
		basis: 'Programm S 5.3',
		when: { levelAtLeast: 'A1', levelBelow: 'A2' },
		offers: [{ id: 'deutsch-a2', name: 'Deutsch-Integrationskurs A2', type: 'language' }]
	},
	{
		id: 'deutsch-b1',
		title: 'Deutschkurs bis B1',
		explanation: 'Mit Niveau A2 führt der Integrationskurs B1 zum geforderten Mindestniveau B1.',
		basis: 'Programm S 5.3',
		when: { levelAtLeast: 'A2', levelBelow: 'B1' },
		offers: [{ id: 'deutsch-b1', name: 'Deutsch-Integrationskurs B1', type: 'language' }]
	},
	{
		id: 'rav',
		title: 'Anmeldung beim RAV',
		explanation:
			'Erwerbsfähige und vermittelbare Erwachsene werden dem RAV zugewiesen (Stellensuche, arbeitsmarktliche Massnahmen).',
		basis: 'Programm S 5.4',
		when: { ageBetween: [18, 64], employable: ['yes'], placeable: ['yes'], healthLimited: false },
		offers: [{ id: 'rav-amm', name: 'RAV-Anmeldung und arbeitsmarktliche Massnahmen (AMM)', type: 'rav' }]
	},
	{
		id: 'integration-arbeit',
		title: 'integration.arbeit',
		explanation:
			'Erwerbsfähige, aber (noch) nicht vermittelbare Erwachsene werden wenn immer möglich dem AMI-Programm integration.arbeit zugewiesen. Für Minderjährige hat die Bildungsintegration Vorrang.',
		basis: 'Programm S 5.6',
		when: { ageBetween: [18, 64], employable: ['yes', 'partly'], placeable: ['no'], healthLimited: false },
		offers: [{ id: 'integration-arbeit', name: 'integration.arbeit', type: 'labourIntegration' }]
	},
	{
		id: 'beschaeftigung',
		title: 'Beschäftigung I/II',
		explanation:
			'Wer aus gesundheitlichen Gründen nicht erwerbsfähig ist und eine Tagesstruktur braucht, wird den AMI-Programmen Beschäftigung I oder II zugewiesen.',
		basis: 'Programm S 5.7',
		when: { healthLimited: true },
		offers: [
			{ id: 'beschaeftigung-1', name: 'Beschäftigung I', type: 'occupation' },
			{ id: 'beschaeftigung-2', name: 'Beschäftigung II', type: 'occupation' }
		]
	},
	{
		id: 'biz-16-25',
		title: 'BIZ-Beratung für 16- bis 25-Jährige',
		explanation:
			'Junge Erwachsene von 16 bis 25 Jahren gehören in die Bildungsintegration und werden zu einer BIZ-Anmeldung motiviert.',
		basis: 'Programm S 5.8, 9.2',
		when: { ageBetween: [16, 25] },
		offers: [{ id: 'biz-beratung', name: 'Berufs- und Laufbahnberatung BIZ', type: 'counselling' }]
	},
	{
		id: 'integrationsjahr',
		title: 'Brückenangebot / Integrationsjahr',
		explanation:
			'Für 16- bis 25-Jährige ohne Lehrstelle: Integrationsjahr Orientierung (noch unter A2) oder Berufsvorbereitung bzw. BVJ (ab A2).',
		basis: 'Programm S 1.7',
		when: { ageBetween: [16, 25], levelBelow: 'B2' },
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
			'Erwerbsfähige Erwachsene bis 35 mit Deutsch ab A2 werden systematisch für eine Integrationsvorlehre abgeklärt und angemeldet.',
		basis: 'Programm S 9.3',
		when: { ageBetween: [18, 35], levelAtLeast: 'A2', employable: ['yes', 'partly'] },
		offers: [{ id: 'invol', name: 'Integrationsvorlehre (INVOL)', type: 'vocational' }]
	},
	{
		id: 'berufsabschluss-erwachsene',
		title: 'Berufsabschluss für Erwachsene',
		explanation:
			'Ab 26 Jahren führt der empfohlene Weg «Berufsabschluss für Erwachsene» zur BIZ-Anmeldung für einen Berufsabschluss.',
		basis: 'Programm S 5.8',
		when: { ageBetween: [26, 64], pathway: ['adultVocational'] },
		offers: [{ id: 'berufsabschluss-erwachsene', name: 'Berufsabschluss für Erwachsene', type: 'vocational' }]
	},
	{
		id: 'invost',
		title: 'INVOST für Personen mit Status S',
		explanation:
			'Erwerbsfähige Personen mit Status S, deren Deutsch noch unter B1 liegt, kommen gemäss den Zugangskriterien des AGS für INVOST in Frage.',
		basis: 'Programm S 1.8',
		when: { statuses: ['S'], employable: ['yes', 'partly'], levelBelow: 'B1' },
		offers: [{ id: 'invost', name: 'INVOST', type: 'labourIntegration' }]
	}
];

/** What the rules look at: from the person, the latest assessment and the dated situations. */
export interface Facts {
	age: number | null;
	status: Status | null;
	employable: YesPartlyNo | '';
	placeable: YesNo | '';
	level: Level | '';
	healthLimited: boolean | null;
	childcareNeeded: YesNo | '';
	childcareArranged: boolean;
	pathway: Pathway | '';
}

/** One condition that held, with the fact it held for (for "why" in the UI). */
export type Reason = {
	[K in ConditionKey]: { key: K; expected: NonNullable<Condition[K]>; actual: Facts[FactOf<K>] };
}[ConditionKey];

type FactOf<K extends ConditionKey> = K extends 'ageBetween'
	? 'age'
	: K extends 'statuses'
		? 'status'
		: K extends 'levelBelow' | 'levelAtLeast'
			? 'level'
			: K & keyof Facts;

export interface Suggestion {
	ruleId: string;
	offers: readonly OfferRef[];
	why: Reason[];
}

const FACT_OF: { [K in ConditionKey]: FactOf<K> } = {
	ageBetween: 'age',
	statuses: 'status',
	employable: 'employable',
	placeable: 'placeable',
	levelBelow: 'level',
	levelAtLeast: 'level',
	healthLimited: 'healthLimited',
	childcareNeeded: 'childcareNeeded',
	childcareArranged: 'childcareArranged',
	pathway: 'pathway'
};

/** Whether one condition holds for the facts; an unknown fact never satisfies a condition. */
export function holds<K extends ConditionKey>(key: K, expected: NonNullable<Condition[K]>, facts: Facts): boolean {
	const actual: unknown = facts[FACT_OF[key]];
	if (actual === null || actual === '') return false;
	switch (key) {
		case 'ageBetween': {
			const [min, max] = expected as readonly [number, number];
			return typeof actual === 'number' && actual >= min && actual <= max;
		}
		case 'levelBelow':
			return rank(actual) < rank(expected);
		case 'levelAtLeast':
			return rank(actual) >= rank(expected);
		case 'statuses':
		case 'employable':
		case 'placeable':
		case 'pathway':
			return (expected as readonly unknown[]).includes(actual);
		default:
			return actual === expected;
	}
}

/** The rule's conditions as (key, expected) pairs, in declaration order. */
export function conditions(rule: Pick<Rule, 'when'>): Reason[] {
	return (Object.keys(rule.when) as ConditionKey[])
		.filter((key) => rule.when[key] !== undefined)
		.map((key) => ({ key, expected: rule.when[key], actual: null }) as unknown as Reason);
}

/** Every rule whose conditions all hold, in rule order, with the facts that made it fire. */
export function suggest(facts: Facts, rules: readonly Rule[] = RULES): Suggestion[] {
	const out: Suggestion[] = [];
	for (const rule of rules) {
		const parts = conditions(rule);
		if (parts.length === 0) continue; // a rule without conditions would fire for everyone
		if (!parts.every((part) => holds(part.key, part.expected as never, facts))) continue;
		out.push({
			ruleId: rule.id,
			offers: rule.offers,
			why: parts.map((part) => ({ ...part, actual: facts[FACT_OF[part.key]] }) as Reason)
		});
	}
	return out;
}

/** The measure source tag that records which rule suggested a measure. */
export function source(ruleId: string): string {
	return `allocation:${ruleId}`;
}

/**
 * The facts on `today`: age and residence status from the person, results from the latest
 * assessment, and what the dated situation history says is in effect. "Not employable for
 * health reasons" counts from either the assessment or an open situation entry.
 */
export function factsFrom(input: {
	birthDate: IsoDate;
	residence: residence.StatusPeriod[];
	latest: Assessment | undefined;
	situations: situation.Situation[];
	today: IsoDate;
}): Facts {
	const { latest, today } = input;
	const active = situation.activeAt(input.situations, today);
	const healthSituation = active.some((s) => s.kind === 'notEmployableHealth');
	return {
		age: dates.age(input.birthDate, today),
		status: residence.at(input.residence, today),
		employable: latest?.employable ?? '',
		placeable: latest?.placeable ?? '',
		level: latest ? overallLevel(latest) : '',
		healthLimited: latest || healthSituation ? Boolean(latest?.healthLimited) || healthSituation : null,
		childcareNeeded: latest?.childcareNeeded ?? '',
		childcareArranged: active.some((s) => s.kind === 'childcareArranged'),
		pathway: latest?.pathway ?? ''
	};
}
