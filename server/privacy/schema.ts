/**
 * Tables of the data-protection features. They are the server's own record (authoritative):
 * consent, shares, handovers and assessor links are never read from client-editable docs,
 * because a client could write anything into a doc it may edit.
 */
import type { Db } from '../db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS consents (
	id TEXT PRIMARY KEY,
	case_id TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('general', 'specific')),
	agencies TEXT NOT NULL,
	parts TEXT NOT NULL,
	valid_from TEXT NOT NULL,
	valid_to TEXT NOT NULL DEFAULT '',
	document_ref TEXT NOT NULL DEFAULT '',
	recorded_by TEXT NOT NULL,
	recorded_at INTEGER NOT NULL,
	revoked_at INTEGER,
	revoked_by TEXT
);
CREATE INDEX IF NOT EXISTS consents_case ON consents(case_id);
CREATE TABLE IF NOT EXISTS shares (
	id TEXT PRIMARY KEY,
	case_id TEXT NOT NULL,
	agency_id TEXT NOT NULL REFERENCES agencies(id),
	parts TEXT NOT NULL,
	created_by TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	revoked_at INTEGER,
	revoked_by TEXT
);
CREATE INDEX IF NOT EXISTS shares_case ON shares(case_id, agency_id);
CREATE TABLE IF NOT EXISTS handovers (
	id TEXT PRIMARY KEY,
	case_id TEXT NOT NULL,
	from_agency TEXT NOT NULL,
	from_manager TEXT,
	to_agency TEXT NOT NULL,
	to_manager TEXT,
	reason TEXT NOT NULL,
	note TEXT NOT NULL,
	checklist TEXT NOT NULL,
	by_user TEXT NOT NULL,
	at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS handovers_case ON handovers(case_id, from_agency);
CREATE TABLE IF NOT EXISTS assessor_links (
	id TEXT PRIMARY KEY,
	token_hash TEXT NOT NULL UNIQUE,
	case_id TEXT NOT NULL,
	assessment_id TEXT NOT NULL,
	created_by TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL,
	revoked_at INTEGER
);
CREATE TABLE IF NOT EXISTS notifications (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	user_id TEXT NOT NULL,
	at INTEGER NOT NULL,
	kind TEXT NOT NULL,
	case_id TEXT,
	text TEXT NOT NULL,
	read_at INTEGER
);
CREATE INDEX IF NOT EXISTS notifications_user ON notifications(user_id, at);
-- Case roles for administrator accounts wait here until the data protection officer confirms
-- them (two-person rule, src/lib/shared/grants.ts).
CREATE TABLE IF NOT EXISTS role_grants (
	id TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users(id),
	agency_id TEXT NOT NULL,
	roles TEXT NOT NULL,
	requested_by TEXT NOT NULL,
	requested_at INTEGER NOT NULL,
	decided_by TEXT,
	decided_at INTEGER,
	outcome TEXT CHECK (outcome IN ('confirmed', 'rejected', 'superseded'))
);
CREATE INDEX IF NOT EXISTS role_grants_open ON role_grants(outcome, requested_at);
-- The audit trail. Rows hold ids, names of fields and actions, never field values, so that it
-- holds no personal data of the persons concerned and may outlive an erasure (see audit.ts).
CREATE TABLE IF NOT EXISTS audit (
	seq INTEGER PRIMARY KEY AUTOINCREMENT,
	at INTEGER NOT NULL,
	user_id TEXT,
	agency_id TEXT,
	case_id TEXT,
	doc TEXT,
	action TEXT NOT NULL,
	summary TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_case ON audit(case_id, seq);
CREATE INDEX IF NOT EXISTS audit_user ON audit(user_id, seq);
-- Append-only, enforced by the database itself, not only by the absence of an API.
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;
`;

export function migrate(db: Db): void {
	db.exec(SCHEMA);
}

/** Today as YYYY-MM-DD in the server's time zone: consent validity is by calendar day. */
export function isoDay(now: number): string {
	const d = new Date(now);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function jsonList(raw: string): string[] {
	const parsed: unknown = JSON.parse(raw);
	return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
}
