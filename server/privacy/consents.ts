/**
 * Consent (Einwilligung) of the person and the shares it allows. A share of a case with another
 * agency is only created when a consent covers it, and only grants access while one still does:
 * revoking or outliving the consent ends access at once, whatever shares exist.
 *
 * Parts are the pieces of a case the server can refuse separately, i.e. docs: today only the
 * shared dossier `case` (master data, status, assessment, plan, measures, journal). The
 * confidential doc is never shareable (access rules). Finer parts need finer docs.
 */
import crypto from 'node:crypto';
import type { Db } from '../db';
import { ok, refuse, type Outcome } from './result';
import { isoDay, jsonList } from './schema';

export const PARTS = ['case'] as const;
export type Part = (typeof PARTS)[number];

export interface Consent {
	id: string;
	caseId: string;
	/** general: any agency of the canton involved in the integration; specific: the listed ones. */
	kind: 'general' | 'specific';
	agencies: string[];
	parts: Part[];
	validFrom: string;
	/** '' = until revoked. Inclusive. */
	validTo: string;
	/** The signed form: the content hash of a document of the same case ('' = not filed yet). */
	documentRef: string;
	recordedBy: string;
	recordedAt: number;
	revokedAt: number | null;
}

export interface Share {
	id: string;
	caseId: string;
	agencyId: string;
	parts: Part[];
	createdBy: string;
	createdAt: number;
	revokedAt: number | null;
}

interface ConsentRow {
	id: string;
	case_id: string;
	kind: 'general' | 'specific';
	agencies: string;
	parts: string;
	valid_from: string;
	valid_to: string;
	document_ref: string;
	recorded_by: string;
	recorded_at: number;
	revoked_at: number | null;
}

interface ShareRow {
	id: string;
	case_id: string;
	agency_id: string;
	parts: string;
	created_by: string;
	created_at: number;
	revoked_at: number | null;
}

const parts = (raw: string): Part[] => jsonList(raw).filter((p): p is Part => (PARTS as readonly string[]).includes(p));

const toConsent = (r: ConsentRow): Consent => ({
	id: r.id,
	caseId: r.case_id,
	kind: r.kind,
	agencies: jsonList(r.agencies),
	parts: parts(r.parts),
	validFrom: r.valid_from,
	validTo: r.valid_to,
	documentRef: r.document_ref,
	recordedBy: r.recorded_by,
	recordedAt: r.recorded_at,
	revokedAt: r.revoked_at
});

const toShare = (r: ShareRow): Share => ({
	id: r.id,
	caseId: r.case_id,
	agencyId: r.agency_id,
	parts: parts(r.parts),
	createdBy: r.created_by,
	createdAt: r.created_at,
	revokedAt: r.revoked_at
});

/** Does `consent` allow showing `part` of its case to `agencyId` on `now`? */
export function covers(consent: Consent, agencyId: string, part: Part, now: number): boolean {
	const today = isoDay(now);
	return (
		consent.revokedAt === null &&
		consent.validFrom <= today &&
		(consent.validTo === '' || today <= consent.validTo) &&
		consent.parts.includes(part) &&
		(consent.kind === 'general' || consent.agencies.includes(agencyId))
	);
}

