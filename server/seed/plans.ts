/**
 * Integration plans for the demo cases: goals linked to the IAS goals and a chain of measures
 * on the catalogue's offers (server/seed/offers.ts), dated from the case's opening onwards.
 * A measure's status follows from its dates and the seed day (ended → abgeschlossen, under way
 * → laufend, starting soon → angemeldet, later → geplant), so plans read as kept up to date.
 *
 * integration.arbeit gets more participants than places in the current half-year on purpose:
 * the demo shows an overbooked offer (red capacity) in the cockpit.
 */
import type * as Y from 'yjs';
import * as plan from '../../src/lib/model/plan';
import type { IasGoal, MeasureStatus } from '../../src/lib/model/plan';
import type { IsoDate } from '../../src/lib/model/schema';
import { CATALOGUE } from './offers';
import * as days from '../../src/lib/rules/calendar';
import type { SeedCase } from './persons';
import type { Random } from './random';

/** How far ahead plans reach: nobody plans measures years in advance. */
const HORIZON_MONTHS = 10;

interface Step {
	offerId: string;
	start: IsoDate;
	end: IsoDate;
	goal: number;
}

interface GoalDraft {
	text: string;
	iasGoal: IasGoal;
	targetDate: IsoDate;
}

const PROVIDER_NOTES: Record<string, readonly string[]> = {
	language: [
		'Regelmässige Teilnahme, macht gute Fortschritte beim Sprechen.',
		'Schriftliche Kompetenzen noch schwach, Hausaufgaben werden erledigt.',
		'Aktive Teilnahme, unterstützt andere Teilnehmende.'
	],
	work: [
		'Zuverlässig und pünktlich, Einsatz in der Logistik.',
		'Arbeitet sorgfältig; Tempo noch ausbaufähig.',
		'Gute Rückmeldung vom Einsatzbetrieb, Verlängerung empfohlen.'
	],
	education: [
		'Motiviert, Schnupperlehre als Detailhandelsassistent/in geplant.',
		'Mathematik auf gutem Niveau, Deutsch noch intensiv fördern.',
		'Hat zwei Schnupperlehren absolviert.'
	]
};
const PERSON_NOTES = [
	'Der Kurs gefällt mir, ich möchte weitermachen.',
	'Der Weg ist weit, aber ich komme gerne.',
	'Ich möchte möglichst bald arbeiten.',
	'Die Kinderbetreuung macht die Teilnahme möglich.'
];

const OFFERS = new Map(CATALOGUE.map((o) => [o.id, o]));

export function seedPlan(doc: Y.Doc, item: SeedCase, today: IsoDate, rng: Random, origin: unknown): void {
	const { info, person } = item;
	if (info.phase === 'intake') return;
	const begin = firstOfMonth(days.addMonths(info.openedAt, rng.int(1, 3)));
	const until = info.closedAt || days.addMonths(today, HORIZON_MONTHS);
	const age = days.age(person.birthDate, begin);
	const goals: GoalDraft[] = [];
	const steps: Step[] = [];

	if (age < 16) {
		// School children: the school is in charge, no integration plan.
		if (age > 4 || schoolEntry(person.birthDate) < days.addMonths(begin, 3)) return;
		goals.push({
			text: 'Frühe Sprachförderung: Deutsch bis zum Kindergarteneintritt',
			iasGoal: 'earlyChildhood',
			targetDate: schoolEntry(person.birthDate)
		});
		steps.push({
			offerId: 'kinderbetreuung',
			start: begin,
			end: days.min(days.addYears(begin, 2), days.addDays(schoolEntry(person.birthDate), -1)),
			goal: 0
		});
	} else {
		// Language first, up to B1 as the Programm S plan demands.
		goals.push({ text: 'Deutsch auf Niveau B1 (mündlich und schriftlich)', iasGoal: 'language', targetDate: '' });
		let cursor = begin;
		const courses = rng.chance(0.25) ? ['deutsch-a2', 'deutsch-b1'] : ['deutsch-a1', 'deutsch-a2', 'deutsch-b1'];
		for (const offerId of courses) {
			const end = days.addDays(days.addMonths(cursor, rng.int(5, 7)), -1);
			steps.push({ offerId, start: cursor, end, goal: 0 });
			cursor = firstOfMonth(days.addMonths(end, rng.int(1, 2)));
		}
		(goals[0] as GoalDraft).targetDate = (steps.at(-1) as Step).end;
		const midway = (steps[1] as Step).end; // after A2 the next step runs alongside B1
		if (age <= 25) youth(steps, goals, midway, rng);
		else adult(steps, goals, midway, rng);
	}
	if (info.phase === 'assessment') steps.splice(1); // only the first measure is planned yet

	doc.transact(() => {
		const goalIds = goals.map((g, i) =>
			plan.addGoal(doc, { ...g, achieved: g.targetDate < today && rng.chance(0.6) }, origin, `${item.id}-g${i + 1}`)
		);
		steps
			.filter((s) => s.start <= until)
			.forEach((s, i) =>
				plan.addMeasure(
					doc,
					measure(s, goalIds[s.goal] ?? '', today, info.closedAt, rng),
					origin,
					`${item.id}-m${i + 1}`
				)
			);
	}, origin);
}

