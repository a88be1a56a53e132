import { describe, expect, it } from 'vitest';
import { distribute, WEIGHTS } from './caseload';

describe('caseload', () => {
	const cases = [
		{ managerId: 'a', ampel: 'red' as const, closed: false },
		{ managerId: 'a', ampel: 'green' as const, closed: false },
		{ managerId: 'a', ampel: 'red' as const, closed: true },
		{ managerId: 'b', ampel: 'yellow' as const, closed: false },
		{ managerId: 'gone', ampel: 'green' as const, closed: false }
	];
	it('counts open cases per manager with their Ampel mix and weighted load; others as unassigned', () => {
		const [a, b, c, none] = distribute(cases, ['a', 'b', 'c']);
		expect(a).toMatchObject({ active: 2, mix: { red: 1, yellow: 0, green: 1 }, weighted: WEIGHTS.red + WEIGHTS.green });
		expect(b).toMatchObject({ active: 1, weighted: WEIGHTS.yellow });
		expect(c).toMatchObject({ active: 0, weighted: 0 });
		expect(none).toMatchObject({ managerId: '', active: 1 });
	});
	it('flags a load above the limit, not at it', () => {
		const at = WEIGHTS.red + WEIGHTS.green;
		expect(distribute(cases, ['a'], at)[0]!.overLimit).toBe(false);
		expect(distribute(cases, ['a'], at - 1)[0]!.overLimit).toBe(true);
	});
});
