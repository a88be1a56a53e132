/**
 * The server side of the one access function: looks up the facts (from the server's own
 * tables, never from the client) and asks the shared rules. Used by the sync endpoint and by
 * every HTTP endpoint.
 */
import { decide, type Action, type Decision, type Facts } from '../src/lib/shared/access';
import * as docname from '../src/lib/shared/docname';
import type { Accounts, User } from './auth/accounts';
import type { Cases } from './cases';

export class Access {
	#accounts: Accounts;
	#cases: Cases;

	constructor(accounts: Accounts, cases: Cases) {
		this.#accounts = accounts;
		this.#cases = cases;
	}

	/** (user, doc name, action) → allow/deny with reason. Unknown doc names are denied. */
	check(user: User, name: string, action: Action): Decision {
		const doc = docname.parse(name);
		if (!doc) return { allow: false, reason: 'unknown doc name' };
		if (user.disabled) return { allow: false, reason: 'user disabled' };
		const subject = this.#accounts.subject(user);
		if (!subject) return { allow: false, reason: 'user has no agency' };
		const facts: Facts = {};
		if (doc.kind === 'case' || doc.kind === 'confidential') {
			const row = this.#cases.get(doc.caseId);
			facts.case = row ? { agencyId: row.agencyId, managerId: row.managerId } : null;
		}
		return decide(subject, doc, action, facts);
	}
}
