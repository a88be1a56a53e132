/**
 * Demo potential assessments for the seeded caseload: one to three dated assessments per person
 * aged 16+, with the local language improving over time, results that follow the person's
 * situation, and recommended offers taken from the allocation rules themselves. Health limits
 * go into the confidential doc. The dated situation history follows from the assessments
 * (see dossier-situations.ts).
 *
 * Own random stream per case (seed, 20, index), fixed entry ids and a fixed clientID for the
 * confidential doc: the same seed and day store the same bytes.
 */
import * as Y from 'yjs';
import * as assessment from '../../src/lib/model/assessment';
import type { Assessment, Pathway, YesNo, YesPartlyNo } from '../../src/lib/model/assessment';
import { LEVELS, type Level } from '../../src/lib/model/cefr';
import * as entries from '../../src/lib/model/entries';
import { confidentialRoots, type IsoDate } from '../../src/lib/model/schema';
import * as allocation from '../../src/lib/rules/allocation';
import { confidentialDoc } from '../../src/lib/shared/docname';
import type { DocStorage } from '../storage/storage';
import { USERS } from './canton';
import * as days from '../../src/lib/rules/calendar';
import * as situations from './dossier-situations';
import { NAMES, type Nationality } from './names';
import { CATALOGUE } from './offers';
import type { SeedCase } from './persons';
import * as random from './random';

export interface SeedInput {
	storage: DocStorage;
	doc: Y.Doc;
	item: SeedCase;
	seed: number;
	index: number;
	today: IsoDate;
	/** Storage timestamp of seeded updates. */
	at: number;
	origin: string;
}

/** A person's stable background, drawn once and carried through all their assessments. */
interface Background {
	nationality: Nationality;
	literate: boolean;
	childcare: boolean;
	health: boolean;
	values: Partial<Assessment>;
}

const OTHER_LANGUAGES: Record<Nationality, readonly string[]> = {
	UA: ['Russisch', 'Englisch'],
	AF: ['Farsi', 'Paschtu', 'Englisch'],
	ER: ['Arabisch', 'Amharisch', 'Englisch'],
	SY: ['Kurdisch', 'Englisch', 'Türkisch'],
	TR: ['Kurdisch', 'Englisch'],
	SO: ['Arabisch', 'Englisch'],
	IR: ['Englisch', 'Türkisch']
};

const WORK: readonly (readonly [string, string])[] = [
	['Verkauf', 'Detailhandel'],
	['Lehrperson Primarschule', 'Bildung'],
	['Buchhaltung', 'Finanzen'],
	['Pflegefachperson', 'Gesundheit'],
	['Bauarbeiter/in', 'Bau'],
	['Näherin / Schneider', 'Textil'],
	['Landwirtschaft', 'Landwirtschaft'],
	['Koch / Köchin', 'Gastronomie'],
	['Lastwagenfahrer/in', 'Transport'],
	['Elektriker/in', 'Bau'],
	['Coiffeur/Coiffeuse', 'Dienstleistungen'],
	['Informatiker/in', 'IT'],
	['Automechaniker/in', 'Fahrzeuge'],
	['Reinigung', 'Gebäudeunterhalt']
];

const GOALS = {
	youth: [
		'Eine Lehre als Fachfrau/Fachmann Gesundheit beginnen',
		'Lehrstelle im Detailhandel finden',
		'Matura nachholen und studieren',
		'Lehre als Logistiker/in EBA'
	],
	adult: [
		'Eine Stelle im erlernten Beruf finden',
		'Diplom anerkennen lassen',
		'Von der Sozialhilfe unabhängig werden',
		'Deutsch bis B1 lernen und eine Teilzeitstelle finden',
		'Pflegehelfer/in SRK werden'
	]
};

