/**
 * Renders the access rules (RULES in access.ts) as the Markdown table in docs/access.md, so the
 * documented rules are the enforced ones. `npm run access:doc` rewrites the file;
 * access-table.test.ts fails when it is stale.
 */
import { RULES, type Condition, type Rule } from './access';

const RESOURCE_NAMES: Record<Rule['resource'], string> = {
	case: '`case/<id>`',
	confidential: '`case/<id>/confidential`',
	offers: '`offers/<canton>`',
	employers: '`employers/<region>`',
	index: '`index/<agency>`',
	accounts: 'accounts (admin API)',
	auditTrail: 'audit trail across cases'
};

function condition(c: Condition): string {
	switch (c.test) {
		case 'caseOfOwnAgency':
			return 'case is held by own agency';
		case 'consentedShare':
			return 'case shared with own agency and covered by a valid consent';
		case 'formerAgency':
			return 'own agency handed the case over recently';
		case 'linkForCase':
			return 'valid (unexpired, unrevoked) assessor link for this case';
		case 'role':
			return `role ∈ {${c.roles.join(', ')}}`;
		case 'agencyKind':
			return `agency kind ∈ {${c.kinds.join(', ')}}`;
		case 'ownAgencyIndex':
			return 'index of own agency';
		case 'ownCanton':
			return 'own canton';
		case 'ownRegion':
			return 'own region';
	}
}

export function renderMarkdown(rules: readonly Rule[] = RULES): string {
	const lines = [
		'# Access rules',
		'',
		'Generated from `RULES` in `src/lib/shared/access.ts` by `npm run access:doc`; a unit test fails if this file is stale.',
		'The server decides every sync connection and every `/api` request with these rules; anything not listed is refused.',
		'A read-only connection has its updates dropped (not applied, not stored) and is told so.',
		'',
		'| resource | action | allowed when (all hold) | because |',
		'|---|---|---|---|'
	];
	for (const rule of rules) {
		lines.push(
			`| ${RESOURCE_NAMES[rule.resource]} | ${rule.action} | ${rule.when.map(condition).join(' ∧ ')} | ${rule.because} |`
		);
	}
	lines.push('', 'Nobody writes `index/<agency>` docs: the server projection does.', '');
	return lines.join('\n');
}
