/**
 * How figures read on screen and in exports: shares as Swiss percentages, group keys as words,
 * and the indicator table as rows for CSV/Excel (the same numbers the API returns).
 */
import { formatNumber, t, type MessageKey } from '$lib/i18n';
import type { Figure } from '$lib/rules/evaluate';
import type { GroupBy } from '$lib/rules/groups';
import type { Indicator } from '$lib/rules/indicators';
import type { XlsxCell } from '$lib/export/xlsx';

/** A figure picked on screen: which persons to list. */
export interface Selection {
	id: string;
	group: string | null;
	groupLabel: string | null;
	entryYear: string | null;
}

export interface ApiGroup {
	key: string;
	label: string;
	indicators: Figure[];
}

export interface ApiResult {
	at: string;
	from: string;
	groupBy: GroupBy | null;
	scope: 'canton' | 'agency';
	persons: number;
	indicators: (Figure & { name: string })[];
	groups: ApiGroup[];
}

const percent = new Intl.NumberFormat('de-CH', { style: 'percent', maximumFractionDigits: 1 });
const regions = new Intl.DisplayNames(['de-CH'], { type: 'region' });

export function formatShare(value: number | null): string {
	return value === null ? '–' : percent.format(value);
}

/** The figure as a person reads it first: a share for rates, a number for counts. */
export function headline(indicator: Indicator, figure: Figure): string {
	if (indicator.figure === 'count') return formatNumber(figure.numerator);
	return figure.denominator === 0 ? '–' : formatShare(figure.value);
}

export function groupLabel(by: GroupBy | null, group: Pick<ApiGroup, 'key' | 'label'>): string {
	if (group.key === '') return t('indicators.key.empty');
	if (by === 'sex' && ['f', 'm', 'x'].includes(group.key)) return t(`indicators.sex.${group.key}` as MessageKey);
	if (by === 'nationality' && /^[A-Z]{2}$/.test(group.key)) return regions.of(group.key) ?? group.key;
	return group.label || group.key;
}

export function meetsTarget(figure: Figure): boolean | null {
	if (figure.target === null || figure.value === null) return null;
	return figure.value >= figure.target - 1e-9;
}

/** Rows for export: one line per indicator and group, numbers as numbers. */
export function exportRows(result: ApiResult, defs: readonly Indicator[]): XlsxCell[][] {
	const header: XlsxCell[] = [
		'Kennzahl',
		'Bezeichnung',
		'Stichtag',
		'Zeitraum ab',
		'Gruppe',
		'Gezählt (Zähler)',
		'Grundgesamtheit (Nenner)',
		'Anteil',
		'Ziel'
	];
	const rows: XlsxCell[][] = [header];
	const parts: { label: string; figures: Figure[] }[] = [
		{ label: t('indicators.col.total'), figures: result.indicators }
	];
	for (const g of result.groups) parts.push({ label: groupLabel(result.groupBy, g), figures: g.indicators });
	for (const def of defs) {
		for (const part of parts) {
			const f = part.figures.find((x) => x.id === def.id);
			if (!f) continue;
			const period = def.semantics === 'period' ? result.from : '';
			rows.push([
				def.id,
				def.name,
				result.at,
				period,
				part.label,
				f.numerator,
				f.denominator,
				f.value === null ? null : { percent: f.value },
				f.target === null ? null : { percent: f.target }
			]);
		}
	}
	return rows;
}

/** CSV wants plain numbers: a share as a number from 0 to 1. */
export function csvRows(rows: XlsxCell[][]): (string | number | null)[][] {
	return rows.map((row) =>
		row.map((cell) => (cell !== null && typeof cell === 'object' ? Math.round(cell.percent * 10000) / 10000 : cell))
	);
}