export async function seed(input: SeedInput): Promise<void> {
	const { item, today, doc, origin } = input;
	const age = days.age(item.person.birthDate, today);
	if (age < 16) return;
	const rng = random.create(random.derive(input.seed, 20, input.index));
	const dates = assessmentDates(rng, item, today);
	if (dates.length === 0) return;
	const background = backgroundOf(rng, item, age);
	const made: Assessment[] = [];
	let level = startLevel(rng, background, item.person.entryDate, dates[0] as IsoDate);
	for (const [i, date] of dates.entries()) {
		if (i > 0)
			level = Math.min(
				level +
					rng.weighted([
						[0, 25],
						[1, 50],
						[2, 25]
					] as const),
				4
			);
		const values = assessmentValues(rng, item, background, date, i, level, today);
		const id = `${item.id}-a${i + 1}`;
		assessment.add(doc, values, origin, id);
		made.push({ ...assessment.EMPTY, ...values, id });
	}
	situations.write(doc, rng, item, made, today, origin);
	if (background.health) await writeHealth(input, rng, made);
}

function assessmentDates(rng: random.Random, item: SeedCase, today: IsoDate): IsoDate[] {
	const end = item.info.closedAt || days.addDays(today, -1);
	// Potential assessments are for persons aged 16+: a teenager is first assessed after turning 16.
	const first = days.max(days.addDays(item.info.openedAt, rng.int(14, 100)), days.addYears(item.person.birthDate, 16));
	if (first > end)
		return item.info.phase === 'intake' && end >= days.addYears(item.person.birthDate, 16) && rng.chance(0.4)
			? [end]
			: [];
	const out = [first];
	const wanted = rng.weighted([
		[1, 35],
		[2, 40],
		[3, 25]
	] as const);
	while (out.length < wanted) {
		const next = days.addDays(out.at(-1) as IsoDate, rng.int(180, 540));
		if (next > end) break;
		out.push(next);
	}
	return out;
}

function backgroundOf(rng: random.Random, item: SeedCase, age: number): Background {
	const nationality = item.person.nationality as Nationality;
	const ukrainian = nationality === 'UA';
	const literate = ukrainian || rng.chance(nationality === 'SO' || nationality === 'AF' ? 0.7 : 0.85);
	// Nobody went to school for more years than their age allows (school starts at about 6).
	const schoolingYears = Math.min(
		!literate ? rng.int(0, 3) : ukrainian ? rng.int(11, 16) : rng.int(5, 15),
		Math.max(0, days.age(item.person.birthDate, item.person.entryDate) - 6)
	);
	const schoolingLevel =
		schoolingYears === 0
			? 'none'
			: schoolingYears <= 6
				? 'primary'
				: schoolingYears <= 9
					? 'lowerSecondary'
					: schoolingYears <= 12
						? 'upperSecondary'
						: 'tertiary';
	const adult = age > 25;
	const work = adult ? rng.shuffle(WORK).slice(0, rng.int(0, 2)) : [];
	const female = item.person.sex === 'f';
	const childcare = age >= 20 && age <= 45 && rng.chance(female ? 0.4 : 0.1);
	const health = rng.chance(0.08);
	return {
		nationality,
		literate,
		childcare,
		health,
		values: {
			firstLanguage: NAMES[nationality].language,
			otherLanguages: rng.chance(0.6) ? [rng.pick(OTHER_LANGUAGES[nationality])] : [],
			literateFirstLanguage: literate ? 'yes' : 'no',
			literateLatinScript: literate && (ukrainian ? rng.chance(0.8) : rng.chance(0.6)) ? 'yes' : 'no',
			schoolingYears,
			schoolingLevel,
			schoolingCountry: countryName(nationality),
			diplomas:
				schoolingLevel === 'tertiary' && age >= 21
					? [
							{
								title: ukrainian ? 'Bachelor (Universität)' : 'Hochschuldiplom',
								recognition: rng.pick(['recognized', 'pending', 'notRecognized', 'unknown'] as const)
							}
						]
					: [],
			vocationalTraining: adult && rng.chance(0.4) ? `${(work[0] ?? rng.pick(WORK))[0]} (im Herkunftsland)` : '',
			workExperience: work.map(([occupation, sector]) => ({ occupation, sector, years: rng.int(1, 15) })),
			digitalSkills: ukrainian
				? rng.pick(['basic', 'good'] as const)
				: rng.pick(['none', 'basic', 'basic', 'good'] as const),
			drivingLicence: rng.chance(adult ? 0.45 : 0.1) ? 'yes' : 'no',
			familySituation: !adult
				? rng.pick(['ledig, lebt bei den Eltern', 'ledig', 'unbegleitet eingereist'])
				: childcare
					? rng.pick([
							'alleinerziehend, 1 Kind',
							'verheiratet, 2 Kinder',
							'verheiratet, 3 Kinder',
							'alleinerziehend, 2 Kinder'
						])
					: rng.pick([
							'ledig',
							'verheiratet, Kinder erwachsen',
							'verheiratet, keine Kinder',
							'ledig, Familie im Herkunftsland'
						]),
			childcareNeeded: childcare ? 'yes' : 'no',
			youngestChildAge: childcare ? rng.int(0, 6) : null,
			housing: rng.pick(
				ukrainian
					? ['bei Gastfamilie', 'eigene Mietwohnung', 'Kollektivunterkunft']
					: ['Wohnung der Gemeinde', 'eigene Mietwohnung', 'Kollektivunterkunft']
			),
			mobility: rng.pick(['ÖV-Abo', 'Velo', 'ÖV ohne Abo', 'Auto']),
			goals: rng.pick(adult ? GOALS.adult : GOALS.youth)
		}
	};
}

