/**
 * Layout of a "share over time against its target" chart: d3 scales and line paths, pure, so
 * the Svelte component only draws. Shares run from 0 to 100 %; a missing value (nobody in the
 * population on that date) breaks the line instead of pretending 0 %.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { line } from 'd3-shape';

export interface Line {
	key: string;
	label: string;
	values: (number | null)[];
}

export interface Size {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

export interface Layout {
	paths: { key: string; label: string; d: string; color: string; last: { x: number; y: number } | null }[];
	targetY: number | null;
	yTicks: { y: number; value: number }[];
	xTicks: { x: number; date: string }[];
}

export function layout(dates: readonly string[], lines: readonly Line[], target: number | null, size: Size): Layout {
	const { width, height, margin } = size;
	const x = scalePoint<number>()
		.domain(dates.map((_, i) => i))
		.range([margin.left, width - margin.right]);
	const y = scaleLinear()
		.domain([0, 1])
		.range([height - margin.bottom, margin.top]);
	const draw = line<number | null>()
		.defined((v) => v !== null)
		.x((_, i) => x(i) ?? 0)
		.y((v) => y(v ?? 0));
	return {
		paths: lines.map((l, index) => {
			const lastIndex = l.values.findLastIndex((v) => v !== null);
			return {
				key: l.key,
				label: l.label,
				d: draw(l.values) ?? '',
				color: schemeTableau10[index % schemeTableau10.length] as string,
				last: lastIndex >= 0 ? { x: x(lastIndex) ?? 0, y: y(l.values[lastIndex] as number) } : null
			};
		}),
		targetY: target === null ? null : y(target),
		yTicks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, y: y(value) })),
		xTicks: dates.map((date, i) => ({ date, x: x(i) ?? 0 }))
	};
}
