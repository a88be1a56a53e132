/**
 * Who may do what with which resource, declared as data. The server is the only judge: it calls
 * `decide` from the sync endpoint and from every HTTP endpoint with facts it looked up itself
 * (never facts the client sent). The browser uses the same table only to hide what would be
 * refused anyway. docs/access.md is rendered from RULES (see access-table.ts) and a test fails
 * when the file and the table differ.
 *
 * Resources are mostly docs (the unit of sync, because the server can only refuse a whole doc),
 * plus two things that are not docs: the accounts directory (admin screen) and the audit trail
 * across cases (data protection officer).
 */
import type { DocKind, DocName } from './docname';
import type { AgencyKind, Role } from './roles';

/**
 * read/write: sync the doc. assess: fill the one assessment form of a case through the
 * server-mediated assessor API (never the doc itself). share: manage consents, shares,
 * handovers and assessor links of a case. audit: read a case's audit trail. erase: erase
 * content for good. manage: administer users and agencies. confirm: be the second person who
 * confirms an administrator's case-role grant (src/lib/shared/grants.ts).
 */
export const ACTIONS = ['read', 'write', 'assess', 'share', 'audit', 'erase', 'manage', 'confirm'] as const;
export type Action = (typeof ACTIONS)[number];

export type Resource = DocName | { kind: 'accounts' } | { kind: 'auditTrail' };
export type ResourceKind = DocKind | 'accounts' | 'auditTrail';

/** A signed-in member of staff. */
export interface StaffSubject {
	kind: 'staff';
	userId: string;
	agencyId: string;
	agencyKind: AgencyKind;
	canton: string;
	region: string;
	roles: readonly Role[];
}

/** The holder of a temporary assessor link: no account, one case, one form. */
export interface LinkSubject {
	kind: 'link';
	linkId: string;
	caseId: string;
}

export type Subject = StaffSubject | LinkSubject;

/** What the server knows about the resource, looked up from its own tables at decision time. */
export interface Facts {
	/** The case behind a case doc; null when no such case exists. */
	case?: { agencyId: string; managerId: string | null } | null;
	/**
	 * The subject's agency holds an active share of this case AND a consent of the person that
	 * covers that agency and the shared part is valid now. Both are needed: a share without a
	 * valid consent (revoked, expired) grants nothing.
	 */
	consentedShare?: boolean;
	/** The subject's agency handed this case over less than HANDOVER_READ_DAYS ago. */
	formerAgency?: boolean;
}

/** How long the former responsible agency may still read a case after handing it over. */
export const HANDOVER_READ_DAYS = 30;

export type Condition =
	| { test: 'caseOfOwnAgency' }
	| { test: 'consentedShare' }
	| { test: 'formerAgency' }
	| { test: 'linkForCase' }
	| { test: 'role'; roles: readonly Role[] }
	| { test: 'agencyKind'; kinds: readonly AgencyKind[] }
	| { test: 'ownAgencyIndex' }
	| { test: 'ownCanton' }
	| { test: 'ownRegion' };

export interface Rule {
	resource: ResourceKind;
	action: Action;
	/** All conditions must hold. */
	when: readonly Condition[];
	/** Shown in docs/access.md, in refusals and in logs: why access was granted. */
	because: string;
}

const CASE_STAFF: readonly Role[] = ['case_manager', 'team_lead'];
const CASE_TEAM: readonly Role[] = ['case_manager', 'team_lead', 'integration_officer'];
/** Roles that may read a case shared with their agency. Admin, DPO and assessor never read case content. */
const PARTNER_READERS: readonly Role[] = [
	'partner_reader',
	'course_provider',
	'case_manager',
	'team_lead',
	'integration_officer'
];

const responsible = (roles: readonly Role[]): Condition[] => [{ test: 'caseOfOwnAgency' }, { test: 'role', roles }];

