/**
 * Filtered client lists (Empfehlung 21): criteria combined with AND, each one optional, read on
 * a reference date from the same person facts as the indicators. Within one criterion, several
 * values are alternatives (status S or F). Criteria arrive from the browser and from saved
 * filters, so they are parsed strictly.
 */
import { z } from 'zod';
import { LEVELS, rank } from '../model/cefr';
import type { PersonFacts } from '../model/facts';
import type { IsoDate } from '../model/schema';
import { take, type Snapshot } from './snapshot';
import { covers, isIsoDate, yearStart } from './stichtag';

export const MEASURE_STATES = ['running', 'completed', 'any'] as const;

const ids = z.array(z.string().max(200)).max(200).default([]);
const years = z.number().int().min(0).max(150).nullable().default(null);

export const CriteriaSchema = z
	.object({
		at: z.string().refine(isIsoDate, 'reference date must be YYYY-MM-DD'),
		managerIds: ids,
		agencyIds: ids,
		statuses: ids,
		ageMin: years,
		ageMax: years,
		stayMin: years,
		stayMax: years,
		levelMin: z.enum(['', ...LEVELS]).default(''),
		levelMax: z.enum(['', ...LEVELS]).default(''),
		/** Latest assessment's employability: yes, partly, no, or 'none' when no result is recorded. */
		employability: ids,
		measureState: z.enum(['', ...MEASURE_STATES]).default(''),
		offerTypes: ids,
		offerIds: ids,
		ampel: ids
	})
	.strict();

export type Criteria = z.infer<typeof CriteriaSchema>;

export function empty(at: IsoDate): Criteria {
	return CriteriaSchema.parse({ at });
}

/** The extra fields a list can filter on that live in the case summary, not in the facts. */
export interface ListExtras {
	ampel: string;
}

export interface ListRow {
	id: string;
	age: number;
	status: string;
	yearsInCh: number;
	level: string;
	employable: string;
	/** Measures matching the measure criterion (or all running ones without it), by name. */
	measures: string[];
	ampel: string;
}

export function matches(c: Criteria, s: Snapshot, extras: ListExtras): boolean {
	const f = s.facts;
	if (c.managerIds.length && !c.managerIds.includes(f.managerId)) return false;
	if (c.agencyIds.length && !c.agencyIds.includes(f.agencyId)) return false;
	if (c.statuses.length && !c.statuses.includes(s.status)) return false;
	if (c.ageMin !== null && s.age < c.ageMin) return false;
	if (c.ageMax !== null && s.age > c.ageMax) return false;
	if (c.stayMin !== null && s.yearsInCh < c.stayMin) return false;
	if (c.stayMax !== null && s.yearsInCh > c.stayMax) return false;
	const level = s.latest?.level ?? '';
	if (c.levelMin && rank(level) < rank(c.levelMin)) return false;
	if (c.levelMax && (level === '' || rank(level) > rank(c.levelMax))) return false;
	if (c.employability.length && !c.employability.includes(s.latest?.employable || 'none')) return false;
	if ((c.measureState || c.offerTypes.length || c.offerIds.length) && matchingMeasures(c, s).length === 0) return false;
	if (c.ampel.length && !c.ampel.includes(extras.ampel)) return false;
	return true;
}

function matchingMeasures(c: Criteria, s: Snapshot): PersonFacts['measures'] {
	return s.facts.measures.filter((m) => {
		if (c.offerTypes.length && !c.offerTypes.includes(m.offerType)) return false;
		if (c.offerIds.length && !c.offerIds.includes(m.offerId)) return false;
		const running = m.status === 'running' || (m.status === 'registered' && covers(m.start, m.end, s.at));
		if (c.measureState === 'running') return running;
		if (c.measureState === 'completed') return m.status === 'completed' && (m.end === '' || m.end <= s.at);
		return m.status !== 'aborted';
	});
}

export function filter(c: Criteria, facts: readonly PersonFacts[], extras: (id: string) => ListExtras): ListRow[] {
	const out: ListRow[] = [];
	for (const f of facts) {
		const s = take(f, c.at, yearStart(c.at));
		if (!s.inCanton) continue;
		const extra = extras(f.id);
		if (!matches(c, s, extra)) continue;
		const shown =
			c.measureState || c.offerTypes.length || c.offerIds.length
				? matchingMeasures(c, s)
				: f.measures.filter((m) => m.status === 'running');
		out.push({
			id: f.id,
			age: s.age,
			status: s.status,
			yearsInCh: s.yearsInCh,
			level: s.latest?.level ?? '',
			employable: s.latest?.employable ?? '',
			measures: shown.map((m) => m.offerName || m.offerType),
			ampel: extra.ampel
		});
	}
	return out;
}
