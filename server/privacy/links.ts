/**
 * Temporary assessor links: a random token for an external assessment provider, valid for one
 * case and one assessment form until it expires or is revoked. Like session tokens, only the
 * token's SHA-256 is stored.
 */
import crypto from 'node:crypto';
import type { Db } from '../db';

export interface AssessorLink {
	id: string;
	caseId: string;
	assessmentId: string;
	createdBy: string;
	createdAt: number;
	expiresAt: number;
	revokedAt: number | null;
}

interface Row {
	id: string;
	case_id: string;
	assessment_id: string;
	created_by: string;
	created_at: number;
	expires_at: number;
	revoked_at: number | null;
}

const toLink = (r: Row): AssessorLink => ({
	id: r.id,
	caseId: r.case_id,
	assessmentId: r.assessment_id,
	createdBy: r.created_by,
	createdAt: r.created_at,
	expiresAt: r.expires_at,
	revokedAt: r.revoked_at
});

const digest = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export class AssessorLinks {
	#db: Db;

	constructor(db: Db) {
		this.#db = db;
	}

	issue(
		caseId: string,
		assessmentId: string,
		by: string,
		expiresAt: number,
		now = Date.now()
	): { token: string; link: AssessorLink } {
		const token = crypto.randomBytes(32).toString('base64url');
		const id = crypto.randomUUID();
		this.#db
			.prepare(
				'INSERT INTO assessor_links (id, token_hash, case_id, assessment_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
			)
			.run(id, digest(token), caseId, assessmentId, by, now, expiresAt);
		return { token, link: this.get(id)! };
	}

	get(id: string): AssessorLink | undefined {
		const row = this.#db.prepare<[string], Row>('SELECT * FROM assessor_links WHERE id = ?').get(id);
		return row && toLink(row);
	}

	/** The link for a token if it is still valid; expired and revoked links resolve to nothing. */
	resolve(token: string | null | undefined, now = Date.now()): AssessorLink | undefined {
		if (!token || token.length > 100) return undefined;
		const row = this.#db.prepare<[string], Row>('SELECT * FROM assessor_links WHERE token_hash = ?').get(digest(token));
		if (!row || row.revoked_at !== null || now >= row.expires_at) return undefined;
		return toLink(row);
	}

	/** Still valid? Used to re-check a link whose token is no longer at hand. */
	valid(id: string, now = Date.now()): boolean {
		const link = this.get(id);
		return link !== undefined && link.revokedAt === null && now < link.expiresAt;
	}

	of(caseId: string): AssessorLink[] {
		return this.#db
			.prepare<[string], Row>('SELECT * FROM assessor_links WHERE case_id = ? ORDER BY created_at')
			.all(caseId)
			.map(toLink);
	}

	revoke(caseId: string, id: string, now = Date.now()): boolean {
		return (
			this.#db
				.prepare('UPDATE assessor_links SET revoked_at = ? WHERE id = ? AND case_id = ? AND revoked_at IS NULL')
				.run(now, id, caseId).changes > 0
		);
	}

	removeCase(caseId: string): void {
		this.#db.prepare('DELETE FROM assessor_links WHERE case_id = ?').run(caseId);
	}
}
