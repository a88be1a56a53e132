/**
 * The local query index (Dexie over IndexedDB): case summaries mirrored from the agency's
 * index doc, so lists open, search and sort instantly and offline without loading case docs.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { CaseSummary } from '$lib/model/summary';

export interface StaffMember {
	id: string;
	displayName: string;
	roles: string[];
}

export interface Agency {
	id: string;
	name: string;
	kind: string;
}

/** A document's bytes kept on this device once opened or uploaded, so it opens offline. */
export interface CachedBlob {
	/** SHA-256 of the content (the document's id). */
	hash: string;
	caseId: string;
	data: Blob;
	cachedAt: number;
}

export class LotseDb extends Dexie {
	cases!: EntityTable<CaseSummary, 'id'>;
	staff!: EntityTable<StaffMember, 'id'>;
	agencies!: EntityTable<Agency, 'id'>;
	blobs!: EntityTable<CachedBlob, 'hash'>;

	constructor(name = 'lotse-index') {
		super(name);
		this.version(1).stores({
			cases: 'id, lastName, entryDate, updatedAt, managerId, agencyId, status',
			staff: 'id',
			agencies: 'id'
		});
		this.version(2).stores({ blobs: 'hash, caseId' });
	}
}

export const db = new LotseDb();
