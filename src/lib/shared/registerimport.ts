/**
 * Who may import a person-register extract, as data (shared: the server enforces it, the
 * navigation hides the link from others). Case staff may create and complete cases of their
 * own agency only; the administration may import for any agency.
 */
import type { Role } from './roles';

export const IMPORT_ROLES: readonly Role[] = ['case_manager', 'team_lead', 'admin'];

/** Roles that may import rows for any agency, not only their own. */
export const IMPORT_ANY_AGENCY_ROLES: readonly Role[] = ['admin'];

export function mayImport(roles: readonly string[]): boolean {
	return roles.some((role) => (IMPORT_ROLES as readonly string[]).includes(role));
}

export function mayImportForAnyAgency(roles: readonly string[]): boolean {
	return roles.some((role) => (IMPORT_ANY_AGENCY_ROLES as readonly string[]).includes(role));
}

/** Largest extract accepted over HTTP (about 20,000 rows). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A row that was not imported: its line in the file (header = 1), its ZEMIS number as written, why. */
export interface Rejected {
	line: number;
	zemis: string;
	reason: string;
}

/** What an import did; the same for the CLI and the screen. */
export interface ImportReport {
	rows: number;
	created: number;
	updated: number;
	unchanged: number;
	rejected: Rejected[];
}
