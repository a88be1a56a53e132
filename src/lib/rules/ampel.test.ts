import { describe, expect, it } from 'vitest';
import { evaluate, explain, RULES, THRESHOLDS, type Context, type RuleId } from './ampel';
import { addDays, addMonths } from './calendar';
import type { CaseFacts, FactMeasure, FactSituation, OfferUtilisation } from './facts';

const TODAY = '2026-06-15';

/** A case that fires no rule: recent activity, assessed at A2, nothing open. */
function facts(overrides: Partial<CaseFacts> = {}): CaseFacts {
	return {
		birthDate: '1990-01-01',
		entryDate: '2025-01-10',
		status: 'F',
		closed: false,
		openedAt: '2025-01-12',
		lastJournalDate: addDays(TODAY, -3),
		lastEdit: '',
		assessment: { date: '2025-03-01', level: 'A2', employable: 'partly', placeable: 'no', childcareNeeded: 'no' },
		situations: [],
		measures: [],
		goals: [],
		tasks: [],
		...overrides
	};
}

function measure(overrides: Partial<FactMeasure> = {}): FactMeasure {
	return {
		id: 'm1',
		offerId: 'o1',
		offerName: 'Deutsch A2',
		status: 'planned',
		start: addDays(TODAY, 30),
		end: '',
		...overrides
	};
}

function fired(f: CaseFacts, context: Partial<Context> = {}): RuleId[] {
	return evaluate(f, { today: TODAY, ...context }).reasons.map((r) => r.ruleId as RuleId);
}

describe('Ampel', () => {
	it('is green with no reasons for a case in order', () => {
		expect(evaluate(facts(), { today: TODAY })).toEqual({ level: 'green', reasons: [] });
	});

	it('is green for a closed case whatever else holds', () => {
		expect(evaluate(facts({ closed: true, lastJournalDate: '2020-01-01' }), { today: TODAY }).level).toBe('green');
	});

	it('is yellow for yellow reasons only and red as soon as one red rule fires, red reasons first', () => {
		const yellow = facts({ tasks: [{ id: 't1', title: 'Anruf', due: addDays(TODAY, -1), assigneeId: '' }] });
		expect(evaluate(yellow, { today: TODAY }).level).toBe('yellow');
		const both = facts({
			...yellow,
			tasks: [...yellow.tasks, { id: 't2', title: 'Brief', due: addDays(TODAY, -20), assigneeId: '' }]
		});
		const result = evaluate(both, { today: TODAY });
		expect(result.level).toBe('red');
		expect(result.reasons.map((r) => r.severity)).toEqual(['red', 'yellow']);
	});

	it('explains every rule with its thresholds filled in', () => {
		for (const rule of RULES) expect(explain(rule)).not.toMatch(/\{\w+\}/);
		expect(explain(RULES.find((r) => r.id === 'dossierQuiet')!)).toContain(String(THRESHOLDS.dossierQuiet.days));
	});

	it('names the source of every rule: a plan section, a federal goal or Lotse itself', () => {
		for (const rule of RULES)
			expect(rule.source, rule.id).toMatch(/Programm S|Integrationsagenda|Lotse|Angebotskatalog/);
	});
});

describe('dossierQuiet', () => {
	const days = THRESHOLDS.dossierQuiet.days;
	it('fires at exactly N days without journal entry or change, not at N-1', () => {
		expect(
			fired(
				facts({
					lastJournalDate: addDays(TODAY, -days),
					openedAt: '2024-01-01',
					assessment: null,
					birthDate: '2015-01-01'
				})
			)
		).toContain('dossierQuiet');
		expect(fired(facts({ lastJournalDate: addDays(TODAY, -(days - 1)), openedAt: '2024-01-01' }))).not.toContain(
			'dossierQuiet'
		);
	});
	it('counts a recent edit as activity', () => {
		expect(fired(facts({ lastJournalDate: '2024-01-01', lastEdit: addDays(TODAY, -1) }))).not.toContain('dossierQuiet');
	});
});

describe('measureStartUnconfirmed', () => {
	const days = THRESHOLDS.measureStartUnconfirmed.days;
	it('fires for a planned measure starting in N days or today, not in N+1', () => {
		expect(fired(facts({ measures: [measure({ start: addDays(TODAY, days) })] }))).toContain('measureStartUnconfirmed');
		expect(fired(facts({ measures: [measure({ start: TODAY })] }))).toContain('measureStartUnconfirmed');
		expect(fired(facts({ measures: [measure({ start: addDays(TODAY, days + 1) })] }))).not.toContain(
			'measureStartUnconfirmed'
		);
	});
	it('does not fire once the measure is registered', () => {
		expect(fired(facts({ measures: [measure({ start: addDays(TODAY, 2), status: 'registered' })] }))).toEqual([]);
	});
});

