import { describe, expect, it } from 'vitest';
import { provenance } from './provenance';

describe('provenance', () => {
	it('links a conference decision back to its conference and decision, with the date', () => {
		const p = provenance('c-0007', 'conference:k1:d2', (id) => (id === 'k1' ? '2026-05-04' : undefined));
		expect(p).toEqual({
			kind: 'conference',
			key: 'provenance.conference',
			params: { date: '2026-05-04' },
			href: '/cases/c-0007?tab=conference&conference=k1#decision-d2'
		});
	});
	it('still links when the conference date is unknown (deleted or not loaded)', () => {
		const p = provenance('c-1', 'conference:k9:d1');
		expect(p?.key).toBe('provenance.conferenceUndated');
		expect(p?.href).toContain('conference=k9');
	});
	it('names the allocation rule by its title, or its id when unknown', () => {
		expect(provenance('c-1', 'allocation:kinderbetreuung-zuerst')?.params.rule).toBe(
			'Kinderbetreuung zuerst organisieren'
		);
		expect(provenance('c-1', 'allocation:gone')).toMatchObject({
			kind: 'allocation',
			params: { rule: 'gone' },
			href: null
		});
	});
	it('marks handovers and ignores manual entries', () => {
		expect(provenance('c-1', 'handover:h1')?.kind).toBe('handover');
		expect(provenance('c-1', '')).toBeNull();
		expect(provenance('c-1', undefined)).toBeNull();
		expect(provenance('c-1', 'conference:broken')).toBeNull();
	});
});
