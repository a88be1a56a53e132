/**
 * Who may read or write which doc, declared as data. The server is the only judge: it calls
 * `decide` from the sync endpoint and from every HTTP endpoint with facts it looked up itself
 * (never facts the client sent). The browser uses the same table only to hide what would be
 * refused anyway. The README's access table is printed from RULES.
 */
import type { DocName, DocKind } from './docname';
import type { AgencyKind, Role } from './roles';

export type Action = 'read' | 'write';

export interface Subject {
	userId: string;
	agencyId: string;
	agencyKind: AgencyKind;
	canton: string;
	region: string;
	roles: readonly Role[];
}

/** What the server knows about the doc's owner, looked up from its own tables. */
export interface Facts {
	/** The case behind a case doc; null when no such case exists. */
	case?: { agencyId: string; managerId: string | null } | null;
}

export type Condition =
	| { test: 'caseOfOwnAgency' }
	| { test: 'role'; roles: readonly Role[] }
	| { test: 'agencyKind'; kinds: readonly AgencyKind[] }
	| { test: 'ownAgencyIndex' }
	| { test: 'ownCanton' }
	| { test: 'ownRegion' };

export interface Rule {
	doc: DocKind;
	action: Action;
	/** All conditions must hold. */
	when: readonly Condition[];
	/** Shown in the README and in logs: why access was granted. */
	because: string;
}

const CASE_STAFF: readonly Role[] = ['case_manager', 'team_lead'];

export const RULES: readonly Rule[] = [
	{ doc: 'case', action: 'read', when: [{ test: 'caseOfOwnAgency' }], because: 'staff of the responsible agency' },
	{
		doc: 'case',
		action: 'write',
		when: [{ test: 'caseOfOwnAgency' }, { test: 'role', roles: CASE_STAFF }],
		because: 'case staff of the responsible agency'
	},
	{
		doc: 'confidential',
		action: 'read',
		when: [{ test: 'caseOfOwnAgency' }, { test: 'role', roles: CASE_STAFF }],
		because: 'case staff of the responsible agency'
	},
	{
		doc: 'confidential',
		action: 'write',
		when: [{ test: 'caseOfOwnAgency' }, { test: 'role', roles: CASE_STAFF }],
		because: 'case staff of the responsible agency'
	},
	{ doc: 'offers', action: 'read', when: [{ test: 'ownCanton' }], because: 'everyone in the canton' },
	{
		doc: 'offers',
		action: 'write',
		when: [
			{ test: 'ownCanton' },
			{ test: 'agencyKind', kinds: ['canton_office'] },
			{ test: 'role', roles: ['integration_officer', 'team_lead', 'admin'] }
		],
		because: 'the canton integration office'
	},
	{
		doc: 'employers',
		action: 'read',
		when: [{ test: 'ownRegion' }, { test: 'role', roles: ['integration_officer', 'case_manager', 'team_lead'] }],
		because: 'integration officers and case managers of the region'
	},
	{
		doc: 'employers',
		action: 'write',
		when: [{ test: 'ownRegion' }, { test: 'role', roles: ['integration_officer', 'case_manager', 'team_lead'] }],
		because: 'integration officers and case managers of the region'
	},
	{ doc: 'index', action: 'read', when: [{ test: 'ownAgencyIndex' }], because: "staff of the index's agency" }
	// index docs are written by the server's projection only: no rule grants write.
];

export interface Decision {
	allow: boolean;
	reason: string;
}

function holds(condition: Condition, subject: Subject, doc: DocName, facts: Facts): boolean {
	switch (condition.test) {
		case 'caseOfOwnAgency':
			return (
				(doc.kind === 'case' || doc.kind === 'confidential') &&
				facts.case != null &&
				facts.case.agencyId === subject.agencyId
			);
		case 'role':
			return subject.roles.some((role) => condition.roles.includes(role));
		case 'agencyKind':
			return condition.kinds.includes(subject.agencyKind);
		case 'ownAgencyIndex':
			return doc.kind === 'index' && doc.agency === subject.agencyId;
		case 'ownCanton':
			return doc.kind === 'offers' ? doc.canton === subject.canton : false;
		case 'ownRegion':
			return doc.kind === 'employers' ? doc.region === subject.region : false;
	}
}

/** The one access function: (user, doc, action) → allow/deny with a reason. */
export function decide(subject: Subject, doc: DocName, action: Action, facts: Facts): Decision {
	if ((doc.kind === 'case' || doc.kind === 'confidential') && facts.case === null) {
		return { allow: false, reason: 'no such case' };
	}
	const candidates = RULES.filter((rule) => rule.doc === doc.kind && rule.action === action);
	for (const rule of candidates) {
		if (rule.when.every((condition) => holds(condition, subject, doc, facts))) {
			return { allow: true, reason: rule.because };
		}
	}
	if (candidates.length === 0) return { allow: false, reason: `nobody may ${action} ${doc.kind} docs` };
	return { allow: false, reason: `${action} ${doc.kind}: only ${candidates.map((r) => r.because).join(' or ')}` };
}
