/**
 * Milestones (Meilensteine) as data: targets relative to a person's entry date, drawn on the
 * integration timeline and checked against the dated facts of the case. The table below is the
 * documentation users see (label + description); the evaluator is pure and takes `today`.
 *
 * Tracks: recognized refugees (B-FL) are followed for 5 years, provisionally admitted persons
 * (F, F-FL) for 7 years (IAS; recommendation 16 of the BFH/socialdesign study), persons with
 * status S from arrival with the Programm S targets. The Programm S employment rates are
 * population targets, not individual duties: they are drawn as reference markers and never
 * turn red for one person.
 */
import * as assessment from '$lib/model/assessment';
import { atLeast, type Level } from '$lib/model/cefr';
import type { Status, StatusPeriod } from '$lib/model/residence';
import type { IsoDate } from '$lib/model/schema';
import * as situation from '$lib/model/situation';

export type Track = 'refugee' | 'provisional' | 'protectionS';

export const TRACK_YEARS: Record<Track, number> = { refugee: 5, provisional: 7, protectionS: 5 };

export type Check =
	| { kind: 'languageAtLeast'; level: Level }
	| { kind: 'employedPrimary' }
	| { kind: 'inEducation' }
	/** A population target: shown for orientation, never evaluated for one person. */
	| { kind: 'reference' };

export interface Milestone {
	id: string;
	label: string;
	description: string;
	tracks: readonly Track[];
	offsetMonths: number;
	/** Age at entry the milestone applies to, both ends included; null = any age. */
	ageAtEntry: readonly [number, number] | null;
	check: Check;
	source: string;
}

export const MILESTONES: readonly Milestone[] = [
	{
		id: 'ias-language-a1',
		label: 'Sprache A1 nach 3 Jahren',
		description:
			'Drei Jahre nach der Einreise verfügt die Person über Grundkenntnisse der lokalen Landessprache (mindestens A1 in jeder abgeklärten Fertigkeit, letzte Potenzialabklärung).',
		tracks: ['refugee', 'provisional'],
		offsetMonths: 36,
		ageAtEntry: [6, 64],
		check: { kind: 'languageAtLeast', level: 'A1' },
		source: 'Integrationsagenda Schweiz, Wirkungsziel 1'
	},
	{
		id: 'ias-education',
		label: 'Ausbildung nach 5 Jahren',
		description:
			'Fünf Jahre nach der Einreise ist eine Person, die mit 16–25 Jahren eingereist ist, in einer Ausbildung auf Sekundarstufe II, in einem Brückenangebot oder hat eine solche abgeschlossen.',
		tracks: ['refugee', 'provisional'],
		offsetMonths: 60,
		ageAtEntry: [16, 25],
		check: { kind: 'inEducation' },
		source: 'Integrationsagenda Schweiz, Wirkungsziel 3'
	},
	{
		id: 'ias-labour',
		label: 'Erster Arbeitsmarkt nach 7 Jahren',
		description:
			'Sieben Jahre nach der Einreise ist eine Person, die mit 16–55 Jahren eingereist ist, im ersten Arbeitsmarkt erwerbstätig.',
		tracks: ['provisional'],
		offsetMonths: 84,
		ageAtEntry: [16, 55],
		check: { kind: 'employedPrimary' },
		source: 'Integrationsagenda Schweiz, Wirkungsziel 4'
	},
	{
		id: 'programm-s-employment-50',
		label: 'Programm S: Erwerbsquote 50 % nach 3 Jahren',
		description:
			'Zielwert für alle Personen mit Status S, die seit mindestens drei Jahren in der Schweiz sind (Bund, Ende 2025; Ende 2024: 40 %). Ein Zielwert für die Gesamtheit, keine Pflicht der einzelnen Person.',
		tracks: ['protectionS'],
		offsetMonths: 36,
		ageAtEntry: [18, 64],
		check: { kind: 'reference' },
		source: 'Programm S, Kanton Solothurn'
	}
];

/** The status that decides how long the person is followed: the latest VA/Flü or S period. */
export function trackOf(periods: readonly Pick<StatusPeriod, 'status' | 'from'>[]): Track | null {
	const relevant = [...periods]
		.filter((p) => TRACK_OF_STATUS[p.status] !== undefined)
		.sort((a, b) => a.from.localeCompare(b.from));
	const last = relevant.at(-1);
	return last ? (TRACK_OF_STATUS[last.status] ?? null) : null;
}

