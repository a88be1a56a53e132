/**
 * Deterministic generator of the demo caseload: fictitious persons with a dated residence
 * history, the case around them and a few journal notes. Pure data: seed.ts writes it into
 * Yjs docs through the model functions.
 *
 * Each case draws from its own random stream (seed, index), so changing how one case is made
 * does not reshuffle all the others.
 */
import type { CaseInfo, Phase } from '../../src/lib/model/caseinfo';
import type { EntryType } from '../../src/lib/model/journal';
import type { Person, Sex } from '../../src/lib/model/person';
import type { Status } from '../../src/lib/model/residence';
import type { IsoDate } from '../../src/lib/model/schema';
import { AGENCIES, CANTON, CASE_HOLDERS, caseManagers, type DemoUser } from './canton';
import * as days from '../../src/lib/rules/calendar';
import { NAMES, type Nationality } from './names';
import * as notes from './notes';
import * as random from './random';

export const DEFAULT_COUNT = 320;

/** The first day a status S could begin (the Federal Council activated it on 12 March 2022). */
const FIRST_S = '2022-03-12';

export interface SeedStatus {
	id: string;
	status: Status;
	from: IsoDate;
}

export interface SeedJournalEntry {
	id: string;
	date: IsoDate;
	authorId: string;
	authorName: string;
	/** The first note is the Erstinformationsgespräch; the others follow their topic (notes.ts). */
	type: EntryType;
	/** Creation time in ms since the epoch, on the entry's date. */
	now: number;
	paragraphs: string[];
}

export interface SeedCase {
	id: string;
	person: Person;
	/** Status changes in order; each one ends the previous period. */
	residence: SeedStatus[];
	info: CaseInfo;
	journal: SeedJournalEntry[];
}

export interface GenerateOptions {
	seed: number;
	today: IsoDate;
	count?: number;
}

export function caseId(index: number): string {
	return `c-${String(index + 1).padStart(4, '0')}`;
}

export function generate(options: GenerateOptions): SeedCase[] {
	if (!days.isIsoDate(options.today)) throw new RangeError(`today must be an ISO date, got "${options.today}"`);
	if (days.addDays(options.today, -120) < FIRST_S)
		throw new RangeError(`today (${options.today}) must be well after ${FIRST_S}`);
	const zemisTaken = new Set<string>();
	const out: SeedCase[] = [];
	for (let index = 0; index < (options.count ?? DEFAULT_COUNT); index++) {
		out.push(
			generateOne(caseId(index), random.create(random.derive(options.seed, 1, index)), options.today, zemisTaken)
		);
	}
	return out;
}

/** Relative weights of the nationalities among persons in the asylum process (not status S). */
const ASYLUM_ORIGINS: readonly (readonly [Nationality, number])[] = [
	['AF', 30],
	['ER', 20],
	['TR', 18],
	['SY', 15],
	['IR', 9],
	['SO', 8]
];

/** Outcome of the asylum procedure by nationality: provisional admission, as refugee or not, or asylum. */
const DECISIONS: Record<Exclude<Nationality, 'UA'>, readonly (readonly [Status, number])[]> = {
	AF: [
		['F', 60],
		['F-FL', 10],
		['B-FL', 30]
	],
	ER: [
		['F', 20],
		['F-FL', 30],
		['B-FL', 50]
	],
	SY: [
		['F', 45],
		['F-FL', 15],
		['B-FL', 40]
	],
	TR: [
		['F', 10],
		['F-FL', 15],
		['B-FL', 75]
	],
	SO: [
		['F', 70],
		['F-FL', 10],
		['B-FL', 20]
	],
	IR: [
		['F', 15],
		['F-FL', 25],
		['B-FL', 60]
	]
};

type Route = 'protection' | 'asylum' | 'direct';

