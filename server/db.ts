/**
 * Opens the embedded SQLite database in $LOTSE_DATA_DIR and creates the tables the server
 * owns (accounts, sessions, the case registry). Doc storage creates its own tables.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate as migratePrivacy } from './privacy/schema';

export type Db = Database.Database;

export type Durability = 'full' | 'normal';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS agencies (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	kind TEXT NOT NULL,
	canton TEXT NOT NULL,
	region TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
	id TEXT PRIMARY KEY,
	username TEXT NOT NULL UNIQUE,
	display_name TEXT NOT NULL,
	email TEXT,
	password_hash TEXT NOT NULL,
	agency_id TEXT NOT NULL REFERENCES agencies(id),
	roles TEXT NOT NULL,
	disabled INTEGER NOT NULL DEFAULT 0,
	created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
	token_hash TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users(id),
	created_at INTEGER NOT NULL,
	last_seen_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id);
CREATE TABLE IF NOT EXISTS cases (
	id TEXT PRIMARY KEY,
	agency_id TEXT NOT NULL REFERENCES agencies(id),
	manager_id TEXT REFERENCES users(id),
	person_name TEXT NOT NULL,
	zemis TEXT,
	summary TEXT NOT NULL,
	updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_agency ON cases(agency_id);
CREATE UNIQUE INDEX IF NOT EXISTS cases_zemis ON cases(zemis) WHERE zemis IS NOT NULL AND zemis <> '';
CREATE TABLE IF NOT EXISTS meta (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`;

export function open(dataDir: string, durability: Durability = 'normal'): Db {
	fs.mkdirSync(dataDir, { recursive: true });
	const db = new Database(path.join(dataDir, 'lotse.db'));
	db.pragma('journal_mode = WAL');
	// WAL with NORMAL: a commit is in the write-ahead log before it returns, so it survives a
	// crash or kill of the process; FULL also fsyncs each commit, which survives power loss but
	// costs a disk flush per update (see the README's benchmark).
	db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	// Deleted content is overwritten with zeros instead of lingering in free pages: erasure
	// (server/privacy/erasure.ts) relies on it.
	db.pragma('secure_delete = ON');
	db.exec(SCHEMA);
	addColumns(db);
	migratePrivacy(db);
	return db;
}

/** Columns added after the first release, for databases created before them. */
function addColumns(db: Db): void {
	const columns = db
		.prepare<[], { name: string }>('PRAGMA table_info(users)')
		.all()
		.map((c) => c.name);
	if (!columns.includes('email')) db.exec('ALTER TABLE users ADD COLUMN email TEXT');
}

export function openMemory(): Db {
	const db = new Database(':memory:');
	db.pragma('foreign_keys = ON');
	db.exec(SCHEMA);
	migratePrivacy(db);
	return db;
}
