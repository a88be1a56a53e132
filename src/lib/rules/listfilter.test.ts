import { describe, expect, it } from 'vitest';
import { AT, FIXTURE } from './indicators.fixture';
import { CriteriaSchema, empty, filter } from './listfilter';

const noExtras = () => ({ ampel: '' });

function ids(criteria: Record<string, unknown>, extras = noExtras): string[] {
	return filter(CriteriaSchema.parse({ at: AT, ...criteria }), FIXTURE, extras).map((r) => r.id);
}

describe('client list criteria', () => {
	it('without criteria lists everyone in the canton on the reference date', () => {
		const rows = filter(empty(AT), FIXTURE, noExtras);
		expect(rows).toHaveLength(13);
		expect(rows.map((r) => r.id)).not.toContain('p06-left');
	});
	it('combines status, age and duration of stay', () => {
		expect(ids({ statuses: ['S'], ageMin: 18, ageMax: 64 })).toEqual([
			'p01-birthday',
			'p07-household-a',
			'p08-household-b'
		]);
		expect(ids({ statuses: ['S'], ageMin: 18, stayMin: 3 })).toEqual(['p01-birthday', 'p07-household-a']);
	});
	it('filters by language level and employability of the latest assessment', () => {
		expect(ids({ levelMin: 'A1' })).toEqual(['p03-three-years']);
		expect(ids({ levelMax: 'A0' })).toEqual(['p10-eight-years', 'p14-new']);
		expect(ids({ employability: ['partly'] })).toEqual(['p14-new']);
		// 'none': no result recorded, assessed or not (p03 and p10 were assessed without one).
		expect(ids({ employability: ['none'] })).toHaveLength(12);
	});
	it('filters by measures running or completed and by offer type', () => {
		expect(ids({ measureState: 'running', offerTypes: ['language'] })).toEqual(['p13-preschool']);
		expect(ids({ measureState: 'completed', offerTypes: ['language'] })).toEqual(['p03-three-years', 'p05-s-to-b']);
		expect(
			filter(
				CriteriaSchema.parse({ at: AT, measureState: 'completed', offerTypes: ['language'] }),
				FIXTURE,
				noExtras
			)[0]?.measures
		).toEqual(['Deutschkurs A1']);
	});
	it('filters by case manager, agency and Ampel state', () => {
		expect(ids({ managerIds: ['u-nobody'] })).toEqual([]);
		expect(ids({ ampel: ['red'] }, () => ({ ampel: 'red' }))).toHaveLength(13);
		expect(ids({ ampel: ['red'] })).toEqual([]);
	});
	it('rejects unknown or malformed criteria', () => {
		expect(CriteriaSchema.safeParse({ at: '2026-02-30' }).success).toBe(false);
		expect(CriteriaSchema.safeParse({ at: AT, colour: 'red' }).success).toBe(false);
		expect(CriteriaSchema.safeParse({ at: AT, levelMin: 'Z9' }).success).toBe(false);
	});
});
