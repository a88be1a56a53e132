/**
 * Deterministic generator of person facts for the indicator benchmark: a canton of any size
 * with a realistic mix (about 45 % status S, the rest asylum routes with F, F-FL or B-FL
 * decisions, households of several persons, some who left the canton), and the same dated
 * histories as the demo seed (tests/bench/history.ts). Same seed, same canton.
 */
import type { PersonFacts } from '../../src/lib/model/facts';
import { overallLevel } from '../../src/lib/model/assessment';
import * as plan from '../../src/lib/model/plan';
import { CASE_HOLDERS, caseManagers } from '../../server/seed/canton';
import * as days from '../../src/lib/rules/calendar';
import * as random from '../../server/seed/random';
import { history, type AssessmentInput } from './history';

const NATIONALITIES = [
	['UA', 45],
	['AF', 17],
	['ER', 11],
	['TR', 10],
	['SY', 8],
	['IR', 5],
	['SO', 4]
] as const;
const DECISIONS = [
	['F', 45],
	['F-FL', 20],
	['B-FL', 35]
] as const;

export function generate(count: number, seed: number, today: string): PersonFacts[] {
	const out: PersonFacts[] = [];
	let household = 0;
	const rng = random.create(seed);
	while (out.length < count) {
		// A household of 1–5 persons who arrived together.
		const size = Math.min(
			count - out.length,
			rng.weighted([
				[1, 45],
				[2, 20],
				[3, 15],
				[4, 12],
				[5, 8]
			])
		);
		const nationality = rng.weighted(NATIONALITIES);
		const protection = nationality === 'UA';
		const entryDate = protection
			? rng.date('2022-03-12', days.addDays(today, -30))
			: rng.date(days.addYears(today, -10), days.addDays(today, -30));
		const holder = rng.weighted(CASE_HOLDERS.map((h) => [h, h.share] as const));
		const managers = caseManagers(holder.agencyId);
		const manager = managers.length ? rng.pick(managers).id : '';
		const municipality = rng.pick(holder.municipalities);
		const householdId = size > 1 ? `h-${++household}` : '';
		const decision = rng.weighted(DECISIONS);
		const decided = days.min(days.addDays(entryDate, rng.int(60, 900)), days.addDays(today, -1));
		for (let member = 0; member < size; member++) {
			const adult = member < 2;
			const age = adult ? rng.int(18, 62) : rng.int(0, 17);
			const birthDate = days.min(
				rng.date(days.addYears(today, -(age + 1)), days.addYears(today, -age)),
				days.addDays(entryDate, -1)
			);
			const residence = protection
				? [{ status: 'S', from: entryDate, to: '' }]
				: [
						{ status: 'N', from: entryDate, to: days.addDays(decided, -1) },
						{ status: decision, from: decided, to: '' }
					];
			const h = history(rng, { birthDate, entryDate, protection, today });
			const id = `p-${String(out.length + 1).padStart(6, '0')}`;
			out.push({
				id,
				birthDate,
				sex: rng.chance(0.5) ? 'f' : 'm',
				nationality,
				householdId,
				entryDate,
				municipality,
				leftCantonDate: rng.chance(0.02) ? rng.date(entryDate, today) : '',
				agencyId: holder.agencyId,
				managerId: manager,
				openedAt: days.min(days.addDays(entryDate, rng.int(7, 120)), today),
				closedAt: '',
				invitedAt: '',
				journal: [],
				residence,
				assessments: h.assessments.map(toAssessmentFact),
				situations: h.situations.map((s) => ({
					kind: s.kind,
					from: s.from,
					to: s.to ?? '',
					labourMarket: s.labourMarket ?? '',
					workload: s.workload ?? null,
					apprenticeship: s.apprenticeship ?? '',
					educationType: s.educationType ?? '',
					completed: s.completed ?? false
				})),
				measures: h.measures.map((m) => ({
					offerId: m.offerId,
					offerName: m.offerName,
					offerType: m.offerType ?? '',
					start: plan.start({ actualStart: m.actualStart ?? '', plannedStart: m.plannedStart ?? '' }),
					end: plan.end({ actualEnd: m.actualEnd ?? '', plannedEnd: m.plannedEnd ?? '' }),
					status: m.status ?? 'planned'
				}))
			});
		}
	}
	return out;
}

function toAssessmentFact(a: AssessmentInput): PersonFacts['assessments'][number] {
	const literate =
		a.literateFirstLanguage === 'yes' || a.literateLatinScript === 'yes'
			? 'yes'
			: a.literateFirstLanguage === 'no'
				? 'no'
				: '';
	return {
		date: a.date ?? '',
		level: a.localLanguage ? overallLevel({ localLanguage: a.localLanguage }) : '',
		employable: a.employable ?? '',
		placeable: a.placeable ?? '',
		socialContacts: a.socialContacts ?? '',
		schoolingYears: a.schoolingYears ?? null,
		literate,
		workYears: (a.workExperience ?? []).reduce((sum, w) => sum + w.years, 0)
	};
}
