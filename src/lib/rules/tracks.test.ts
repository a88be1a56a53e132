import { describe, expect, it } from 'vitest';
import { DUTIES, holderMismatch, socialAssistanceAt, toInvite, trackAt } from './tracks';

const period = (from: string, to = '') => ({ kind: 'socialAssistance', from, to });

describe('Programm S tracks', () => {
	it('puts a person receiving social assistance on the social region track, from the first day to the last', () => {
		const history = [{ kind: 'employed', from: '2024-01-01', to: '' }, period('2024-03-01', '2025-06-30')];
		expect(trackAt(history, '2024-02-29')).toEqual({ track: 'municipality', since: '', responsible: 'municipality' });
		expect(trackAt(history, '2024-03-01')).toEqual({
			track: 'socialRegion',
			since: '2024-03-01',
			responsible: 'social_region'
		});
		expect(trackAt(history, '2025-06-30').track).toBe('socialRegion');
		expect(trackAt(history, '2025-07-01').track).toBe('municipality');
		expect(socialAssistanceAt([period('2024-03-01')], '2030-01-01')?.from).toBe('2024-03-01');
		expect(trackAt([], '2026-01-01').track).toBe('municipality');
	});

	it('flags a case held by the agency kind the track does not make responsible', () => {
		const withAssistance = trackAt([period('2024-03-01')], '2026-01-01');
		const without = trackAt([], '2026-01-01');
		expect(holderMismatch(withAssistance, 'social_region')).toBe(false);
		expect(holderMismatch(withAssistance, 'municipality')).toBe(true);
		expect(holderMismatch(without, 'municipality')).toBe(false);
		expect(holderMismatch(without, 'social_region')).toBe(true);
		// The canton office or a partner holding a case is not judged by the tracks.
		expect(holderMismatch(without, 'canton_office')).toBe(false);
	});

	it('invites persons of 16 to 64 (potentially employable or able to train), nobody when the age is unknown', () => {
		expect([15, 16, 64, 65].map(toInvite)).toEqual([false, true, true, false]);
		expect(toInvite(null)).toBe(false);
	});

	it('lists the duties of each track with the plan section, the shared invitation first', () => {
		for (const duties of Object.values(DUTIES)) {
			expect(duties[0]?.section).toBe('1.2, 5.1');
			for (const duty of duties) expect(duty.section).toMatch(/^\d+\.\d+/);
		}
		const sections = (track: keyof typeof DUTIES) => DUTIES[track].map((d) => d.section);
		expect(sections('socialRegion')).toEqual(
			expect.arrayContaining(['5.3.1', '5.4.1', '5.6.1', '5.7.1', '5.9.1', '5.11'])
		);
		expect(sections('municipality')).toEqual(
			expect.arrayContaining(['5.2.2', '5.3.2', '5.4.2', '5.6.2', '5.7.2', '5.9.2'])
		);
	});
});