const TRACK_OF_STATUS: Partial<Record<Status, Track>> = {
	'B-FL': 'refugee',
	F: 'provisional',
	'F-FL': 'provisional',
	S: 'protectionS'
};

export type MilestoneState = 'met' | 'missed' | 'open' | 'reference';

export interface Evaluated {
	milestone: Milestone;
	due: IsoDate;
	state: MilestoneState;
	/** Why, in German, for the tooltip and the list. */
	reason: string;
}

export interface Facts {
	entryDate: IsoDate;
	birthDate: IsoDate;
	residence: readonly Pick<StatusPeriod, 'status' | 'from'>[];
	assessments: readonly Pick<assessment.Assessment, 'date' | 'localLanguage'>[];
	situations: readonly situation.Situation[];
}

/** Milestones that apply to this person, evaluated at `today`. Empty without an entry date. */
export function evaluate(facts: Facts, today: IsoDate): Evaluated[] {
	const track = trackOf(facts.residence);
	if (!facts.entryDate || !track) return [];
	const age = facts.birthDate ? yearsBetween(facts.birthDate, facts.entryDate) : null;
	return MILESTONES.filter((m) => m.tracks.includes(track))
		.filter((m) => !m.ageAtEntry || age === null || (age >= m.ageAtEntry[0] && age <= m.ageAtEntry[1]))
		.map((milestone) => {
			const due = addMonths(facts.entryDate, milestone.offsetMonths);
			if (milestone.check.kind === 'reference')
				return { milestone, due, state: 'reference' as const, reason: milestone.description };
			const at = due <= today ? due : today;
			const holds = holdsAt(milestone.check, facts, at);
			const state: MilestoneState = holds ? 'met' : due <= today ? 'missed' : 'open';
			return { milestone, due, state, reason: explain(milestone.check, facts, at, state) };
		});
}

function holdsAt(check: Check, facts: Facts, date: IsoDate): boolean {
	switch (check.kind) {
		case 'languageAtLeast':
			return atLeast(levelAt(facts.assessments, date), check.level);
		case 'employedPrimary':
			return situation
				.activeAt([...facts.situations], date)
				.some((s) => s.kind === 'employed' && s.labourMarket === 'primary');
		case 'inEducation':
			return facts.situations.some(
				(s) =>
					(s.kind === 'apprenticeship' ||
						(s.kind === 'education' && (s.educationType === 'transitional' || s.educationType === 'upperSecondary'))) &&
					s.from !== '' &&
					s.from <= date &&
					(s.to === '' || date <= s.to || s.completed)
			);
		case 'reference':
			return false;
	}
}

/** The overall local-language level of the latest assessment on or before `date`. */
export function levelAt(assessments: Facts['assessments'], date: IsoDate): Level | '' {
	const before = assessments
		.filter((a) => a.date !== '' && a.date <= date)
		.sort((a, b) => a.date.localeCompare(b.date));
	const last = before.at(-1);
	return last ? assessment.overallLevel(last) : '';
}

function explain(check: Check, facts: Facts, date: IsoDate, state: MilestoneState): string {
	const word = state === 'met' ? 'erreicht' : state === 'missed' ? 'verpasst' : 'offen';
	if (check.kind === 'languageAtLeast') {
		const level = levelAt(facts.assessments, date);
		return `${word}: ${level ? `Niveau ${level}` : 'kein Sprachniveau abgeklärt'} (Ziel ${check.level})`;
	}
	if (check.kind === 'employedPrimary')
		return `${word}: ${state === 'met' ? 'im ersten Arbeitsmarkt erwerbstätig' : 'keine Erwerbstätigkeit im ersten Arbeitsmarkt erfasst'}`;
	return `${word}: ${state === 'met' ? 'in Ausbildung oder abgeschlossen' : 'keine Ausbildung erfasst'}`;
}

export function addMonths(date: IsoDate, months: number): IsoDate {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const total = y * 12 + (m - 1) + months;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	// Clamp the day: 31 January + 1 month is 28/29 February, not 2/3 March.
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function yearsBetween(from: IsoDate, to: IsoDate): number {
	const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
	return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
