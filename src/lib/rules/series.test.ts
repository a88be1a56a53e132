import { expect, it } from 'vitest';
import { quarterDates } from './series';

it('ends with the reference date and steps back by quarter ends', () => {
	expect(quarterDates('2026-05-15', 4)).toEqual(['2025-09-30', '2025-12-31', '2026-03-31', '2026-05-15']);
	expect(quarterDates('2026-03-31', 3)).toEqual(['2025-09-30', '2025-12-31', '2026-03-31']);
});
