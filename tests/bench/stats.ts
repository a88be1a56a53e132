/** Small statistics and formatting helpers for the benchmark report. */

export interface Summary {
	n: number;
	p50: number;
	p99: number;
	mean: number;
	min: number;
	max: number;
}

/** Nearest-rank percentile of an ascending array (no interpolation: every figure was measured). */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function summarize(values: readonly number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	const sum = sorted.reduce((acc, v) => acc + v, 0);
	return {
		n: sorted.length,
		p50: percentile(sorted, 50),
		p99: percentile(sorted, 99),
		mean: sorted.length ? sum / sorted.length : Number.NaN,
		min: sorted[0] ?? Number.NaN,
		max: sorted.at(-1) ?? Number.NaN
	};
}

export function median(values: readonly number[]): number {
	return percentile(
		[...values].sort((a, b) => a - b),
		50
	);
}

export const ms = (value: number): string => `${value.toFixed(2)} ms`;
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Renders rows as a left-aligned first column and right-aligned figures. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const all = [header, ...rows];
	const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
	const line = (row: readonly string[]) =>
		row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
	return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