describe('measureStartMissed', () => {
	it('fires (red) for a planned measure whose start was yesterday, not today', () => {
		expect(fired(facts({ measures: [measure({ start: addDays(TODAY, -1) })] }))).toEqual(['measureStartMissed']);
		expect(fired(facts({ measures: [measure({ start: TODAY })] }))).not.toContain('measureStartMissed');
	});
	it('does not fire for a running measure', () => {
		expect(fired(facts({ measures: [measure({ start: addDays(TODAY, -10), status: 'running' })] }))).toEqual([]);
	});
});

describe('taskOverdue and taskLongOverdue', () => {
	const task = (due: string) => facts({ tasks: [{ id: 't', title: 'Termin', due, assigneeId: 'u' }] });
	const long = THRESHOLDS.taskLongOverdue.days;
	it('a task due today is not overdue; due yesterday is yellow', () => {
		expect(fired(task(TODAY))).toEqual([]);
		expect(fired(task(addDays(TODAY, -1)))).toEqual(['taskOverdue']);
	});
	it('turns red at N days overdue, yellow at N-1', () => {
		expect(fired(task(addDays(TODAY, -(long - 1))))).toEqual(['taskOverdue']);
		expect(fired(task(addDays(TODAY, -long)))).toEqual(['taskLongOverdue']);
	});
	it('ignores tasks without a due date', () => {
		expect(fired(task(''))).toEqual([]);
	});
});

describe('goalOverdue', () => {
	it('fires the day after the target date, not on it', () => {
		const goal = (targetDate: string) => facts({ goals: [{ id: 'g', text: 'Deutsch A2', targetDate }] });
		expect(fired(goal(addDays(TODAY, -1)))).toEqual(['goalOverdue']);
		expect(fired(goal(TODAY))).toEqual([]);
	});
});

describe('languageMilestone', () => {
	const months = THRESHOLDS.languageMilestone.months;
	const below = { date: '2024-01-01', level: 'A0', employable: '', placeable: '', childcareNeeded: '' } as const;
	it('fires at exactly N months after entry with level below A1, not a day earlier', () => {
		expect(fired(facts({ entryDate: addMonths(TODAY, -months), assessment: below }))).toContain('languageMilestone');
		expect(fired(facts({ entryDate: addDays(addMonths(TODAY, -months), 1), assessment: below }))).not.toContain(
			'languageMilestone'
		);
	});
	it('fires when no level is recorded, not at A1', () => {
		expect(fired(facts({ entryDate: '2020-01-01', assessment: { ...below, level: '' } }))).toContain(
			'languageMilestone'
		);
		expect(fired(facts({ entryDate: '2020-01-01', assessment: { ...below, level: 'A1' } }))).not.toContain(
			'languageMilestone'
		);
	});
	it('applies only to VA/Flü statuses and from the minimum age', () => {
		expect(fired(facts({ entryDate: '2020-01-01', assessment: below, status: 'S' }))).not.toContain(
			'languageMilestone'
		);
		const minAge = THRESHOLDS.languageMilestone.minAge;
		expect(
			fired(facts({ entryDate: '2020-01-01', assessment: below, birthDate: addDays(`${2026 - minAge}-06-15`, 1) }))
		).not.toContain('languageMilestone');
		expect(fired(facts({ entryDate: '2020-01-01', assessment: below, birthDate: `${2026 - minAge}-06-15` }))).toContain(
			'languageMilestone'
		);
	});
});

describe('noAssessment', () => {
	const months = THRESHOLDS.noAssessment.months;
	it('fires at N months after entry without assessment, not a day earlier', () => {
		expect(fired(facts({ assessment: null, entryDate: addMonths(TODAY, -months) }))).toEqual(['noAssessment']);
		expect(fired(facts({ assessment: null, entryDate: addDays(addMonths(TODAY, -months), 1) }))).toEqual([]);
	});
	it('does not fire for children', () => {
		expect(fired(facts({ assessment: null, birthDate: '2015-01-01' }))).toEqual([]);
	});
});

