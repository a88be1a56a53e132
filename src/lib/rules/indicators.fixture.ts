/**
 * A small, fixed canton for indicator tests, built to cover the edge cases one by one. The
 * expected figures in indicators.test.ts are computed by hand from these lines; the reference
 * date is 30.6.2026 and the period 1.1.–30.6.2026 unless a test says otherwise.
 */
import type { AssessmentFact, MeasureFact, PersonFacts, SituationFact } from '../model/facts';

export const AT = '2026-06-30';

type Extra = Partial<Omit<PersonFacts, 'situations' | 'measures' | 'assessments'>> & {
	status?: [string, string, string][];
	situations?: Partial<SituationFact>[];
	measures?: Partial<MeasureFact>[];
	assessments?: Partial<AssessmentFact>[];
};

export function person(id: string, extra: Extra): PersonFacts {
	const { status = [], situations = [], measures = [], assessments = [], ...rest } = extra;
	return {
		id,
		birthDate: '1990-01-01',
		sex: 'f',
		nationality: 'AF',
		householdId: '',
		entryDate: '2022-04-01',
		municipality: 'Olten',
		leftCantonDate: '',
		agencyId: 'sr-olten',
		managerId: 'u-lea-kaufmann',
		openedAt: rest.entryDate ?? '2022-04-01',
		closedAt: '',
		invitedAt: '',
		journal: [],
		...rest,
		residence: status.map(([s, from, to]) => ({ status: s, from, to })),
		situations: situations.map((s) => ({
			kind: 'employed',
			from: '',
			to: '',
			labourMarket: '',
			workload: null,
			apprenticeship: '',
			educationType: '',
			completed: false,
			...s
		})),
		measures: measures.map((m) => ({
			offerId: 'o-1',
			offerName: 'Deutschkurs A1',
			offerType: 'language',
			start: '',
			end: '',
			status: 'running',
			...m
		})),
		assessments: assessments.map((a) => ({
			date: '',
			level: '',
			employable: '',
			placeable: '',
			socialContacts: '',
			schoolingYears: null,
			literate: '' as const,
			workYears: 0,
			...a
		}))
	};
}

export const FIXTURE: PersonFacts[] = [
	// 1: turns 18 on the reference date (counts as 18), S, employed in the 1st labour market.
	person('p01-birthday', {
		birthDate: '2008-06-30',
		status: [['S', '2022-04-01', '']],
		situations: [{ kind: 'employed', from: '2025-09-01', labourMarket: 'primary' }],
		measures: [{ offerType: 'occupation', start: '2026-04-01', status: 'running' }]
	}),
	// 2: turns 18 one day after the reference date.
	person('p02-seventeen', { birthDate: '2008-07-01', status: [['S', '2022-04-01', '']] }),
	// 3: entered exactly 3 years before the reference date, assessed A1.
	person('p03-three-years', {
		birthDate: '1990-01-01',
		entryDate: '2023-06-30',
		status: [['F', '2023-06-30', '']],
		assessments: [{ date: '2025-01-10', level: 'A1' }],
		measures: [{ offerType: 'language', start: '2025-03-01', end: '2025-12-31', status: 'completed' }]
	}),
	// 4: one day short of 3 years; a planned course does not count as participation.
	person('p04-two-years', {
		birthDate: '1995-01-01',
		entryDate: '2023-07-01',
		status: [['F', '2023-07-01', '']],
		measures: [{ offerType: 'language', start: '2026-03-01', status: 'planned' }]
	}),
	// 5: S until 28.2.2026, then B: counted by the status on the reference date.
	person('p05-s-to-b', {
		birthDate: '1996-01-01',
		entryDate: '2022-05-01',
		status: [
			['S', '2022-05-01', '2026-02-28'],
			['B', '2026-03-01', '']
		],
		situations: [{ kind: 'employed', from: '2026-02-01', labourMarket: 'primary' }],
		measures: [{ offerType: 'language', start: '2026-01-10', end: '2026-02-20', status: 'completed' }]
	}),
	// 6: left the canton on 1.5.2026, employed until then.
	person('p06-left', {
		birthDate: '1986-01-01',
		leftCantonDate: '2026-05-01',
		status: [['S', '2022-04-01', '']],
		situations: [{ kind: 'employed', from: '2023-01-01', labourMarket: 'primary' }]
	}),
	// 7 and 8: two adults of one household, each counts.
	person('p07-household-a', {
		birthDate: '1991-01-01',
		householdId: 'h-1',
		status: [['S', '2022-04-01', '']],
		situations: [{ kind: 'employed', from: '2024-01-01', labourMarket: 'secondary' }],
		measures: [{ offerType: 'rav', start: '2026-03-01', status: 'running' }]
	}),
	person('p08-household-b', {
		birthDate: '1993-01-01',
		householdId: 'h-1',
		entryDate: '2024-01-01',
		status: [['S', '2024-01-01', '']],
		measures: [{ offerType: 'labourIntegration', start: '2026-05-01', status: 'registered' }]
	}),
	// 9: B-FL, entered 7 years before, employed with no labour market given (counts as 1st).
	person('p09-seven-years', {
		birthDate: '1985-06-01',
		entryDate: '2019-01-15',
		status: [['B-FL', '2019-01-15', '']],
		situations: [{ kind: 'employed', from: '2024-05-01', labourMarket: '' }]
	}),
	// 10: F, entered 8 years before at 47, employed in the 2nd labour market, social contacts yes.
	person('p10-eight-years', {
		birthDate: '1970-05-05',
		entryDate: '2018-03-01',
		status: [['F', '2018-03-01', '']],
		situations: [{ kind: 'employed', from: '2020-01-01', labourMarket: 'secondary' }],
		assessments: [{ date: '2025-06-01', level: 'A0', socialContacts: 'yes' }]
	}),
	// 11: F-FL, entered at 18, completed an EFZ apprenticeship; an education course this year.
	person('p11-apprentice', {
		birthDate: '2002-02-01',
		entryDate: '2020-02-01',
		status: [['F-FL', '2020-02-01', '']],
		situations: [
			{ kind: 'apprenticeship', apprenticeship: 'EFZ', from: '2022-08-01', to: '2025-07-31', completed: true }
		],
		measures: [{ offerType: 'education', start: '2025-09-01', end: '2026-01-15', status: 'completed' }]
	}),
	// 12: arrived as a baby, in Kindergarten age now, never assessed.
	person('p12-child', { birthDate: '2021-09-01', entryDate: '2022-01-01', status: [['F', '2022-01-01', '']] }),
	// 13: pre-school child in early language promotion.
	person('p13-preschool', {
		birthDate: '2023-01-01',
		entryDate: '2023-02-01',
		status: [['S', '2023-02-01', '']],
		measures: [{ offerType: 'language', start: '2026-02-01', status: 'running' }]
	}),
	// 14: new this year, aged 26 at entry, assessed.
	person('p14-new', {
		birthDate: '2000-01-01',
		entryDate: '2026-02-01',
		openedAt: '2026-02-10',
		status: [['F', '2026-02-01', '']],
		assessments: [
			{ date: '2026-03-01', level: 'A0', schoolingYears: 9, literate: 'yes', employable: 'partly', workYears: 0.5 }
		]
	}),
	// 15: enters after the reference date.
	person('p15-future', { entryDate: '2026-08-01', status: [['F', '2026-08-01', '']] })
];
