/**
 * The case registry: one row per case with its responsible agency and manager and its latest
 * summary. Access decisions read the agency from here (the server's own record), lists read
 * the summary. Rows are written by the summaries projection and by the seed/import.
 */
import type { CaseSummary } from '../src/lib/model/summary';
import type { Db } from './db';

export interface CaseRow {
	id: string;
	agencyId: string;
	managerId: string | null;
	summary: CaseSummary;
}

export class Cases {
	#db: Db;
	#upsert;
	#get;

	constructor(db: Db) {
		this.#db = db;
		this.#upsert = db.prepare(
			`INSERT INTO cases (id, agency_id, manager_id, person_name, zemis, summary, updated_at) VALUES (@id, @agency, @manager, @name, @zemis, @summary, @at)
			 ON CONFLICT (id) DO UPDATE SET agency_id = excluded.agency_id, manager_id = excluded.manager_id,
			   person_name = excluded.person_name, zemis = excluded.zemis, summary = excluded.summary, updated_at = excluded.updated_at`
		);
		this.#get = db.prepare<[string], { id: string; agency_id: string; manager_id: string | null; summary: string }>(
			'SELECT id, agency_id, manager_id, summary FROM cases WHERE id = ?'
		);
	}

	put(summary: CaseSummary): void {
		this.#upsert.run({
			id: summary.id,
			agency: summary.agencyId,
			manager: summary.managerId || null,
			name: [summary.lastName, summary.firstName].filter(Boolean).join(' '),
			zemis: summary.zemis || null,
			summary: JSON.stringify(summary),
			at: summary.updatedAt
		});
	}

	get(id: string): CaseRow | undefined {
		const row = this.#get.get(id);
		return (
			row && {
				id: row.id,
				agencyId: row.agency_id,
				managerId: row.manager_id,
				summary: JSON.parse(row.summary) as CaseSummary
			}
		);
	}

	ofAgency(agencyId: string): CaseRow[] {
		return this.#db
			.prepare<[string], { id: string; agency_id: string; manager_id: string | null; summary: string }>(
				'SELECT id, agency_id, manager_id, summary FROM cases WHERE agency_id = ? ORDER BY person_name'
			)
			.all(agencyId)
			.map((row) => ({
				id: row.id,
				agencyId: row.agency_id,
				managerId: row.manager_id,
				summary: JSON.parse(row.summary) as CaseSummary
			}));
	}

	/** Every case of every agency (daily Ampel re-evaluation, offer utilisation). */
	all(): CaseRow[] {
		return this.#db
			.prepare<[], { id: string; agency_id: string; manager_id: string | null; summary: string }>(
				'SELECT id, agency_id, manager_id, summary FROM cases'
			)
			.all()
			.map((row) => ({
				id: row.id,
				agencyId: row.agency_id,
				managerId: row.manager_id,
				summary: JSON.parse(row.summary) as CaseSummary
			}));
	}

	byZemis(zemis: string): CaseRow | undefined {
		const row = this.#db.prepare<[string], { id: string }>('SELECT id FROM cases WHERE zemis = ?').get(zemis);
		return row && this.get(row.id);
	}

	count(): number {
		return this.#db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases').get()?.n ?? 0;
	}
}
