/**
 * The integration timeline's math (Integrations-Timeline): its time domain, lanes and marks,
 * computed from the case's dated facts. Pure and unit-tested; Timeline.svelte only draws what
 * this returns through the scale.
 *
 * The axis runs from the entry date to 5 years (recognized refugees) or 7 years (provisionally
 * admitted) after it — status S from arrival, 5 years — and is stretched when today or a
 * fact lies later, so nothing recorded falls off the chart.
 */
import { scaleUtc, type ScaleTime } from 'd3';
import type { Measure } from '$lib/model/plan';
import type { StatusPeriod } from '$lib/model/residence';
import type { IsoDate } from '$lib/model/schema';
import type { Situation } from '$lib/model/situation';
import { LEVELS, type Level } from '$lib/model/cefr';
import { addMonths, TRACK_YEARS, type Evaluated, type MilestoneState, type Track } from '$lib/rules/milestones';

export const LANES = ['status', 'language', 'measures', 'work', 'events', 'milestones'] as const;
export type LaneId = (typeof LANES)[number];

export const ROW_HEIGHT = 18;
const LANE_PADDING = 8;
const MIN_ROWS: Record<LaneId, number> = { status: 1, language: 4, measures: 1, work: 1, events: 1, milestones: 1 };

export function toDate(iso: IsoDate): Date {
	return new Date(`${iso}T00:00:00Z`);
}

/** [entry, entry + 5/7 years], stretched to cover today and every given date. */
export function domain(
	entryDate: IsoDate,
	track: Track | null,
	today: IsoDate,
	dates: readonly IsoDate[] = []
): [Date, Date] {
	const years = track ? TRACK_YEARS[track] : 5;
	let start = entryDate;
	let end = addMonths(entryDate, years * 12);
	for (const date of [today, ...dates]) {
		if (!date) continue;
		if (date < start) start = date;
		if (date > end) end = date;
	}
	return [toDate(start), toDate(end)];
}

export function scale(range: [Date, Date], width: number): ScaleTime<number, number> {
	return scaleUtc().domain(range).range([0, width]);
}

export interface Interval {
	from: IsoDate;
	/** '' = open: drawn up to `today`. */
	to: IsoDate;
}

/**
 * Greedy row packing: each interval goes into the first row whose last interval ended before it
 * starts, so overlapping bars stack instead of hiding each other. Returns a row index per input.
 */
export function packRows(intervals: readonly Interval[], today: IsoDate): number[] {
	const order = intervals
		.map((interval, index) => ({ interval, index }))
		.sort((a, b) => a.interval.from.localeCompare(b.interval.from));
	const rowEnds: IsoDate[] = [];
	const rows = new Array<number>(intervals.length).fill(0);
	for (const { interval, index } of order) {
		const end = interval.to || today;
		let row = rowEnds.findIndex((last) => last < interval.from);
		if (row < 0) row = rowEnds.push(end) - 1;
		else rowEnds[row] = end;
		rows[index] = row;
	}
	return rows;
}

export interface Bar {
	id: string;
	label: string;
	from: IsoDate;
	to: IsoDate;
	row: number;
	kind: string;
}

export interface MeasureBar {
	id: string;
	label: string;
	status: Measure['status'];
	row: number;
	planned: Interval | null;
	actual: Interval | null;
	/** Started more than 30 days after planned, or ended after the planned end. */
	late: boolean;
}

/** Planned and actual span of each measure; both drawn in the same row (planned as outline). */
export function measureBars(measures: readonly Measure[], today: IsoDate): MeasureBar[] {
	const spans = measures.map((m) => {
		const planned = m.plannedStart ? { from: m.plannedStart, to: m.plannedEnd || m.plannedStart } : null;
		const actual = m.actualStart
			? { from: m.actualStart, to: m.actualEnd || (m.status === 'running' ? today : m.actualStart) }
			: null;
		const from = [planned?.from, actual?.from].filter(Boolean).sort()[0] ?? '';
		const to = [planned?.to, actual?.to].filter(Boolean).sort().at(-1) ?? '';
		return { m, planned, actual, from, to };
	});
	const placed = spans.filter((s) => s.from !== '');
	const rows = packRows(
		placed.map((s) => ({ from: s.from, to: s.to })),
		today
	);
	return placed.map((s, i) => ({
		id: s.m.id,
		label: s.m.offerName || s.m.offerType || 'Massnahme',
		status: s.m.status,
		row: rows[i] ?? 0,
		planned: s.planned,
		actual: s.actual,
		late: !!(
			s.planned &&
			s.actual &&
			(daysBetween(s.planned.from, s.actual.from) > 30 || (s.m.actualEnd !== '' && s.m.actualEnd > s.planned.to))
		)
	}));
}

export function statusBars(periods: readonly StatusPeriod[]): Bar[] {
	return periods
		.filter((p) => p.from)
		.map((p) => ({ id: p.id, label: p.status, from: p.from, to: p.to, row: 0, kind: p.status }));
}

/** Employment and education as bars, packed into rows (a person can work and study at once). */
export function situationBars(situations: readonly Situation[], today: IsoDate): Bar[] {
	const shown = situations.filter((s) => s.from && s.kind !== 'childcareArranged' && s.kind !== 'socialAssistance');
	const rows = packRows(shown, today);
	return shown.map((s, i) => ({
		id: s.id,
		label: situationLabel(s),
		from: s.from,
		to: s.to,
		row: rows[i] ?? 0,
		kind: s.kind
	}));
}

