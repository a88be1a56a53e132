/**
 * Caseload (Fallbelastung) per case manager, for the team lead: active cases, their Ampel mix
 * and a weighted load in which a red case counts more than a green one, because it needs more
 * work. The weights and the default limit are data, shown on the team page.
 */
import type { AmpelLevel } from './ampel';

/** Points per active case by Ampel colour. */
export const WEIGHTS: Record<AmpelLevel, number> = { green: 1, yellow: 2, red: 3 };

/**
 * Weighted points above which a manager's load is flagged, e.g. 45 cases of mixed colours; the
 * server's LOTSE_CASELOAD_LIMIT overrides it.
 */
export const DEFAULT_LIMIT = 90;

export interface LoadedCase {
	managerId: string;
	ampel: AmpelLevel;
	closed: boolean;
}

export interface ManagerLoad {
	managerId: string;
	active: number;
	mix: Record<AmpelLevel, number>;
	weighted: number;
	overLimit: boolean;
}

/** One row per manager in `managerIds` (in that order), plus '' for unassigned open cases if any. */
export function distribute(
	cases: readonly LoadedCase[],
	managerIds: readonly string[],
	limit: number = DEFAULT_LIMIT
): ManagerLoad[] {
	const rows = new Map<string, ManagerLoad>(managerIds.map((id) => [id, blank(id)]));
	for (const c of cases) {
		if (c.closed) continue;
		const id = rows.has(c.managerId) ? c.managerId : '';
		if (!rows.has(id)) rows.set(id, blank(id));
		const row = rows.get(id)!;
		row.active++;
		row.mix[c.ampel]++;
		row.weighted += WEIGHTS[c.ampel];
	}
	for (const row of rows.values()) row.overLimit = row.managerId !== '' && row.weighted > limit;
	return [...rows.values()];
}

function blank(managerId: string): ManagerLoad {
	return { managerId, active: 0, mix: { red: 0, yellow: 0, green: 0 }, weighted: 0, overLimit: false };
}
