/** CEFR language levels, A0 (no knowledge) to C2, with an order for comparisons. */
export const LEVELS = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type Level = (typeof LEVELS)[number];

export function isLevel(value: unknown): value is Level {
	return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** 0 for A0 … 6 for C2; -1 for anything that is not a level. */
export function rank(level: unknown): number {
	return isLevel(level) ? LEVELS.indexOf(level) : -1;
}

export function atLeast(level: unknown, minimum: Level): boolean {
	return rank(level) >= rank(minimum);
}
