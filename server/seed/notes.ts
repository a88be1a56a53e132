/**
 * Journal texts for the demo cases: short German case notes (Aktennotizen) as a case manager in
 * canton Solothurn would write them, with the offers of the Programm S plan. Health details are
 * never written here: the shared journal is visible to consented partners, so a note only points
 * to the confidential doc.
 */
import type { EntryType } from '../../src/lib/model/journal';
import type { Sex } from '../../src/lib/model/person';
import type { IsoDate } from '../../src/lib/model/schema';
import type { Random } from './random';

export type AgeGroup = 'child' | 'youth' | 'adult';

export interface NoteContext {
	firstName: string;
	lastName: string;
	sex: Sex;
	group: AgeGroup;
	/** Age when the case was opened. */
	age: number;
	municipality: string;
	language: string;
	protectionS: boolean;
	/** Receives social assistance: only then do notes speak of its rules and budget (plan section 5). */
	socialAssistance: boolean;
	/** Name of the RAV that serves the case's region. */
	rav: string;
	/** Date of the note being written. */
	date: IsoDate;
}

export interface Topic {
	id: string;
	/** Orders the chosen topics in time: a course starts before the job offer it leads to. */
	stage: number;
	/** The journal entry type a note on this topic has (talks as the plan pays them, 5.2.2). */
	type: EntryType;
	fits(ctx: NoteContext): boolean;
	write(ctx: NoteContext, rng: Random): string[];
}

const MONTHS = [
	'Januar',
	'Februar',
	'März',
	'April',
	'Mai',
	'Juni',
	'Juli',
	'August',
	'September',
	'Oktober',
	'November',
	'Dezember'
];

/** "März 2024": the month after the note's date, when a course or a job typically starts. */
function nextMonth(date: IsoDate): string {
	const month = Number(date.slice(5, 7)) % 12;
	const year = Number(date.slice(0, 4)) + (month === 0 ? 1 : 0);
	return `${MONTHS[month]} ${year}`;
}

/** How a note names the person; `dative` after "mit" (Herrn, not Herr). */
function who(ctx: NoteContext, dative = false): string {
	if (ctx.group === 'child') return ctx.firstName;
	if (ctx.sex === 'f') return `Frau ${ctx.lastName}`;
	if (ctx.sex === 'm') return `${dative ? 'Herrn' : 'Herr'} ${ctx.lastName}`;
	return `${ctx.firstName} ${ctx.lastName}`;
}

function job(ctx: NoteContext, rng: Random): string {
	if (ctx.sex === 'f')
		return rng.pick([
			'Mitarbeiterin Reinigung',
			'Pflegehelferin SRK',
			'Küchenhilfe',
			'Mitarbeiterin Logistik',
			'Verkäuferin',
			'Mitarbeiterin Hauswirtschaft'
		]);
	if (ctx.sex === 'm')
		return rng.pick([
			'Mitarbeiter Reinigung',
			'Küchenhilfe',
			'Lagermitarbeiter',
			'Bauhelfer',
			'Mitarbeiter Produktion',
			'Chauffeur Kategorie B'
		]);
	return rng.pick(['Küchenhilfe', 'Mitarbeit Logistik', 'Mitarbeit Produktion']);
}

/** Occupational fields, with the preposition and article German needs in "Erfahrung im …". */
const BRANCHES: readonly { name: string; in: string }[] = [
	{ name: 'Gastronomie', in: 'in der Gastronomie' },
	{ name: 'Logistik', in: 'in der Logistik' },
	{ name: 'Reinigung', in: 'in der Reinigung' },
	{ name: 'Gartenbau', in: 'im Gartenbau' },
	{ name: 'Detailhandel', in: 'im Detailhandel' },
	{ name: 'Pflege', in: 'in der Pflege' },
	{ name: 'Metallbau', in: 'im Metallbau' },
	{ name: 'Produktion', in: 'in der Produktion' }
];
const APPRENTICESHIPS = [
	'Logistiker/in EBA',
	'Küchenangestellte/r EBA',
	'Assistent/in Gesundheit und Soziales EBA',
	'Detailhandelsassistent/in EBA',
	'Fachmann/-frau Betriebsunterhalt EFZ',
	'Praktiker/in PRA Gartenbau'
];

