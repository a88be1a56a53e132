/**
 * Steering indicators (Kennzahlen) declared as data: IAS-1…5 (Integrationsagenda Schweiz), the
 * Programm S employment rate, the KIP yearly counts and the Programm S participation counts
 * (measure 2.1 of the Solothurn plan). Each one names its population (denominator), what is
 * counted (numerator), how the reference date is read, its target and a plain-German
 * explanation shown next to the figure. The evaluator is in evaluate.ts.
 *
 * Semantics:
 * - 'at': a state on the reference date (Stichtag).
 * - 'period': something that happened in the period from `from` (default 1.1. of the year) to
 *   the reference date; population and age are still read on the reference date.
 * - yearsAfterEntry: the indicator also has a cohort view — per entry year, each person is
 *   evaluated on the anniversary of their own entry ("X years after entry").
 */
import * as p from './predicates';

export type Semantics = 'at' | 'period';
export type Family = 'IAS' | 'S' | 'KIP' | 'PS';

export interface Indicator {
	id: string;
	family: Family;
	name: string;
	semantics: Semantics;
	yearsAfterEntry: number | null;
	population: p.Predicate;
	counted: p.Predicate;
	/** Share of the population to reach (0…1); null for counts. */
	target: number | null;
	targetText: string;
	/** 'rate': the share is the figure; 'count': the number counted is the figure. */
	figure: 'rate' | 'count';
	explanation: string;
	source: string;
}

const IAS_SOURCE = 'Integrationsagenda Schweiz (SEM/KdK 2018), Wirkungsziele und Monitoring';
const S_SOURCE = 'RRB Massnahmenplan «Wirtschaftliche Integration – Programm S», Kanton Solothurn';
const KIP_SOURCE = 'Kantonales Integrationsprogramm (KIP), Jahresberichterstattung an das SEM';
const VA = p.statusIn(p.VA_FLUE, 'VA/Flü');
const S = p.statusIn(['S'], 'Schutzstatus S');

