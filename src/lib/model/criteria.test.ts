import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as assessment from './assessment';
import * as criteria from './criteria';
import { NO_CRITERIA, type Criteria } from './offers';
import * as person from './person';
import * as residence from './residence';

const facts: criteria.PersonFacts = { age: 19, status: 'S', level: 'A2', employable: 'yes', placeable: 'no' };
const rule = (values: Partial<Criteria>): Criteria => ({ ...NO_CRITERIA, ...values });

describe('criteria.check (offer ↔ person)', () => {
	it('passes an offer without criteria and one whose criteria all hold', () => {
		expect(criteria.check(NO_CRITERIA, facts)).toEqual({ misses: [], unknown: [] });
		const bvj = rule({
			minAge: 16,
			maxAge: 25,
			statuses: ['S', 'F'],
			minLevel: 'A1',
			maxLevel: 'B1',
			employability: ['yes', 'partly'],
			placeable: ['no']
		});
		expect(criteria.check(bvj, facts)).toEqual({ misses: [], unknown: [] });
	});

	it('names each criterion that fails, with the value it found', () => {
		const check = criteria.check(
			rule({
				minAge: 16,
				maxAge: 18,
				statuses: ['F', 'B-FL'],
				minLevel: 'B1',
				employability: ['no'],
				placeable: ['yes']
			}),
			facts
		);
		expect(check.misses).toEqual([
			{ criterion: 'age', min: 16, max: 18, actual: 19 },
			{ criterion: 'status', allowed: ['F', 'B-FL'], actual: 'S' },
			{ criterion: 'minLevel', required: 'B1', actual: 'A2' },
			{ criterion: 'employability', allowed: ['no'], actual: 'yes' },
			{ criterion: 'placeable', allowed: ['yes'], actual: 'no' }
		]);
	});

	it('flags a language course below the level the person already has', () => {
		expect(criteria.check(rule({ maxLevel: 'A2' }), facts).misses).toEqual([
			{ criterion: 'maxLevel', target: 'A2', actual: 'A2' }
		]);
		expect(criteria.check(rule({ maxLevel: 'B1' }), facts).misses).toEqual([]);
	});

	it('reports facts that are not recorded as unknown, not as misses', () => {
		const blank: criteria.PersonFacts = { age: null, status: null, level: '', employable: '', placeable: '' };
		const check = criteria.check(
			rule({ minAge: 16, statuses: ['S'], minLevel: 'A2', employability: ['no'], placeable: ['no'] }),
			blank
		);
		expect(check).toEqual({ misses: [], unknown: ['age', 'status', 'level', 'employability', 'placeable'] });
	});

	it('reads the facts from a case doc on a given day', () => {
		const doc = new Y.Doc();
		person.setAll(doc, { birthDate: '2008-12-15' });
		residence.change(doc, 'N', '2023-01-10');
		residence.change(doc, 'F', '2024-02-01');
		assessment.add(doc, {
			date: '2025-05-01',
			localLanguage: { listening: 'A2', reading: 'A1', speaking: 'A2', writing: 'A1' },
			employable: 'partly',
			placeable: 'no'
		});
		expect(criteria.factsOf(doc, '2026-12-14')).toEqual({
			age: 17,
			status: 'F',
			level: 'A1',
			employable: 'partly',
			placeable: 'no'
		});
		expect(criteria.factsOf(doc, '2023-06-01').status).toBe('N');
	});

	it('reads a placeability left open after a judged employability as unclear, as the allocation rules do', () => {
		const doc = new Y.Doc();
		assessment.add(doc, { date: '2025-05-01', employable: 'yes', placeable: '' });
		expect(criteria.factsOf(doc, '2026-01-01').placeable).toBe('unclear');
		expect(criteria.check(rule({ placeable: ['no', 'unclear'] }), criteria.factsOf(doc, '2026-01-01')).misses).toEqual(
			[]
		);
		expect(criteria.check(rule({ placeable: ['yes'] }), criteria.factsOf(doc, '2026-01-01')).misses).toHaveLength(1);
	});
});