describe('statusSNotRav', () => {
	const employable = {
		date: '2025-03-01',
		level: 'A2',
		employable: 'yes',
		placeable: 'yes',
		childcareNeeded: 'no'
	} as const;
	const s = (overrides: Partial<CaseFacts> = {}) => facts({ status: 'S', assessment: employable, ...overrides });
	const open = (kind: string, extra: Partial<FactSituation> = {}): FactSituation => ({
		kind,
		from: '2025-04-01',
		to: '',
		...extra
	});
	// Each row: a case (S, employable and placeable unless stated) and whether the rule fires.
	it.each<[string, boolean, CaseFacts]>([
		['employable and placeable, nothing under way', true, s()],
		['not placeable (integration.arbeit comes first)', false, s({ assessment: { ...employable, placeable: 'no' } })],
		['placeability unclear', false, s({ assessment: { ...employable, placeable: 'unclear' } })],
		['placeability not recorded', false, s({ assessment: { ...employable, placeable: '' } })],
		['partly employable', false, s({ assessment: { ...employable, employable: 'partly' } })],
		['in an apprenticeship', false, s({ situations: [open('apprenticeship', { apprenticeship: 'EFZ' })] })],
		['in an INVOL', false, s({ situations: [open('apprenticeship', { apprenticeship: 'INVOL' })] })],
		[
			'apprenticeship ended yesterday',
			true,
			s({ situations: [open('apprenticeship', { apprenticeship: 'EBA', to: addDays(TODAY, -1) })] })
		],
		['in Sek II education', false, s({ situations: [open('education', { educationType: 'upperSecondary' })] })],
		['in a bridge programme', false, s({ situations: [open('education', { educationType: 'transitional' })] })],
		[
			'in a language school (not training)',
			true,
			s({ situations: [open('education', { educationType: 'languageSchool' })] })
		],
		['registered with RAV', false, s({ situations: [open('ravRegistered')] })],
		['registered with RAV until today', false, s({ situations: [open('ravRegistered', { to: TODAY })] })],
		['RAV registration ended yesterday', true, s({ situations: [open('ravRegistered', { to: addDays(TODAY, -1) })] })],
		['employed', false, s({ situations: [open('employed')] })],
		[
			'RAV measure registered in the plan',
			false,
			s({ measures: [measure({ offerId: 'rav-amm', offerType: 'rav', status: 'registered' })] })
		],
		[
			'RAV measure only planned',
			true,
			s({ measures: [measure({ offerId: 'rav-amm', offerType: 'rav', status: 'planned' })] })
		],
		['status F', false, s({ status: 'F' })],
		['65 today', false, s({ birthDate: '1961-06-15' })],
		['64 today', true, s({ birthDate: '1961-06-16' })],
		['18 today', true, s({ birthDate: '2008-06-15' })],
		['17 today', false, s({ birthDate: '2008-06-16' })]
	])('%s → fires: %s', (_label, fires, f) => {
		expect(fired(f).includes('statusSNotRav')).toBe(fires);
	});
});

describe('childcareMissing', () => {
	const parent = {
		date: '2025-03-01',
		level: 'A2',
		employable: 'partly',
		placeable: 'yes',
		childcareNeeded: 'yes'
	} as const;
	it('fires for an employable and placeable parent without arranged childcare', () => {
		expect(fired(facts({ assessment: parent }))).toEqual(['childcareMissing']);
	});
	it('does not fire for a parent not (or not clearly) placeable, as plan 5.9 and the allocation rule say', () => {
		expect(fired(facts({ assessment: { ...parent, placeable: 'no' } }))).toEqual([]);
		expect(fired(facts({ assessment: { ...parent, placeable: 'unclear' } }))).toEqual([]);
	});
	it('does not fire when childcare is arranged, not needed, or the person is not employable', () => {
		expect(
			fired(facts({ assessment: parent, situations: [{ kind: 'childcareArranged', from: '2025-05-01', to: '' }] }))
		).toEqual([]);
		expect(fired(facts({ assessment: { ...parent, childcareNeeded: 'no' } }))).toEqual([]);
		expect(fired(facts({ assessment: { ...parent, employable: 'no' } }))).toEqual([]);
	});
	it('fires again once the arranged childcare has ended', () => {
		expect(
			fired(
				facts({
					assessment: parent,
					situations: [{ kind: 'childcareArranged', from: '2025-05-01', to: addDays(TODAY, -1) }]
				})
			)
		).toEqual(['childcareMissing']);
	});
});

describe('offerOverbooked', () => {
	const load = (booked: number): OfferUtilisation => ({
		o1: [{ period: '2026', from: '2026-01-01', to: '2026-12-31', places: 10, booked }]
	});
	const registered = measure({ status: 'registered', start: '2026-08-01' });
	it('fires when bookings exceed places, not when they equal them', () => {
		expect(fired(facts({ measures: [registered] }), { offers: load(11) })).toEqual(['offerOverbooked']);
		expect(fired(facts({ measures: [registered] }), { offers: load(10) })).toEqual([]);
	});
	it('ignores planned measures, other offers, starts outside any period, and missing utilisation', () => {
		expect(fired(facts({ measures: [{ ...registered, status: 'planned' }] }), { offers: load(11) })).toEqual([]);
		expect(fired(facts({ measures: [{ ...registered, offerId: 'o2' }] }), { offers: load(11) })).toEqual([]);
		expect(fired(facts({ measures: [{ ...registered, start: '2027-02-01' }] }), { offers: load(11) })).toEqual([]);
		expect(fired(facts({ measures: [registered] }))).toEqual([]);
	});
});
