/**
 * Pending role grants (the `role_grants` table): a change of roles or agency that would give an
 * administrator account access to case content waits here for the data protection officer
 * (src/lib/shared/grants.ts says when). One open grant per account: a newer request supersedes
 * the older. Rows are kept after the decision, as the record of who asked and who decided.
 */
import { randomUUID } from 'node:crypto';
import { isRole, type Role } from '../../src/lib/shared/roles';
import type { Db } from '../db';
import { jsonList } from './schema';

export type GrantOutcome = 'confirmed' | 'rejected' | 'superseded';

export interface RoleGrant {
	id: string;
	userId: string;
	agencyId: string;
	roles: Role[];
	requestedBy: string;
	requestedAt: number;
	decidedBy: string | null;
	decidedAt: number | null;
	outcome: GrantOutcome | null;
}

interface Row {
	id: string;
	user_id: string;
	agency_id: string;
	roles: string;
	requested_by: string;
	requested_at: number;
	decided_by: string | null;
	decided_at: number | null;
	outcome: GrantOutcome | null;
}

const toGrant = (r: Row): RoleGrant => ({
	id: r.id,
	userId: r.user_id,
	agencyId: r.agency_id,
	roles: jsonList(r.roles).filter(isRole),
	requestedBy: r.requested_by,
	requestedAt: r.requested_at,
	decidedBy: r.decided_by,
	decidedAt: r.decided_at,
	outcome: r.outcome
});

export class RoleGrants {
	#db: Db;

	constructor(db: Db) {
		this.#db = db;
	}

	request(input: {
		userId: string;
		agencyId: string;
		roles: readonly Role[];
		requestedBy: string;
		at: number;
	}): RoleGrant {
		const id = randomUUID();
		this.#db.transaction(() => {
			this.#db
				.prepare("UPDATE role_grants SET outcome = 'superseded', decided_at = ? WHERE user_id = ? AND outcome IS NULL")
				.run(input.at, input.userId);
			this.#db
				.prepare(
					'INSERT INTO role_grants (id, user_id, agency_id, roles, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?)'
				)
				.run(id, input.userId, input.agencyId, JSON.stringify(input.roles), input.requestedBy, input.at);
		})();
		return this.get(id)!;
	}

	get(id: string): RoleGrant | undefined {
		const row = this.#db.prepare<[string], Row>('SELECT * FROM role_grants WHERE id = ?').get(id);
		return row && toGrant(row);
	}

	pending(): RoleGrant[] {
		return this.#db
			.prepare<[], Row>('SELECT * FROM role_grants WHERE outcome IS NULL ORDER BY requested_at')
			.all()
			.map(toGrant);
	}

	/** Records the decision; false if the grant was decided (or superseded) meanwhile. */
	decide(id: string, outcome: 'confirmed' | 'rejected', by: string, at: number): boolean {
		return (
			this.#db
				.prepare('UPDATE role_grants SET outcome = ?, decided_by = ?, decided_at = ? WHERE id = ? AND outcome IS NULL')
				.run(outcome, by, at, id).changes > 0
		);
	}
}
