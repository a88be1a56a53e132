import { describe, expect, it } from 'vitest';
import { layout, type Profile } from './levels';

const latest: Profile = { listening: 'B1', reading: 'A2', speaking: 'B1', writing: 'A0' };
const previous: Profile = { listening: 'A1', reading: 'A1', speaking: '', writing: 'A0' };

describe('level chart layout', () => {
	it('draws one bar per assessed skill and series, none for unassessed skills', () => {
		const { bars } = layout(latest, previous, 400, 200);
		expect(bars.filter((b) => b.series === 'latest')).toHaveLength(4);
		expect(bars.filter((b) => b.series === 'previous').map((b) => b.skill)).toEqual([
			'listening',
			'reading',
			'writing'
		]);
	});

	it('makes higher levels taller bars standing on the same baseline', () => {
		const { bars, plot } = layout(latest, previous, 400, 200);
		const height = (skill: string, series: string) =>
			bars.find((b) => b.skill === skill && b.series === series)!.height;
		expect(height('listening', 'latest')).toBeGreaterThan(height('listening', 'previous'));
		expect(height('reading', 'latest')).toBeGreaterThan(height('reading', 'previous'));
		for (const bar of bars) expect(bar.y + bar.height).toBeCloseTo(plot.bottom);
	});

	it('gives A0 a visible stub, and C2 reaches the top of the plot', () => {
		const { bars, plot } = layout({ listening: 'C2', reading: '', speaking: '', writing: 'A0' }, null, 400, 200);
		expect(bars.find((b) => b.skill === 'writing')!.height).toBeGreaterThan(0);
		expect(bars.find((b) => b.skill === 'listening')!.y).toBeCloseTo(plot.top);
	});

	it('places the previous bar left of the latest within a skill, groups in skill order', () => {
		const { bars, groups } = layout(latest, previous, 400, 200);
		const listening = bars.filter((b) => b.skill === 'listening');
		expect(listening[0]!.series).toBe('previous');
		expect(listening[0]!.x + listening[0]!.width).toBeLessThanOrEqual(listening[1]!.x);
		expect(groups.map((g) => g.x)).toEqual([...groups.map((g) => g.x)].sort((a, b) => a - b));
	});

	it('has a tick per level from A0 at the bottom to C2 at the top', () => {
		const { ticks } = layout(latest, null, 400, 200);
		expect(ticks.map((t) => t.level)).toEqual(['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
		expect(ticks[0]!.y).toBeGreaterThan(ticks[6]!.y);
	});
});