const ADULTS = (ctx: NoteContext) => ctx.group === 'adult';
const GROWN = (ctx: NoteContext) => ctx.group !== 'child';
const YOUTH = (ctx: NoteContext) => ctx.group === 'youth';

export function intake(ctx: NoteContext, rng: Random): string[] {
	const interpreter = `Interkulturell Dolmetschende für ${ctx.language} anwesend.`;
	if (ctx.group === 'child') {
		return [
			`Erstgespräch mit der Familie von ${ctx.firstName} (${ctx.age} J.) geführt. ${interpreter}`,
			rng.pick([
				'Schulpflicht und Anmeldung bei der Schulverwaltung besprochen; Impfausweis fehlt, Kinderarzt wird organisiert.',
				'Die Mutter kümmert sich allein um die Kinder. Bedarf an Frühförderung und Kinderbetreuung abgeklärt.',
				'Familie wohnt in einer Wohnung der Gemeinde; Kinderzulagen beantragt.'
			])
		];
	}
	const paragraphs = [`Erstgespräch mit ${who(ctx, true)} geführt, Wohnort ${ctx.municipality}. ${interpreter}`];
	paragraphs.push(
		rng.pick([
			'Wohnsituation: vorläufig in einer Kollektivunterkunft, Wohnungssuche ist ein Thema.',
			`Wohnsituation: Wohnung in ${ctx.municipality}, Mietvertrag liegt vor.`,
			'Wohnt bei einer Gastfamilie; die Situation ist für beide Seiten tragbar, ein Umzug ist mittelfristig geplant.'
		])
	);
	if (rng.chance(0.6)) {
		paragraphs.push(
			rng.pick([
				'Ablauf der Fallführung, Rechte und Pflichten erklärt. Einwilligung zum Datenaustausch mit RAV und BIZ besprochen und unterschrieben.',
				'Ausweis, Schulzeugnisse und Arbeitsbestätigungen kopiert und im Dossier abgelegt. Nächster Termin in drei Wochen.',
				'Krankenkasse und Hausarzt sind organisiert. Ziele für die ersten Monate: Deutsch lernen, Alltag organisieren.'
			])
		);
	}
	return paragraphs;
}

export function closing(ctx: NoteContext, rng: Random): string[] {
	const reasons = [
		'Wegzug in einen anderen Kanton; Dossier mit Einwilligung an die zuständige Stelle übergeben.',
		ctx.socialAssistance
			? 'Ablösung von der Sozialhilfe dank Erwerbseinkommen; Fall wird abgeschlossen.'
			: 'Stelle angetreten, Ziele des Integrationsplans erreicht; Fall wird abgeschlossen.',
		'Zuständigkeit geht an die Wohngemeinde über; Übergabegespräch ist erfolgt.'
	];
	if (ctx.protectionS) reasons.push('Rückkehr in die Ukraine gemeldet; Ausweis S abgegeben, Fall abgeschlossen.');
	return [`Fallabschluss. ${rng.pick(reasons)}`];
}