function countryName(nationality: Nationality): string {
	return { UA: 'Ukraine', AF: 'Afghanistan', ER: 'Eritrea', SY: 'Syrien', TR: 'Türkei', SO: 'Somalia', IR: 'Iran' }[
		nationality
	];
}

/** Overall level rank at the first assessment: more time in Switzerland, more German. */
function startLevel(rng: random.Random, background: Background, entryDate: IsoDate, date: IsoDate): number {
	if (!background.literate) return rng.int(0, 1);
	const years = days.between(entryDate, date) / 365;
	return Math.max(0, Math.min(3, Math.round(years * 0.9) + rng.int(0, 1)));
}

function skills(rng: random.Random, overall: number): Assessment['localLanguage'] {
	const at = (extra: number): Level => LEVELS[Math.min(overall + extra, 5)] as Level;
	// Listening and speaking usually run ahead of writing, which sets the overall (lowest) level.
	return { listening: at(rng.int(0, 1)), reading: at(rng.int(0, 1)), speaking: at(rng.int(0, 1)), writing: at(0) };
}

function assessmentValues(
	rng: random.Random,
	item: SeedCase,
	background: Background,
	date: IsoDate,
	i: number,
	level: number,
	today: IsoDate
): Omit<Assessment, 'id'> {
	const age = days.age(item.person.birthDate, date);
	const manager = USERS.find((u) => u.id === item.info.managerId)?.displayName ?? '';
	const health = background.health && i === 0 ? rng.chance(0.5) : background.health;
	const result = results(rng, age, level, health, background.childcare && i === 0);
	const { employable, pathway } = result;
	// A first short assessment of someone with little German often cannot judge placeability yet (5.4.1).
	const placeable =
		i === 0 && level <= 1 && employable !== 'no' && result.placeable === 'no' ? 'unclear' : result.placeable;
	// Not everyone who cannot work for health reasons needs to build up a daily structure (5.7.1).
	const dailyStructureNeeded = health ? (rng.chance(0.7) ? 'yes' : 'no') : 'no';
	const base: Omit<Assessment, 'id'> = {
		...assessment.EMPTY,
		...background.values,
		kind: i === 0 ? 'short' : rng.chance(0.6) ? 'deep' : 'practical',
		date,
		assessor: i === 0 || rng.chance(0.5) ? manager : 'Fachstelle Potenzialabklärung AGS',
		localLanguage: skills(rng, level),
		levelMethod: i === 0 && rng.chance(0.6) ? 'estimate' : 'test',
		levelDate: days.max(item.person.entryDate, days.addDays(date, -rng.int(0, 20))),
		socialContacts: rng.pick(['yes', 'partly', 'partly', 'no'] as const),
		availability: background.childcare
			? 'vormittags, während die Kinder betreut sind'
			: rng.pick(['ganztags', 'Teilzeit bis 60 %', 'ab sofort ganztags']),
		resources: rng.pick([
			'motiviert, zuverlässig',
			'Berufserfahrung, handwerkliches Geschick',
			'gutes Netzwerk in der Gemeinde',
			'lernt schnell'
		]),
		barriers: rng.pick([
			'Deutschkenntnisse',
			'Kinderbetreuung',
			'fehlende Anerkennung des Diploms',
			'Gesundheit',
			'keine Berufserfahrung in der Schweiz'
		]),
		employable,
		placeable,
		healthLimited: health,
		dailyStructureNeeded,
		pathway
	};
	const facts = allocation.factsFrom({
		birthDate: item.person.birthDate,
		residence: statusPeriods(item),
		latest: { ...base, id: '' },
		situations: [],
		today: date <= today ? date : today
	});
	// The caseworker ticks the first offer of each rule that fires, as the screen suggests.
	return {
		...base,
		recommendedOffers: allocation
			.suggest(facts, CATALOGUE)
			.map((s) => (s.offers[0] as allocation.SuggestedOffer).ref.id)
	};
}