export type NewConsent = Pick<Consent, 'kind' | 'agencies' | 'parts' | 'validFrom' | 'validTo' | 'documentRef'>;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export class Consents {
	#db: Db;

	constructor(db: Db) {
		this.#db = db;
	}

	record(caseId: string, input: NewConsent, by: string, now = Date.now()): Outcome<Consent> {
		if (!ISO.test(input.validFrom) || (input.validTo !== '' && !ISO.test(input.validTo)))
			return refuse(400, 'validFrom/validTo must be YYYY-MM-DD');
		if (input.validTo !== '' && input.validTo < input.validFrom) return refuse(400, 'validTo is before validFrom');
		if (input.parts.length === 0 || !input.parts.every((p) => (PARTS as readonly string[]).includes(p)))
			return refuse(400, `parts must be some of ${PARTS.join(', ')}`);
		if (input.kind === 'specific' && input.agencies.length === 0)
			return refuse(400, 'a specific consent names at least one agency');
		const id = crypto.randomUUID();
		this.#db
			.prepare(
				'INSERT INTO consents (id, case_id, kind, agencies, parts, valid_from, valid_to, document_ref, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
			)
			.run(
				id,
				caseId,
				input.kind,
				JSON.stringify(input.kind === 'general' ? [] : input.agencies),
				JSON.stringify(input.parts),
				input.validFrom,
				input.validTo,
				input.documentRef.slice(0, 200),
				by,
				now
			);
		return ok(this.consent(id)!);
	}

	consent(id: string): Consent | undefined {
		const row = this.#db.prepare<[string], ConsentRow>('SELECT * FROM consents WHERE id = ?').get(id);
		return row && toConsent(row);
	}

	consentsOf(caseId: string): Consent[] {
		return this.#db
			.prepare<[string], ConsentRow>('SELECT * FROM consents WHERE case_id = ? ORDER BY recorded_at')
			.all(caseId)
			.map(toConsent);
	}

	revokeConsent(caseId: string, id: string, by: string, now = Date.now()): Outcome<Consent> {
		const found = this.consent(id);
		if (!found || found.caseId !== caseId) return refuse(404, 'no such consent');
		if (found.revokedAt !== null) return refuse(409, 'consent already revoked');
		this.#db.prepare('UPDATE consents SET revoked_at = ?, revoked_by = ? WHERE id = ?').run(now, by, id);
		return ok(this.consent(id)!);
	}

	/** Shares a case with an agency, refused with the reason unless a consent covers it now. */
	share(caseId: string, agencyId: string, wanted: Part[], by: string, now = Date.now()): Outcome<Share> {
		if (wanted.length === 0) return refuse(400, 'nothing to share');
		const consents = this.consentsOf(caseId);
		const uncovered = wanted.filter((part) => !consents.some((c) => covers(c, agencyId, part, now)));
		if (uncovered.length > 0)
			return refuse(409, `no valid consent covers sharing ${uncovered.join(', ')} with ${agencyId}`);
		if (this.sharesOf(caseId).some((s) => s.agencyId === agencyId && s.revokedAt === null))
			return refuse(409, 'already shared with this agency');
		const id = crypto.randomUUID();
		this.#db
			.prepare('INSERT INTO shares (id, case_id, agency_id, parts, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
			.run(id, caseId, agencyId, JSON.stringify(wanted), by, now);
		return ok(this.sharesOf(caseId).find((s) => s.id === id)!);
	}

	sharesOf(caseId: string): Share[] {
		return this.#db
			.prepare<[string], ShareRow>('SELECT * FROM shares WHERE case_id = ? ORDER BY created_at')
			.all(caseId)
			.map(toShare);
	}

	revokeShare(caseId: string, id: string, by: string, now = Date.now()): Outcome<Share> {
		const found = this.sharesOf(caseId).find((s) => s.id === id);
		if (!found) return refuse(404, 'no such share');
		if (found.revokedAt !== null) return refuse(409, 'share already revoked');
		this.#db.prepare('UPDATE shares SET revoked_at = ?, revoked_by = ? WHERE id = ?').run(now, by, id);
		return ok({ ...found, revokedAt: now });
	}

	/** The fact the access rules need: an active share, still covered by a valid consent. */
	consentedShare(caseId: string, agencyId: string, part: Part, now = Date.now()): boolean {
		const shared = this.sharesOf(caseId).some(
			(s) => s.agencyId === agencyId && s.revokedAt === null && s.parts.includes(part)
		);
		return shared && this.consentsOf(caseId).some((c) => covers(c, agencyId, part, now));
	}

	/** Erasure of a person: their consents and shares go with them. */
	removeCase(caseId: string): void {
		this.#db.prepare('DELETE FROM consents WHERE case_id = ?').run(caseId);
		this.#db.prepare('DELETE FROM shares WHERE case_id = ?').run(caseId);
	}
}