export const INDICATORS: readonly Indicator[] = [
	{
		id: 'IAS-1',
		family: 'IAS',
		name: 'Sprache: mindestens A1 nach 3 Jahren',
		semantics: 'at',
		yearsAfterEntry: 3,
		population: p.all(VA, p.yearsInChAtLeast(3)),
		counted: p.latestLevelAtLeast('A1'),
		target: 1,
		targetText: '100 %',
		figure: 'rate',
		explanation:
			'Alle VA/Flü, die seit mindestens drei Jahren in der Schweiz sind, sollen sich im Alltag in der Lokalsprache verständigen (A1). Gezählt wird das Niveau der letzten Abklärung bis zum Stichtag; massgebend ist der schwächste beurteilte Bereich (Hören, Lesen, Sprechen, Schreiben).',
		source: IAS_SOURCE
	},
	{
		id: 'IAS-2',
		family: 'IAS',
		name: 'Frühe Kindheit: Verständigung beim Schuleintritt',
		semantics: 'at',
		yearsAfterEntry: null,
		population: p.all(VA, p.reachedSchoolEntry),
		counted: p.latestLevelAtLeast('A1'),
		target: 0.8,
		targetText: '80 %',
		figure: 'rate',
		explanation:
			'Kinder, die im Alter von 0 bis 4 Jahren eingereist sind, sollen sich beim Eintritt in die obligatorische Schule (Kindergarten, mit 4 Jahren) in der Lokalsprache verständigen können. Als Nachweis gilt eine Abklärung mit mindestens A1.',
		source: IAS_SOURCE
	},
	{
		id: 'IAS-3',
		family: 'IAS',
		name: 'Bildung: Sekundarstufe II nach 5 Jahren (16–25 bei Einreise)',
		semantics: 'at',
		yearsAfterEntry: 5,
		population: p.all(VA, p.ageAtEntryBetween(16, 25), p.yearsInChAtLeast(5)),
		counted: p.inOrCompletedUpperSecondary,
		target: 2 / 3,
		targetText: '2/3',
		figure: 'rate',
		explanation:
			'Zwei Drittel der VA/Flü, die mit 16 bis 25 Jahren eingereist sind, sollen fünf Jahre nach der Einreise in einer Ausbildung auf Sekundarstufe II (oder einem Brückenangebot) sein oder eine solche abgeschlossen haben.',
		source: IAS_SOURCE
	},
	{
		id: 'IAS-4',
		family: 'IAS',
		name: 'Arbeitsmarkt: erwerbstätig nach 7 Jahren (16–55 bei Einreise)',
		semantics: 'at',
		yearsAfterEntry: 7,
		population: p.all(VA, p.ageAtEntryBetween(16, 55), p.yearsInChAtLeast(7)),
		counted: p.employedPrimary,
		target: 0.5,
		targetText: '1/2',
		figure: 'rate',
		explanation:
			'Die Hälfte der erwachsenen VA/Flü (16–55 bei Einreise) soll sieben Jahre nach der Einreise im ersten Arbeitsmarkt erwerbstätig sein. Eine Anstellung ohne Angabe des Arbeitsmarkts zählt als erster Arbeitsmarkt.',
		source: IAS_SOURCE
	},
	{
		id: 'IAS-5',
		family: 'IAS',
		name: 'Soziale Integration nach 7 Jahren',
		semantics: 'at',
		yearsAfterEntry: 7,
		population: p.all(VA, p.yearsInChAtLeast(7)),
		counted: p.socialContacts,
		target: 1,
		targetText: 'alle',
		figure: 'rate',
		explanation:
			'VA/Flü sollen sieben Jahre nach der Einreise mit der Lebensweise in der Schweiz vertraut sein und soziale Kontakte zur hiesigen Bevölkerung pflegen. Gezählt wird die Angabe «soziale Kontakte: ja» der letzten Abklärung.',
		source: IAS_SOURCE
	},
	{
		id: 'S-EMP',
		family: 'S',
		name: 'Erwerbsquote Status S (18–64)',
		semantics: 'at',
		yearsAfterEntry: null,
		population: p.all(S, p.ageBetween(18, 64)),
		counted: p.employedOrApprentice,
		target: 0.4,
		targetText: '40 % (Ende 2024)',
		figure: 'rate',
		explanation:
			'Anteil der Personen mit Schutzstatus S im Erwerbsalter, die am Stichtag erwerbstätig sind. Zielwert des Bundes und des Kantons: 40 % bis Ende 2024.',
		source: S_SOURCE
	},
	{
		id: 'S-EMP-3Y',
		family: 'S',
		name: 'Erwerbsquote Status S (18–64), mindestens 3 Jahre in der Schweiz',
		semantics: 'at',
		yearsAfterEntry: 3,
		population: p.all(S, p.ageBetween(18, 64), p.yearsInChAtLeast(3)),
		counted: p.employedOrApprentice,
		target: 0.5,
		targetText: '50 % (Ende 2025)',
		figure: 'rate',
		explanation:
			'Wie die Erwerbsquote Status S, aber nur für Personen, die seit mindestens drei Jahren in der Schweiz sind. Zielwert: 50 % bis Ende 2025.',
		source: S_SOURCE
	},
	...kip(),
	...participation()
];