function youth(steps: Step[], goals: GoalDraft[], after: IsoDate, rng: Random): void {
	const goal = goals.push({ text: 'Anschlusslösung: Lehrstelle EBA/EFZ', iasGoal: 'education', targetDate: '' }) - 1;
	steps.push({ offerId: 'biz-beratung', start: after, end: days.addMonths(after, 1), goal });
	// School offers start in August.
	let year = Number(after.slice(0, 4)) + (after.slice(5, 7) > '05' ? 1 : 0);
	const chain = rng.chance(0.5) ? ['integrationsjahr-orientierung', 'integrationsjahr-berufsvorbereitung'] : ['bvj'];
	// About half find an apprenticeship directly; the others need the pre-apprenticeship first.
	for (const offerId of rng.chance(0.5) ? [...chain, 'invol'] : chain) {
		steps.push({ offerId, start: `${year}-08-01`, end: `${year + 1}-07-15`, goal });
		year++;
	}
	(goals[goal] as GoalDraft).targetDate = `${year}-08-01`;
}

function adult(steps: Step[], goals: GoalDraft[], after: IsoDate, rng: Random): void {
	const roll = rng.next();
	if (roll < 0.12) {
		const goal =
			goals.push({
				text: 'Tagesstruktur aufbauen, soziale Kontakte pflegen',
				iasGoal: 'social',
				targetDate: days.addYears(after, 1)
			}) - 1;
		steps.push({
			offerId: rng.chance(0.5) ? 'beschaeftigung-1' : 'beschaeftigung-2',
			start: after,
			end: days.addDays(days.addYears(after, 1), -1),
			goal
		});
		return;
	}
	const goal =
		goals.push({
			text: 'Stelle im ersten Arbeitsmarkt (mind. 50 %)',
			iasGoal: 'labourMarket',
			targetDate: days.addMonths(after, 18)
		}) - 1;
	if (roll < 0.7) {
		// Employable but not yet placeable: integration.arbeit, then the RAV.
		const first = rng.chance(0.3) ? 'invost' : 'integration-arbeit';
		const end = days.addDays(days.addMonths(after, rng.int(6, 12)), -1);
		steps.push({ offerId: first, start: after, end, goal });
		steps.push({ offerId: 'rav-amm', start: days.addDays(end, 1), end: days.addMonths(end, 6), goal });
	} else if (roll < 0.88) {
		steps.push({ offerId: 'rav-amm', start: after, end: days.addMonths(after, 6), goal });
	} else {
		steps.push({
			offerId: 'berufsabschluss-erwachsene',
			start: `${Number(after.slice(0, 4)) + 1}-08-01`,
			end: `${Number(after.slice(0, 4)) + 3}-07-15`,
			goal
		});
	}
}

function measure(
	step: Step,
	goalId: string,
	today: IsoDate,
	closedAt: IsoDate,
	rng: Random
): Parameters<typeof plan.addMeasure>[1] {
	const offer = OFFERS.get(step.offerId);
	if (!offer) throw new Error(`seed plan: unknown offer ${step.offerId}`);
	const status: MeasureStatus =
		closedAt && step.end > closedAt ? (step.start < closedAt ? 'aborted' : 'planned') : statusOn(step, today, rng);
	const started = status === 'running' || status === 'completed' || status === 'aborted';
	// Courses rarely start on the planned day; never later than yesterday, though (seed facts lie in the past).
	const actualStart = started ? days.min(days.addDays(step.start, rng.int(0, 6)), days.addDays(today, -1)) : '';
	const actualEnd =
		status === 'completed'
			? step.end
			: status === 'aborted'
				? days.min(days.addDays(today, -1), closedAt || days.addMonths(actualStart, 2))
				: '';
	const language = offer.type === 'language';
	const kind = language ? 'language' : offer.type === 'education' || offer.type === 'vocational' ? 'education' : 'work';
	const noted = started && rng.chance(0.5);
	return {
		offerId: offer.id,
		offerName: offer.name,
		offerType: offer.type,
		provider: offer.provider,
		goalId,
		plannedStart: step.start,
		plannedEnd: step.end,
		actualStart,
		actualEnd,
		status,
		certificate: status === 'completed' && language ? `fide-Sprachnachweis ${offer.criteria.maxLevel}` : '',
		levelReached: status === 'completed' && language ? offer.criteria.maxLevel : '',
		providerNote: noted ? rng.pick(PROVIDER_NOTES[kind] ?? []) : '',
		personNote: noted && rng.chance(0.5) ? rng.pick(PERSON_NOTES) : '',
		cost: offer.costPerPlace,
		funding: offer.funding,
		attachments: [],
		source: 'seed'
	};
}

function statusOn(step: Step, today: IsoDate, rng: Random): MeasureStatus {
	if (step.end < today) return rng.chance(0.08) ? 'aborted' : 'completed';
	if (step.start <= today) return 'running';
	return days.between(today, step.start) <= 90 ? 'registered' : 'planned';
}

function firstOfMonth(date: IsoDate): IsoDate {
	return `${date.slice(0, 7)}-01`;
}

/** Kindergarten starts in the August after the fourth birthday (HarmoS). */
function schoolEntry(birthDate: IsoDate): IsoDate {
	const fourth = days.addYears(birthDate, 4);
	const year = Number(fourth.slice(0, 4)) + (fourth.slice(5) > '07-31' ? 1 : 0);
	return `${year}-08-01`;
}
