import { describe, expect, it } from 'vitest';
import { resolve, type Authority, type OwnedFields } from './owned';

const registry = new Map<string, OwnedFields>([['c1', { agencyId: 'a', managerId: 'u-m', zemis: '11111111-1' }]]);
const authority: Authority = {
	registry: (id) => registry.get(id),
	mayManage: (user, agency) => agency === 'a' && ['u-m', 'u-n'].includes(user),
	holderOf: (zemis) => [...registry].find(([, r]) => r.zemis === zemis)?.[0]
};

describe('server-owned case fields', () => {
	it('keeps the registry’s agency and ZEMIS number whatever the doc says, and corrects the doc', () => {
		const result = resolve('c1', { agencyId: 'b', managerId: 'u-m', zemis: '99999999-9' }, authority);
		expect(result.owned).toEqual({ agencyId: 'a', managerId: 'u-m', zemis: '11111111-1' });
		expect(result.corrections).toEqual({ agencyId: 'a', zemis: '11111111-1' });
		expect(result.registered).toBe(true);
	});

	it('follows a reassignment to staff of the agency, not to anybody else', () => {
		expect(resolve('c1', { agencyId: 'a', managerId: 'u-n', zemis: '11111111-1' }, authority)).toMatchObject({
			owned: { managerId: 'u-n' },
			corrections: {}
		});
		expect(resolve('c1', { agencyId: 'a', managerId: 'u-other-agency', zemis: '11111111-1' }, authority)).toMatchObject(
			{ owned: { managerId: 'u-m' }, corrections: { managerId: 'u-m' } }
		);
		expect(resolve('c1', { agencyId: 'a', managerId: '', zemis: '11111111-1' }, authority).owned.managerId).toBe('');
	});

	it('lets an unregistered case bring its own values, but no ZEMIS number another case holds', () => {
		expect(resolve('c2', { agencyId: 'a', managerId: '', zemis: '22222222-2' }, authority)).toEqual({
			owned: { agencyId: 'a', managerId: '', zemis: '22222222-2' },
			corrections: {},
			registered: false
		});
		expect(resolve('c2', { agencyId: 'a', managerId: '', zemis: '11111111-1' }, authority).owned.zemis).toBe('');
	});
});