function generateOne(id: string, rng: random.Random, today: IsoDate, zemisTaken: Set<string>): SeedCase {
	const route: Route = rng.chance(0.45) ? 'protection' : rng.chance(0.12) ? 'direct' : 'asylum';
	const nationality: Nationality = route === 'protection' ? 'UA' : rng.weighted(ASYLUM_ORIGINS);
	const entryDate = entry(rng, route, today);
	const birthDate = birth(rng, today, entryDate);
	const adult = days.age(birthDate, today) >= 18;
	const sex = sexOf(rng, nationality, adult);
	const pool = NAMES[nationality];
	const firstName = rng.pick(sex === 'f' ? pool.female : sex === 'm' ? pool.male : rng.pick([pool.female, pool.male]));
	const lastName = rng.pick(pool.last);

	const holder = rng.weighted(CASE_HOLDERS.map((h) => [h, h.share] as const));
	const manager = rng.pick(nonEmpty(caseManagers(holder.agencyId), holder.agencyId));
	const municipality = rng.pick(holder.municipalities);

	const residence = history(rng, id, route, nationality, entryDate, today);
	const info = caseInfo(rng, route, entryDate, today, holder.agencyId, manager.id);
	const person: Person = {
		lastName,
		firstName,
		birthDate,
		sex,
		nationality,
		zemis: zemis(rng, zemisTaken),
		entryDate,
		canton: CANTON.toUpperCase(),
		municipality
	};
	const context = {
		firstName,
		lastName,
		sex,
		municipality,
		language: pool.language,
		protectionS: route === 'protection',
		socialAssistance: receivesSocialAssistance(holder.agencyId),
		rav: ravFor(holder.agencyId),
		...ageGroup(days.age(birthDate, info.openedAt))
	};
	return { id, person, residence, info, journal: journal(rng, id, context, info, manager, today) };
}

function entry(rng: random.Random, route: Route, today: IsoDate): IsoDate {
	if (route === 'protection') {
		// Most people from Ukraine arrived in the first months after the status was activated.
		return rng.chance(0.55) ? rng.date(FIRST_S, '2022-07-31') : rng.date('2022-08-01', days.addDays(today, -60));
	}
	return rng.date(days.addYears(today, -7), days.addDays(today, -90));
}

function birth(rng: random.Random, today: IsoDate, entryDate: IsoDate): IsoDate {
	const [low, high] = rng.weighted<readonly [number, number]>([
		[[0, 5], 10],
		[[6, 15], 14],
		[[16, 25], 20],
		[[26, 45], 38],
		[[46, 64], 18]
	]);
	const age = rng.int(low, high);
	const date = rng.date(days.addDays(days.addYears(today, -(age + 1)), 1), days.addYears(today, -age));
	// The person came to Switzerland, so was born before entering: young children are shifted back.
	return date < entryDate ? date : rng.date(days.addYears(entryDate, -3), days.addDays(entryDate, -1));
}

function sexOf(rng: random.Random, nationality: Nationality, adult: boolean): Sex {
	if (rng.chance(0.008)) return 'x';
	// Adults fleeing Ukraine are mostly women (men of military age may not leave); asylum seekers mostly men.
	const female = !adult ? 0.5 : nationality === 'UA' ? 0.64 : 0.36;
	return rng.chance(female) ? 'f' : 'm';
}

/** A unique fictitious ZEMIS number, NNNNNNNN-N; the last digit is a Luhn check digit. */
function zemis(rng: random.Random, taken: Set<string>): string {
	for (;;) {
		const digits = String(rng.int(10_000_000, 99_999_999));
		const value = `${digits}-${luhn(digits)}`;
		if (!taken.has(value)) {
			taken.add(value);
			return value;
		}
	}
}

function luhn(digits: string): number {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let d = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
		sum += d;
	}
	return (10 - (sum % 10)) % 10;
}

function history(
	rng: random.Random,
	id: string,
	route: Route,
	nationality: Nationality,
	entryDate: IsoDate,
	today: IsoDate
): SeedStatus[] {
	const out: SeedStatus[] = [];
	const add = (status: Status, from: IsoDate) => out.push({ id: `${id}-s${out.length + 1}`, status, from });
	const yesterday = days.addDays(today, -1);
	if (nationality === 'UA') {
		add('S', entryDate);
		// A few got a regular permit B, e.g. through marriage or a hardship case.
		const earliestB = days.addYears(entryDate, 2);
		if (earliestB <= yesterday && rng.chance(0.05)) add('B', rng.date(earliestB, yesterday));
		return out;
	}
	let decided: Status;
	let decisionDate: IsoDate;
	if (route === 'direct') {
		// Resettlement refugees arrive with asylum; family members of provisionally admitted persons with F.
		decided = rng.chance(0.6) ? 'B-FL' : 'F';
		decisionDate = entryDate;
	} else {
		add('N', entryDate);
		decided = rng.weighted(DECISIONS[nationality]);
		decisionDate = rng.date(days.addDays(entryDate, 30), days.min(days.addMonths(entryDate, 18), yesterday));
	}
	add(decided, decisionDate);
	// After five years in Switzerland a provisionally admitted person may get a hardship permit B.
	const earliestB = days.max(days.addYears(entryDate, 5), days.addDays(decisionDate, 1));
	if (decided === 'F' && earliestB <= yesterday && rng.chance(0.3)) add('B', rng.date(earliestB, yesterday));
	return out;
}

