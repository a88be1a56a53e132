/**
 * Geometry of the language-profile chart: the local-language level per CEFR skill as bars,
 * the previous assessment beside the latest, on a level axis from A0 to C2. Pure (d3 scales
 * only), so the Svelte component just draws what this returns and the layout is tested.
 */
import { scaleBand, scaleLinear } from 'd3';
import { LEVELS, rank, type Level } from '$lib/model/cefr';
import { SKILLS, type Skill } from '$lib/model/assessment';

export type Series = 'previous' | 'latest';

export interface Bar {
	skill: Skill;
	series: Series;
	level: Level;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Tick {
	level: Level;
	y: number;
}

export interface Layout {
	bars: Bar[];
	ticks: Tick[];
	/** Centre of each skill's group, for its label under the axis. */
	groups: { skill: Skill; x: number }[];
	plot: { left: number; top: number; right: number; bottom: number };
}

export type Profile = Record<Skill, Level | ''>;

const MARGIN = { top: 10, right: 8, bottom: 28, left: 34 };

/**
 * A0 is a level (no knowledge) and gets a stub bar so it reads as "assessed: A0", unlike an
 * unassessed skill, which gets no bar at all.
 */
const STUB = 3;

export function layout(latest: Profile, previous: Profile | null, width: number, height: number): Layout {
	const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
	const x = scaleBand<Skill>().domain(SKILLS).range([plot.left, plot.right]).paddingInner(0.25).paddingOuter(0.1);
	const series: Series[] = previous ? ['previous', 'latest'] : ['latest'];
	const inner = scaleBand<Series>().domain(series).range([0, x.bandwidth()]).padding(0.08);
	const y = scaleLinear()
		.domain([0, LEVELS.length - 1])
		.range([plot.bottom, plot.top]);

	const bars: Bar[] = [];
	for (const skill of SKILLS) {
		for (const s of series) {
			const level = (s === 'latest' ? latest : previous)?.[skill];
			if (!level) continue;
			const top = Math.min(y(rank(level)), plot.bottom - STUB);
			bars.push({
				skill,
				series: s,
				level,
				x: (x(skill) ?? 0) + (inner(s) ?? 0),
				y: top,
				width: inner.bandwidth(),
				height: plot.bottom - top
			});
		}
	}
	return {
		bars,
		ticks: LEVELS.map((level) => ({ level, y: y(rank(level)) })),
		groups: SKILLS.map((skill) => ({ skill, x: (x(skill) ?? 0) + x.bandwidth() / 2 })),
		plot
	};
}