const SITUATION_WORDS: Record<Situation['kind'], string> = {
	employed: 'Erwerbstätig',
	apprenticeship: 'Lehre',
	education: 'Ausbildung',
	ravRegistered: 'RAV angemeldet',
	notEmployableHealth: 'Nicht arbeitsfähig (Gesundheit)',
	childcareArranged: 'Kinderbetreuung geregelt',
	socialAssistance: 'Sozialhilfe'
};

export function situationLabel(s: Situation): string {
	const base = SITUATION_WORDS[s.kind];
	if (s.kind === 'employed')
		return [
			base,
			s.workload ? `${s.workload} %` : '',
			s.labourMarket === 'secondary' ? '2. Arbeitsmarkt' : '',
			s.employer
		]
			.filter(Boolean)
			.join(', ');
	if (s.kind === 'apprenticeship') return [base, s.apprenticeship, s.employer].filter(Boolean).join(' ');
	return base;
}

export interface LevelPoint {
	date: IsoDate;
	level: Level;
	/** 0 (A0) … 6 (C2). */
	rank: number;
}

/** The overall level after each assessment, oldest first; assessments without a level skipped. */
export function levelSteps(points: readonly { date: IsoDate; level: Level | '' }[]): LevelPoint[] {
	return points
		.filter((p): p is { date: IsoDate; level: Level } => p.date !== '' && p.level !== '')
		.sort((a, b) => a.date.localeCompare(b.date))
		.map((p) => ({ date: p.date, level: p.level, rank: LEVELS.indexOf(p.level) }));
}

export interface EventMark {
	id: string;
	date: IsoDate;
	kind: 'journal' | 'handover';
	label: string;
}

/** Handovers are read defensively: the handover model may not exist in this doc yet. */
export function handoverMarks(raw: unknown): EventMark[] {
	if (!Array.isArray(raw)) return [];
	return raw.flatMap((item, index) => {
		if (!item || typeof item !== 'object') return [];
		const h = item as Record<string, unknown>;
		const date = typeof h.date === 'string' ? h.date : '';
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
		const reason = typeof h.reason === 'string' ? h.reason : '';
		return [
			{
				id: typeof h.id === 'string' ? h.id : `handover-${index}`,
				date,
				kind: 'handover' as const,
				label: reason ? `Fallübergabe: ${reason}` : 'Fallübergabe'
			}
		];
	});
}

export const MILESTONE_COLORS: Record<MilestoneState, string> = {
	met: 'var(--ok, #2e7d32)',
	missed: 'var(--danger, #b3261e)',
	open: 'var(--fg-muted, #666)',
	reference: 'var(--accent, #2f6690)'
};

export interface MilestoneMark {
	id: string;
	date: IsoDate;
	state: MilestoneState;
	label: string;
	reason: string;
	color: string;
}

export function milestoneMarks(evaluated: readonly Evaluated[]): MilestoneMark[] {
	return evaluated.map((e) => ({
		id: e.milestone.id,
		date: e.due,
		state: e.state,
		label: e.milestone.label,
		reason: e.reason,
		color: MILESTONE_COLORS[e.state]
	}));
}

export interface Lane {
	id: LaneId;
	y: number;
	height: number;
	rows: number;
}

/** Lanes stacked top to bottom; a lane is as tall as its most crowded row count needs. */
export function layoutLanes(rowsPerLane: Partial<Record<LaneId, number>>): { lanes: Lane[]; height: number } {
	let y = 0;
	const lanes = LANES.map((id) => {
		const rows = Math.max(MIN_ROWS[id], rowsPerLane[id] ?? 0);
		const height = rows * ROW_HEIGHT + LANE_PADDING * 2;
		const lane = { id, y, height, rows };
		y += height;
		return lane;
	});
	return { lanes, height: y };
}

export function rowCount(items: readonly { row: number }[]): number {
	return items.reduce((max, item) => Math.max(max, item.row + 1), 0);
}

export function daysBetween(a: IsoDate, b: IsoDate): number {
	return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}

/** Average width of one character of the 11px bar labels, a deliberate overestimate so text never spills. */
export const CHAR_PX = 6.4;

/**
 * The part of a bar label that fits into `room` pixels: the whole label, or a shortened one
 * ending in "…", or '' when not even a few letters fit. Labels stay inside their own bar, so
 * bars packed side by side never have their texts overlap; the full text is in the mark's
 * tooltip and focus description.
 */
export function fitLabel(label: string, room: number, charPx: number = CHAR_PX): string {
	const fits = Math.floor(room / charPx);
	if (label.length <= fits) return label;
	if (fits < 4) return '';
	return `${label.slice(0, fits - 1).trimEnd()}…`;
}

/** An x for a centred label `labelWidth` wide that keeps it inside [0, plotWidth]; null when `x` is off the plot. */
export function clampLabelX(x: number, labelWidth: number, plotWidth: number): number | null {
	if (x < 0 || x > plotWidth) return null;
	const half = labelWidth / 2;
	return Math.min(Math.max(x, half), plotWidth - half);
}