function results(
	rng: random.Random,
	age: number,
	level: number,
	health: boolean,
	childcare: boolean
): { employable: YesPartlyNo; placeable: YesNo; pathway: Pathway } {
	if (health) return { employable: 'no', placeable: 'no', pathway: 'social' };
	if (age <= 25)
		return {
			employable: rng.chance(0.7) ? 'yes' : 'partly',
			placeable: age >= 18 && rng.chance(0.15) ? 'yes' : 'no',
			pathway: 'education1625'
		};
	const employable = rng.weighted<YesPartlyNo>(
		level >= 2
			? [
					['yes', 60],
					['partly', 32],
					['no', 8]
				]
			: [
					['yes', 35],
					['partly', 50],
					['no', 15]
				]
	);
	const placeable: YesNo =
		employable === 'yes' && rng.chance(level >= 2 ? 0.65 : 0.3)
			? 'yes'
			: employable === 'partly' && rng.chance(0.15)
				? 'yes'
				: 'no';
	const pathway: Pathway =
		employable === 'no'
			? 'deferred'
			: childcare && rng.chance(0.4)
				? 'deferred'
				: age <= 45 && rng.chance(0.15)
					? 'adultVocational'
					: 'labourMarket';
	return { employable, placeable, pathway };
}

/** The residence periods as the model lists them (ends filled in), for the rules' status fact. */
function statusPeriods(item: SeedCase) {
	return item.residence.map((s, i) => {
		const next = item.residence[i + 1];
		return { id: s.id, status: s.status, from: s.from, to: next ? days.addDays(next.from, -1) : '' };
	});
}

async function writeHealth(input: SeedInput, rng: random.Random, made: Assessment[]): Promise<void> {
	const doc = new Y.Doc();
	doc.clientID = random.derive(input.seed, 21, input.index);
	const health = confidentialRoots.health(doc);
	for (const [i, a] of made.entries()) {
		if (!a.healthLimited) continue;
		const limits = rng.pick([
			'Rückenleiden, kein Heben über 10 kg',
			'posttraumatische Belastungsstörung in Behandlung',
			'Diabetes, regelmässige Arzttermine',
			'chronische Schmerzen, ärztliches Zeugnis liegt vor'
		]);
		entries.add(
			doc,
			health,
			{ assessmentId: a.id, workCapacityPercent: rng.pick([0, 20, 30, 50]), limits },
			input.origin,
			`${input.item.id}-h${i + 1}`
		);
	}
	if (health.length > 0)
		await input.storage.append(confidentialDoc(input.item.id), Y.encodeStateAsUpdate(doc), {
			userId: null,
			at: input.at
		});
	doc.destroy();
}