export const TOPICS: readonly Topic[] = [
	{
		id: 'deutschkurs-a1',
		stage: 2,
		type: 'followUp',
		fits: GROWN,
		write: (ctx, rng) => [
			`Anmeldung Deutschkurs A1 bei der Sprachschule Aare, Kursbeginn ${nextMonth(ctx.date)}, ${rng.pick(['vier', 'drei', 'fünf'])} Halbtage pro Woche.`,
			...(rng.chance(0.3)
				? ['Einstufung: nicht in lateinischer Schrift alphabetisiert, deshalb zuerst Alphabetisierungskurs.']
				: [])
		]
	},
	{
		id: 'kurzassessment',
		stage: 2,
		type: 'integration',
		fits: GROWN,
		write: (ctx, rng) => [
			`Kurzassessment mit ${who(ctx, true)} durchgeführt. Schulbildung: ${rng.int(4, 12)} Jahre; Berufserfahrung ${rng.pick(BRANCHES).in}.`,
			`Eigenes Ziel: ${rng.pick(['rasch eine Arbeitsstelle finden', 'zuerst Deutsch bis B1 lernen', 'eine Ausbildung machen', 'im früheren Beruf wieder arbeiten'])}.`
		]
	},
	{
		id: 'wohnung',
		stage: 2,
		type: 'followUp',
		fits: ADULTS,
		write: (ctx, rng) => [
			`Wohnungssuche: ${rng.int(2, 6)} Bewerbungen in ${ctx.municipality} und Umgebung, eine Besichtigung nächste Woche. ${ctx.socialAssistance ? 'Mietzinsrichtlinien der Sozialhilfe erklärt.' : 'Auf Wohnungsportale und übliche Mietzinse hingewiesen.'}`
		]
	},
	{
		id: 'kinderbetreuung',
		stage: 2,
		type: 'followUp',
		fits: (ctx) => ctx.group === 'adult' && ctx.sex === 'f' && ctx.age < 45,
		write: (ctx) => [
			`Kita-Platz für das jüngste Kind in ${ctx.municipality} ab ${nextMonth(ctx.date)} bestätigt; damit ist der Kursbesuch möglich.`
		]
	},
	{
		id: 'ausweis-s',
		stage: 3,
		type: 'note',
		fits: (ctx) => ctx.protectionS && ctx.group !== 'child',
		write: () => ['Verlängerung des Ausweises S beim Migrationsamt beantragt, Kopie der Bestätigung im Dossier.']
	},
	{
		id: 'diplom',
		stage: 3,
		type: 'note',
		fits: ADULTS,
		write: (ctx, rng) => [
			`Anerkennung des ausländischen Abschlusses als ${rng.pick(['Pflegefachperson', 'Lehrperson', 'Buchhalter/in', 'Elektriker/in', 'Ingenieur/in'])} eingeleitet; beglaubigte Übersetzungen liegen vor.`
		]
	},
	{
		id: 'potenzialabklaerung',
		stage: 3,
		type: 'integration',
		fits: ADULTS,
		write: () => [
			'Zuweisung zur vertieften Potenzialabklärung bei Arbeitsintegration Dünnern. Bericht wird in sechs Wochen erwartet.'
		]
	},
	{
		id: 'deutschkurs-a2',
		stage: 4,
		type: 'followUp',
		fits: GROWN,
		write: (ctx) => [
			`Deutsch A1 abgeschlossen, Zertifikat liegt vor. Anschlusskurs A2 ab ${nextMonth(ctx.date)} bewilligt.`
		]
	},
	{
		id: 'integration-arbeit',
		stage: 4,
		type: 'integration',
		fits: ADULTS,
		write: () => [
			'Gemäss Potenzialabklärung erwerbsfähig, aber noch nicht vermittelbar. Zuweisung ins AMI-Programm integration.arbeit, Start in zwei Wochen.'
		]
	},
	{
		id: 'beschaeftigung',
		stage: 4,
		type: 'integration',
		fits: ADULTS,
		write: () => [
			'Derzeit aus gesundheitlichen Gründen nicht erwerbsfähig. Zuweisung Beschäftigung I zum Aufbau einer Tagesstruktur.',
			'Einzelheiten in den vertraulichen Notizen.'
		]
	},
	{
		id: 'standort',
		stage: 5,
		type: 'integration',
		fits: GROWN,
		write: (ctx, rng) => [
			`Standortgespräch mit ${who(ctx, true)}: Ziele im Integrationsplan überprüft.`,
			rng.pick([
				'Fortschritte beim Deutsch sind deutlich; nächstes Ziel ist die Prüfung A2.',
				'Kursbesuch unregelmässig, Gründe besprochen; Vereinbarung schriftlich festgehalten.',
				'Motivation hoch, sucht aktiv eine Stelle. Bewerbungsdossier gemeinsam aktualisiert.'
			])
		]
	},
	{
		id: 'rav',
		stage: 5,
		type: 'contact',
		fits: ADULTS,
		write: (ctx) => [
			`Termin ${ctx.rav}: Anmeldung als stellensuchend erfolgt, erwerbsfähig und vermittelbar.`,
			'Gemeinsames Gespräch mit der RAV-Beratung; Bewerbungsdossier wird überarbeitet.'
		]
	},
	{
		id: 'probeeinsatz',
		stage: 6,
		type: 'contact',
		fits: GROWN,
		write: (ctx, rng) => [
			`Probeeinsatz von zwei Wochen ${rng.pick(BRANCHES).in} bei einem Betrieb in ${ctx.municipality} vereinbart.`,
			...(rng.chance(0.5)
				? ['Rückmeldung Betrieb: zuverlässig und pünktlich, Deutsch für den Arbeitsalltag knapp ausreichend.']
				: [])
		]
	},
	{
		id: 'anstellung',
		stage: 7,
		type: 'followUp',
		fits: ADULTS,
		write: (ctx, rng) => [
			`Arbeitsvertrag unterzeichnet: ${rng.pick([40, 50, 60, 80, 100])} % als ${job(ctx, rng)}, Beginn ${nextMonth(ctx.date)}.`,
			ctx.socialAssistance
				? 'Meldung an das Migrationsamt erfolgt; Unterstützungsbudget wird angepasst.'
				: 'Meldung an das Migrationsamt erfolgt.'
		]
	},
	{
		id: 'biz',
		stage: 2,
		type: 'contact',
		fits: YOUTH,
		write: (ctx, rng) => [
			`Beratungstermin im BIZ Solothurn zur Berufswahl. Interesse an einer Lehre ${rng.pick(BRANCHES).in}; ${who(ctx)} möchte nach dem Deutschkurs schnuppern.`
		]
	},
	{
		id: 'integrationsjahr',
		stage: 3,
		type: 'note',
		fits: YOUTH,
		write: (ctx, rng) => {
			const year = Number(ctx.date.slice(0, 4)) + (ctx.date.slice(5, 7) > '06' ? 1 : 0);
			return [
				`Anmeldung Integrationsjahr ${rng.pick(['Orientierung', 'Berufsvorbereitung'])} für das Schuljahr ${year}/${String(year + 1).slice(2)} eingereicht.`
			];
		}
	},
	{
		id: 'bvj',
		stage: 3,
		type: 'note',
		fits: (ctx) => ctx.group === 'youth' && ctx.age <= 20,
		write: () => ['Aufnahme ins Brückenangebot BVJ bestätigt; Stundenplan und Schulweg besprochen.']
	},
	{
		id: 'schnupperlehre',
		stage: 5,
		type: 'contact',
		fits: YOUTH,
		write: (_, rng) => [
			`Schnupperlehre als ${rng.pick(APPRENTICESHIPS)} während einer Woche. Rückmeldung des Betriebs positiv.`
		]
	},
	{
		id: 'invol',
		stage: 6,
		type: 'followUp',
		fits: YOUTH,
		write: (_, rng) => [
			`Zusage für die Integrationsvorlehre (INVOL) im Berufsfeld ${rng.pick(BRANCHES).name} ab August.`
		]
	},
	{
		id: 'lehrvertrag',
		stage: 7,
		type: 'followUp',
		fits: YOUTH,
		write: (_, rng) => [
			`Lehrvertrag als ${rng.pick(APPRENTICESHIPS)} unterschrieben. Lehrbeginn im August, Stipendiengesuch eingereicht.`
		]
	},
	{
		id: 'spielgruppe',
		stage: 2,
		type: 'note',
		fits: (ctx) => ctx.group === 'child' && ctx.age <= 4,
		write: (ctx) => [
			`Anmeldung Spielgruppe mit Deutschförderung (Frühe Förderung) in ${ctx.municipality} ab ${nextMonth(ctx.date)}.`
		]
	},
	{
		id: 'einschulung',
		stage: 2,
		type: 'contact',
		fits: (ctx) => ctx.group === 'child' && ctx.age >= 5,
		write: (ctx, rng) => [
			`Einschulung in ${ctx.municipality}: Eintritt in die ${Math.min(Math.max(ctx.age - 5, 1), 9)}. Klasse, Deutsch als Zweitsprache (DaZ) ${rng.int(3, 6)} Lektionen pro Woche.`
		]
	},
	{
		id: 'elterngespraech',
		stage: 4,
		type: 'contact',
		fits: (ctx) => ctx.group === 'child' && ctx.age >= 5,
		write: (ctx, rng) => [
			`Elterngespräch in der Schule mit Dolmetscherin. ${ctx.firstName} ${rng.pick(['macht gute Fortschritte im Deutsch', 'braucht mehr Unterstützung bei den Hausaufgaben', 'hat Anschluss in der Klasse gefunden'])}.`
		]
	},
	{
		id: 'freizeit',
		stage: 4,
		type: 'note',
		fits: (ctx) => ctx.group === 'child' && ctx.age >= 6,
		write: (ctx, rng) => [
			`Anmeldung im ${rng.pick(['Fussballclub', 'Schwimmkurs', 'Musikunterricht', 'Turnverein'])} in ${ctx.municipality}; Kosten über den Integrationsfonds übernommen.`
		]
	}
];
