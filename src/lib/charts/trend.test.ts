import { expect, it } from 'vitest';
import { layout } from './trend';

const size = { width: 400, height: 200, margin: { top: 10, right: 10, bottom: 20, left: 40 } };

it('places shares between 0 and 100 % and the target line', () => {
	const l = layout(['2026-03-31', '2026-06-30'], [{ key: 'a', label: 'A', values: [0, 1] }], 0.4, size);
	expect(l.paths[0]!.d).toBe('M40,180L390,10');
	expect(l.targetY).toBeCloseTo(180 - 0.4 * 170);
	expect(l.paths[0]!.last).toEqual({ x: 390, y: 10 });
});

it('breaks the line where nobody was in the population', () => {
	const l = layout(['a', 'b', 'c'], [{ key: 'a', label: 'A', values: [0.5, null, 0.5] }], null, size);
	expect(l.paths[0]!.d.match(/M/g)).toHaveLength(2);
	expect(l.targetY).toBeNull();
});