function kip(): Indicator[] {
	const base = {
		family: 'KIP' as const,
		semantics: 'period' as const,
		yearsAfterEntry: null,
		target: null,
		targetText: '—',
		source: KIP_SOURCE
	};
	const everyone: p.Predicate = { text: 'alle Personen im Kanton am Stichtag', test: () => true };
	const new16 = p.all(p.enteredInPeriod, p.ageAtEntryBetween(16, 120));
	const readiness = (min: number, max: number): Indicator => ({
		...base,
		id: `KIP-READY-${min}-${max}`,
		name: `Unterstützt auf dem Weg zu Ausbildungs-/Arbeitsmarktfähigkeit (${min}–${max})`,
		population: p.ageBetween(min, max),
		counted: p.measureInPeriod(p.OFFER_GROUPS.readiness, 'Bildungs-, Arbeitsintegrations-, RAV- oder Beratungsangebot'),
		figure: 'count',
		explanation: `Personen von ${min} bis ${max} Jahren, die im Zeitraum ein Angebot auf dem Weg zur Ausbildungs- oder Arbeitsmarktfähigkeit besucht haben.`
	});
	const profile = (id: string, name: string, counted: p.Predicate): Indicator => ({
		...base,
		id,
		name,
		population: new16,
		counted,
		figure: 'rate',
		explanation: `Profil der im Zeitraum neu eingereisten Personen ab 16 Jahren, nach der letzten Abklärung bis zum Stichtag: ${counted.text}. Personen ohne Abklärung zählen nicht.`
	});
	return [
		{
			...base,
			id: 'KIP-INFO',
			name: 'Mit Erstinformation erreicht',
			population: everyone,
			counted: p.firstInformationInPeriod,
			figure: 'count',
			explanation: 'Personen, deren Fall im Zeitraum eröffnet wurde (Erstgespräch mit Erstinformation).'
		},
		{
			...base,
			id: 'KIP-LANG',
			name: 'In Sprachförderung',
			population: everyone,
			counted: p.measureInPeriod(p.OFFER_GROUPS.german, 'Sprachkurs'),
			figure: 'count',
			explanation:
				'Personen, die im Zeitraum einen Sprachkurs besucht haben (begonnen, auch abgeschlossen oder abgebrochen).'
		},
		readiness(16, 25),
		readiness(26, 55),
		{
			...base,
			id: 'KIP-EARLY',
			name: 'Vorschulkinder in früher Sprachförderung',
			population: p.preSchool,
			counted: p.measureInPeriod(p.OFFER_GROUPS.german, 'Angebot der frühen Sprachförderung'),
			figure: 'count',
			explanation: `Kinder unter ${p.SCHOOL_ENTRY_AGE} Jahren, die im Zeitraum ein Angebot der frühen Sprachförderung (Angebotstyp Sprache) besucht haben.`
		},
		{
			...base,
			id: 'KIP-NEW16',
			name: 'Neu eingereiste Personen ab 16 Jahren',
			population: everyone,
			counted: new16,
			figure: 'count',
			explanation:
				'Personen, die im Zeitraum eingereist sind und bei der Einreise mindestens 16 Jahre alt waren: die Grundgesamtheit des Profils unten.'
		},
		profile('KIP-NEW16-SCHOOL', 'Profil neu 16+: Schulbildung über 6 Jahre', p.schoolingOver6),
		profile('KIP-NEW16-ILLIT', 'Profil neu 16+: nicht alphabetisiert', p.notLiterate),
		profile('KIP-NEW16-POT', 'Profil neu 16+: Potenzial für Ausbildung oder Arbeit', p.potential),
		profile('KIP-NEW16-WORK', 'Profil neu 16+: höchstens 1 Jahr Berufserfahrung', p.littleWorkExperience)
	];
}

function participation(): Indicator[] {
	const S18 = p.all(p.statusIn(['S'], 'Schutzstatus S'), p.ageBetween(18, 64));
	const base = {
		family: 'PS' as const,
		semantics: 'period' as const,
		yearsAfterEntry: null,
		target: null,
		targetText: '—',
		figure: 'count' as const,
		population: S18,
		source: S_SOURCE
	};
	const row = (id: string, name: string, counted: p.Predicate, explanation: string): Indicator => ({
		...base,
		id,
		name,
		counted,
		explanation
	});
	return [
		row(
			'PS-DE',
			'Programm S: Deutsch-Integrationskurse',
			p.measureInPeriod(p.OFFER_GROUPS.german, 'Deutschkurs'),
			'Personen mit Status S (18–64), die im Zeitraum einen Deutsch-Integrationskurs besucht haben.'
		),
		row(
			'PS-AMI',
			'Programm S: AMI-Programme',
			p.measureInPeriod(p.OFFER_GROUPS.ami, 'AMI-Programm'),
			'Arbeitsmarktliche Integration (z. B. integration.arbeit, Beschäftigung I/II) im Zeitraum.'
		),
		row(
			'PS-EDU',
			'Programm S: Bildungsprogramme',
			p.measureInPeriod(p.OFFER_GROUPS.education, 'Bildungsprogramm'),
			'Bildungsprogramme (z. B. Integrationsjahr, INVOL, Berufsabschluss für Erwachsene) im Zeitraum.'
		),
		row(
			'PS-AMM',
			'Programm S: AMM-Angebote (RAV)',
			p.measureInPeriod(p.OFFER_GROUPS.amm, 'Arbeitsmarktliche Massnahme des RAV'),
			'Arbeitsmarktliche Massnahmen der Arbeitslosenversicherung über das RAV im Zeitraum.'
		),
		row(
			'PS-JOB',
			'Programm S: on the job',
			p.employedInPeriod,
			'Personen mit Status S (18–64), die im Zeitraum erwerbstätig waren.'
		)
	];
}

export function byId(id: string): Indicator | undefined {
	return INDICATORS.find((i) => i.id === id);
}
