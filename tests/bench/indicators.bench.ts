/**
 * Indicator benchmark: all indicators over N generated persons at a reference date, total and
 * grouped, plus a cohort and a 12-quarter series, several runs each; prints the machine and
 * p50/max. Design target: under 1 s for 100,000 persons.
 *
 *   npm run bench:indicators               # 100,000 persons, 7 runs
 *   node --import tsx tests/bench/indicators.bench.ts --persons 20000 --runs 5
 */
import os from 'node:os';
import { cohort, compute } from '../../src/lib/rules/evaluate';
import { byId } from '../../src/lib/rules/indicators';
import { quarterDates } from '../../src/lib/rules/series';
import { yearStart } from '../../src/lib/rules/stichtag';
import { generate } from './factgen';
import { median } from './stats';

function arg(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const PERSONS = arg('persons', 100_000);
const RUNS = arg('runs', 7);
const TODAY = '2026-06-30';
const AT = '2026-06-30';

function time(label: string, work: () => unknown): void {
	work(); // warm-up: JIT and caches, not measured
	const ms: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const started = performance.now();
		work();
		ms.push(performance.now() - started);
	}
	ms.sort((a, b) => a - b);
	console.log(
		`${label.padEnd(44)} p50 ${median(ms).toFixed(0).padStart(5)} ms   max ${(ms.at(-1) ?? 0).toFixed(0).padStart(5)} ms`
	);
}

const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
console.log(`Lotse indicator benchmark — ${new Date().toISOString().slice(0, 10)}`);
console.log(
	`machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`
);
let started = performance.now();
const facts = generate(PERSONS, 1291, TODAY);
console.log(
	`generated ${facts.length.toLocaleString('de-CH')} persons in ${(performance.now() - started).toFixed(0)} ms (seed 1291); ${RUNS} runs each after one warm-up\n`
);

started = performance.now();
const sample = compute(facts, { at: AT });
console.log(`first computation (cold): ${(performance.now() - started).toFixed(0)} ms`);
for (const f of sample.total.filter((x) =>
	['IAS-1', 'IAS-4', 'S-EMP', 'S-EMP-3Y', 'KIP-LANG', 'PS-DE'].includes(x.id)
)) {
	console.log(
		`  ${f.id.padEnd(10)} ${String(f.numerator).padStart(7)} / ${String(f.denominator).padEnd(7)} ${f.value === null ? '–' : (f.value * 100).toFixed(1) + ' %'}`
	);
}
console.log('');
time(`all ${sample.total.length} indicators at ${AT}`, () => compute(facts, { at: AT }));
time('… grouped by agency', () => compute(facts, { at: AT, groupBy: 'agency' }));
time('… grouped by age band', () => compute(facts, { at: AT, groupBy: 'ageBand' }));
time('… grouped by nationality', () => compute(facts, { at: AT, groupBy: 'nationality' }));
time('cohorts IAS-4 by entry year', () => cohort(facts, byId('IAS-4')!, AT));
const series = quarterDates(AT, 12);
time('series S-EMP, 12 quarters, by agency', () =>
	series.map((d) => compute(facts, { at: d, from: yearStart(d), groupBy: 'agency', indicators: [byId('S-EMP')!] }))
);
