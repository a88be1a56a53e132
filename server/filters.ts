/**
 * Saved client-list filters (gespeicherte Filter): a name, the criteria, the owner, and whether
 * the owner shares it with their agency. Criteria are stored as JSON and validated by the list
 * rules when used, never trusted here.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from './db';

export interface SavedFilter {
	id: string;
	name: string;
	ownerId: string;
	agencyId: string;
	shared: boolean;
	criteria: unknown;
	createdAt: number;
}

interface Row {
	id: string;
	name: string;
	owner_id: string;
	agency_id: string;
	shared: number;
	criteria: string;
	created_at: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS saved_filters (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	owner_id TEXT NOT NULL REFERENCES users(id),
	agency_id TEXT NOT NULL REFERENCES agencies(id),
	shared INTEGER NOT NULL,
	criteria TEXT NOT NULL,
	created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS saved_filters_agency ON saved_filters(agency_id);
`;

function toFilter(row: Row): SavedFilter {
	return {
		id: row.id,
		name: row.name,
		ownerId: row.owner_id,
		agencyId: row.agency_id,
		shared: row.shared !== 0,
		criteria: JSON.parse(row.criteria) as unknown,
		createdAt: row.created_at
	};
}

export class SavedFilters {
	#db: Db;

	constructor(db: Db) {
		this.#db = db;
		db.exec(SCHEMA);
	}

	/** The user's own filters and those shared within their agency. */
	visibleTo(userId: string, agencyId: string): SavedFilter[] {
		return this.#db
			.prepare<[string, string], Row>(
				'SELECT * FROM saved_filters WHERE owner_id = ? OR (agency_id = ? AND shared = 1) ORDER BY name'
			)
			.all(userId, agencyId)
			.map(toFilter);
	}

	add(filter: Omit<SavedFilter, 'id' | 'createdAt'>): SavedFilter {
		const saved: SavedFilter = { ...filter, id: randomUUID(), createdAt: Date.now() };
		this.#db
			.prepare(
				'INSERT INTO saved_filters (id, name, owner_id, agency_id, shared, criteria, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
			)
			.run(
				saved.id,
				saved.name,
				saved.ownerId,
				saved.agencyId,
				saved.shared ? 1 : 0,
				JSON.stringify(saved.criteria),
				saved.createdAt
			);
		return saved;
	}

	get(id: string): SavedFilter | undefined {
		const row = this.#db.prepare<[string], Row>('SELECT * FROM saved_filters WHERE id = ?').get(id);
		return row && toFilter(row);
	}

	remove(id: string): void {
		this.#db.prepare('DELETE FROM saved_filters WHERE id = ?').run(id);
	}
}