export const RULES: readonly Rule[] = [
	{ resource: 'case', action: 'read', when: responsible(CASE_TEAM), because: 'case team of the responsible agency' },
	{
		resource: 'case',
		action: 'read',
		when: [{ test: 'consentedShare' }, { test: 'role', roles: PARTNER_READERS }],
		because: 'agency the case is shared with, under a valid consent'
	},
	{
		resource: 'case',
		action: 'read',
		when: [{ test: 'formerAgency' }, { test: 'role', roles: CASE_STAFF }],
		because: `former responsible agency, ${HANDOVER_READ_DAYS} days after the handover`
	},
	{ resource: 'case', action: 'write', when: responsible(CASE_STAFF), because: 'case staff of the responsible agency' },
	{
		resource: 'case',
		action: 'assess',
		when: [{ test: 'linkForCase' }],
		because: 'holder of a valid assessor link for this case'
	},
	{
		resource: 'case',
		action: 'assess',
		when: responsible(CASE_STAFF),
		because: 'case staff of the responsible agency'
	},
	{ resource: 'case', action: 'share', when: responsible(CASE_STAFF), because: 'case staff of the responsible agency' },
	{ resource: 'case', action: 'audit', when: responsible(CASE_STAFF), because: 'case staff of the responsible agency' },
	{ resource: 'case', action: 'audit', when: [{ test: 'role', roles: ['dpo'] }], because: 'data protection officer' },
	{
		resource: 'case',
		action: 'erase',
		when: responsible(['team_lead']),
		because: 'team lead of the responsible agency'
	},
	{ resource: 'case', action: 'erase', when: [{ test: 'role', roles: ['dpo'] }], because: 'data protection officer' },
	{
		resource: 'confidential',
		action: 'read',
		when: responsible(CASE_STAFF),
		because: 'case staff of the responsible agency'
	},
	{
		resource: 'confidential',
		action: 'write',
		when: responsible(CASE_STAFF),
		because: 'case staff of the responsible agency'
	},
	{
		resource: 'confidential',
		action: 'erase',
		when: responsible(CASE_STAFF),
		because: 'case staff of the responsible agency'
	},
	{ resource: 'offers', action: 'read', when: [{ test: 'ownCanton' }], because: 'everyone in the canton' },
	{
		resource: 'offers',
		action: 'write',
		when: [
			{ test: 'ownCanton' },
			{ test: 'agencyKind', kinds: ['canton_office'] },
			{ test: 'role', roles: ['integration_officer', 'team_lead', 'admin'] }
		],
		because: 'the canton integration office'
	},
	{
		resource: 'employers',
		action: 'read',
		when: [{ test: 'ownRegion' }, { test: 'role', roles: CASE_TEAM }],
		because: 'integration officers and case managers of the region'
	},
	{
		resource: 'employers',
		action: 'write',
		when: [{ test: 'ownRegion' }, { test: 'role', roles: CASE_TEAM }],
		because: 'integration officers and case managers of the region'
	},
	{ resource: 'index', action: 'read', when: [{ test: 'ownAgencyIndex' }], because: "staff of the index's agency" },
	// index docs are written by the server's projection only: no rule grants write.
	{ resource: 'accounts', action: 'manage', when: [{ test: 'role', roles: ['admin'] }], because: 'administrator' },
	{
		resource: 'accounts',
		action: 'confirm',
		when: [{ test: 'role', roles: ['dpo'] }],
		because: 'data protection officer, second person for case roles of administrators'
	},
	{
		resource: 'auditTrail',
		action: 'read',
		when: [{ test: 'role', roles: ['dpo'] }],
		because: 'data protection officer'
	}
];

export interface Decision {
	allow: boolean;
	reason: string;
}

function isCase(resource: Resource): resource is Extract<DocName, { caseId: string }> {
	return resource.kind === 'case' || resource.kind === 'confidential';
}

function holds(condition: Condition, subject: Subject, resource: Resource, facts: Facts): boolean {
	if (condition.test === 'linkForCase') {
		return subject.kind === 'link' && isCase(resource) && resource.caseId === subject.caseId;
	}
	// Every other condition is about staff; a link holder is never staff.
	if (subject.kind !== 'staff') return false;
	switch (condition.test) {
		case 'caseOfOwnAgency':
			return isCase(resource) && facts.case != null && facts.case.agencyId === subject.agencyId;
		case 'consentedShare':
			return isCase(resource) && facts.consentedShare === true;
		case 'formerAgency':
			return isCase(resource) && facts.formerAgency === true;
		case 'role':
			return subject.roles.some((role) => condition.roles.includes(role));
		case 'agencyKind':
			return condition.kinds.includes(subject.agencyKind);
		case 'ownAgencyIndex':
			return resource.kind === 'index' && resource.agency === subject.agencyId;
		case 'ownCanton':
			return resource.kind === 'offers' && resource.canton === subject.canton;
		case 'ownRegion':
			return resource.kind === 'employers' && resource.region === subject.region;
	}
}

/** The one access function: (subject, resource, action) → allow/deny with a reason. */
export function decide(subject: Subject, resource: Resource, action: Action, facts: Facts): Decision {
	if (isCase(resource) && facts.case === null) return { allow: false, reason: 'no such case' };
	const candidates = RULES.filter((rule) => rule.resource === resource.kind && rule.action === action);
	for (const rule of candidates) {
		if (rule.when.every((condition) => holds(condition, subject, resource, facts)))
			return { allow: true, reason: rule.because };
	}
	if (candidates.length === 0) return { allow: false, reason: `nobody may ${action} ${resource.kind}` };
	return { allow: false, reason: `${action} ${resource.kind}: only ${candidates.map((r) => r.because).join(' or ')}` };
}
