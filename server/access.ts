/**
 * The server side of the one access function: looks up the facts (from the server's own
 * tables, never from the client) and asks the shared rules. Used by the sync endpoint, by the
 * periodic re-check of open connections and by every HTTP endpoint.
 */
import { decide, type Action, type Decision, type Facts, type Resource, type Subject } from '../src/lib/shared/access';
import * as docname from '../src/lib/shared/docname';
import type { Accounts, User } from './auth/accounts';
import type { Cases } from './cases';
import type { Consents } from './privacy/consents';
import type { Handovers } from './privacy/handovers';
import type { AssessorLink } from './privacy/links';

export interface AccessSources {
	accounts: Accounts;
	cases: Cases;
	consents: Consents;
	handovers: Handovers;
}

export class Access {
	#sources: AccessSources;

	constructor(sources: AccessSources) {
		this.#sources = sources;
	}

	/** (user, doc name, action) → allow/deny with reason. Unknown doc names are denied. */
	check(user: User, name: string, action: Action, now = Date.now()): Decision {
		const doc = docname.parse(name);
		if (!doc) return { allow: false, reason: 'unknown doc name' };
		return this.checkResource(user, doc, action, now);
	}

	/** The same decision for any resource (docs, the accounts directory, the audit trail). */
	checkResource(user: User, resource: Resource, action: Action, now = Date.now()): Decision {
		if (user.disabled) return { allow: false, reason: 'user disabled' };
		const subject = this.#sources.accounts.subject(user);
		if (!subject) return { allow: false, reason: 'user has no agency' };
		return decide(subject, resource, action, this.#facts(subject, resource, now));
	}

	/** Decision for the holder of an assessor link (already resolved from a valid token). */
	checkLink(link: AssessorLink, name: string, action: Action, now = Date.now()): Decision {
		const doc = docname.parse(name);
		if (!doc) return { allow: false, reason: 'unknown doc name' };
		const subject: Subject = { kind: 'link', linkId: link.id, caseId: link.caseId };
		return decide(subject, doc, action, this.#facts(subject, doc, now));
	}

	#facts(subject: Subject, resource: Resource, now: number): Facts {
		if (resource.kind !== 'case' && resource.kind !== 'confidential') return {};
		const row = this.#sources.cases.get(resource.caseId);
		if (!row) return { case: null };
		const facts: Facts = { case: { agencyId: row.agencyId, managerId: row.managerId } };
		if (subject.kind === 'staff' && row.agencyId !== subject.agencyId) {
			facts.consentedShare = this.#sources.consents.consentedShare(row.id, subject.agencyId, 'case', now);
			facts.formerAgency = this.#sources.handovers.formerAgency(row.id, subject.agencyId, now);
		}
		return facts;
	}
}