function caseInfo(
	rng: random.Random,
	route: Route,
	entryDate: IsoDate,
	today: IsoDate,
	agencyId: string,
	managerId: string
): CaseInfo {
	// Asylum seekers spend weeks to months in a federal asylum centre before a municipality takes over.
	const [minDelay, maxDelay] = route === 'asylum' ? [30, 140] : route === 'protection' ? [7, 45] : [7, 30];
	// Everything recorded happened before the day of the seed run (seed.ts stamps it at midnight).
	const openedAt = days.min(days.addDays(entryDate, rng.int(minDelay, maxDelay)), days.addDays(today, -1));
	const earliestClose = days.addYears(openedAt, 1);
	if (earliestClose < today && rng.chance(0.06)) {
		return {
			agencyId,
			managerId,
			phase: 'closed',
			openedAt,
			closedAt: rng.date(earliestClose, days.addDays(today, -1)),
			invitedAt: ''
		};
	}
	const open = days.between(openedAt, today);
	const phase: Phase =
		open < 60 ? 'intake' : open < 180 ? 'assessment' : open < 4 * 365 ? 'integration' : 'stabilization';
	return { agencyId, managerId, phase, openedAt, closedAt: '', invitedAt: '' };
}

function ageGroup(age: number): { group: notes.AgeGroup; age: number } {
	return { group: age < 16 ? 'child' : age <= 25 ? 'youth' : 'adult', age };
}

function journal(
	rng: random.Random,
	id: string,
	context: Omit<notes.NoteContext, 'date'>,
	info: CaseInfo,
	author: DemoUser,
	today: IsoDate
): SeedJournalEntry[] {
	const end = info.closedAt || days.addDays(today, -1);
	const eligible = notes.TOPICS.filter((topic) => topic.fits({ ...context, date: end }));
	const closing = info.closedAt !== '';
	let count = rng.int(0, 6);
	if (info.phase === 'intake') count = Math.min(count, 2);
	if (closing) count = Math.max(count, 2);
	count = Math.min(count, eligible.length + 1 + (closing ? 1 : 0));
	if (count === 0) return [];

	// The first talk follows the opening closely; the rest spreads over the time since.
	const dates = [days.min(days.addDays(info.openedAt, rng.int(0, 14)), end)];
	for (let i = 1; i < count; i++) dates.push(rng.date(dates[0] as IsoDate, end));
	dates.sort();
	if (closing) dates[dates.length - 1] = info.closedAt;

	const middle = rng
		.shuffle(eligible)
		.slice(0, count - 1 - (closing ? 1 : 0))
		.sort((a, b) => a.stage - b.stage || a.id.localeCompare(b.id));
	const writers = [
		{ write: notes.intake, type: 'firstInformation' as const },
		...middle,
		...(closing ? [{ write: notes.closing, type: 'note' as const }] : [])
	];
	return writers.map(({ write, type }, i) => {
		const date = dates[i] as IsoDate;
		return {
			id: `${id}-j${i + 1}`,
			date,
			type,
			authorId: author.id,
			authorName: author.displayName,
			// Office hours, Swiss time (UTC+1/+2), in whole minutes.
			now: days.toMs(date) + rng.int(6 * 60 + 30, 16 * 60) * 60_000,
			paragraphs: write({ ...context, date }, rng)
		};
	});
}

/**
 * The plan's split (section 5): a Sozialregion holds the cases of persons who receive social
 * assistance, an Einwohnergemeinde those of persons who do not (see src/lib/rules/tracks.ts).
 */
export function receivesSocialAssistance(agencyId: string): boolean {
	return AGENCIES.find((a) => a.id === agencyId)?.kind === 'social_region';
}

function ravFor(agencyId: string): string {
	const region = AGENCIES.find((a) => a.id === agencyId)?.region;
	const rav = AGENCIES.find((a) => a.kind === 'rav' && a.region === region) ?? AGENCIES.find((a) => a.kind === 'rav');
	// Notes name the office as people say it: "RAV Olten", not the full agency name.
	return rav ? rav.name.replace(/\s*\(.*\)$/, '') : 'RAV';
}

function nonEmpty<T>(items: T[], agencyId: string): T[] {
	if (items.length === 0) throw new Error(`demo canton: agency ${agencyId} holds cases but has no case manager`);
	return items;
}
