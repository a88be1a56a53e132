import { describe, expect, it } from 'vitest';
import { EMPTY, type Assessment } from '../model/assessment';
import { EMPTY as NO_SITUATION, type Situation } from '../model/situation';
import { factsFrom } from './allocation-facts';

const assessment = (values: Partial<Assessment>): Assessment => ({ ...EMPTY, id: 'a', date: '2026-01-01', ...values });
const sit = (values: Pick<Situation, 'kind' | 'from'> & Partial<Situation>): Situation => ({
	...NO_SITUATION,
	id: `${values.kind}-${values.from}`,
	...values
});

const TODAY = '2026-05-31';
const facts = (values: Partial<Parameters<typeof factsFrom>[0]>) =>
	factsFrom({ birthDate: '1990-01-01', residence: [], latest: undefined, situations: [], today: TODAY, ...values });

describe('allocation facts', () => {
	it('takes age and status at today, results from the latest assessment', () => {
		const result = factsFrom({
			birthDate: '2005-06-01',
			residence: [
				{ id: '1', status: 'N', from: '2023-01-10', to: '2023-09-30' },
				{ id: '2', status: 'F', from: '2023-10-01', to: '' }
			],
			latest: assessment({
				employable: 'partly',
				placeable: 'no',
				localLanguage: { listening: 'B1', reading: 'A2', speaking: 'B1', writing: '' },
				pathway: 'education1625',
				dailyStructureNeeded: 'no'
			}),
			situations: [],
			today: TODAY
		});
		expect(result).toMatchObject({
			age: 20,
			status: 'F',
			employable: 'partly',
			placeable: 'no',
			level: 'A2',
			healthLimited: false,
			dailyStructureNeeded: 'no',
			pathway: 'education1625',
			childcareArranged: false,
			workload: 0,
			ravRegistered: false,
			inTraining: false,
			training: 'none',
			taken: []
		});
	});

	it('reads an unanswered placeability after a judged employability as unclear (5.4.1), else as unknown', () => {
		expect(facts({ latest: assessment({ employable: 'yes', placeable: '' }) }).placeable).toBe('unclear');
		expect(facts({ latest: assessment({ employable: 'partly', placeable: '' }) }).placeable).toBe('unclear');
		expect(facts({ latest: assessment({ employable: 'no', placeable: '' }) }).placeable).toBe('');
		expect(facts({ latest: assessment({ employable: '', placeable: '' }) }).placeable).toBe('');
		expect(facts({ latest: assessment({ employable: 'yes', placeable: 'unclear' }) }).placeable).toBe('unclear');
	});

	it('adds up the jobs in effect; a job without a workload makes the sum unknown', () => {
		const jobs = [
			sit({ kind: 'employed', from: '2025-01-01', workload: 50 }),
			sit({ kind: 'employed', from: '2025-06-01', workload: 30, labourMarket: 'secondary' }),
			sit({ kind: 'employed', from: '2024-01-01', to: '2024-12-31', workload: 100 })
		];
		expect(facts({ situations: jobs }).workload).toBe(80);
		expect(facts({ situations: [...jobs, sit({ kind: 'employed', from: '2026-01-01' })] }).workload).toBeNull();
	});

	it('knows registration, training in progress and the furthest step reached; aborted steps do not count', () => {
		const bridge = sit({
			kind: 'education',
			from: '2024-08-01',
			to: '2025-07-31',
			educationType: 'transitional',
			completed: true
		});
		const aborted = sit({ kind: 'apprenticeship', from: '2025-08-01', to: '2025-12-31', apprenticeship: 'EFZ' });
		expect(facts({ situations: [bridge, aborted] })).toMatchObject({ training: 'bridge', inTraining: false });
		const invol = sit({ kind: 'apprenticeship', from: '2026-01-01', apprenticeship: 'INVOL' });
		expect(facts({ situations: [bridge, invol] })).toMatchObject({ training: 'invol', inTraining: true });
		const school = sit({ kind: 'education', from: '2026-01-01', educationType: 'languageSchool' });
		expect(facts({ situations: [school] })).toMatchObject({ training: 'none', inTraining: false });
		const rav = sit({ kind: 'ravRegistered', from: '2026-02-01' });
		expect(facts({ situations: [rav] }).ravRegistered).toBe(true);
		expect(facts({ situations: [{ ...rav, to: '2026-05-30' }] }).ravRegistered).toBe(false);
	});

	it('counts offers attended or completed as taken, not planned or aborted ones, nor a completed RAV registration', () => {
		const measures = [
			{ offerId: 'a', offerType: 'language', status: 'planned' },
			{ offerId: 'b', offerType: 'language', status: 'registered' },
			{ offerId: 'c', offerType: 'labourIntegration', status: 'running' },
			{ offerId: 'd', offerType: 'education', status: 'completed' },
			{ offerId: 'e', offerType: 'language', status: 'aborted' },
			{ offerId: 'rav-amm', offerType: 'rav', status: 'completed' },
			{ offerId: 'kinderbetreuung', offerType: 'other', status: 'completed' }
		];
		expect(facts({ measures }).taken).toEqual(['b', 'c', 'd']);
		expect(facts({ measures: [{ offerId: 'rav-amm', offerType: 'rav', status: 'running' }] }).taken).toEqual([
			'rav-amm'
		]);
	});

	it('counts an open situation for health and for childcare', () => {
		const result = facts({
			situations: [
				sit({ kind: 'notEmployableHealth', from: '2025-01-01' }),
				sit({ kind: 'childcareArranged', from: '2024-01-01', to: '2024-12-31' })
			]
		});
		expect(result.healthLimited).toBe(true);
		expect(result.childcareArranged).toBe(false); // ended before today
	});

	it('leaves health unknown without an assessment or a health situation', () => {
		expect(facts({ birthDate: '' }).healthLimited).toBeNull();
	});
});
