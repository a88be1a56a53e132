/**
 * Fractional ranks: order keys as strings, so a card can be placed between two others by
 * writing one field on the card itself, never by rewriting a shared list. Two users moving
 * different cards at once therefore both keep their move. Keys compare as plain strings and
 * never end in the zero digit, so there is always room between two of them.
 * (The midpoint algorithm follows David Greenspan's "fractional indexing".)
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const ZERO = DIGITS[0]!;

/** A key strictly between `a` and `b`; '' for a means "before everything", '' for b "after". */
export function between(a: string, b: string): string {
	if (b !== '' && a >= b) throw new RangeError(`rank: ${a} is not before ${b}`);
	return midpoint(a, b === '' ? null : b);
}

function midpoint(a: string, b: string | null): string {
	if (b !== null) {
		let n = 0;
		while ((a[n] ?? ZERO) === b[n]) n++;
		if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
	}
	const digitA = a ? DIGITS.indexOf(a[0]!) : 0;
	const digitB = b !== null ? DIGITS.indexOf(b[0]!) : DIGITS.length;
	if (digitB - digitA > 1) return DIGITS[Math.round((digitA + digitB) / 2)]!;
	if (b !== null && b.length > 1) return b.slice(0, 1);
	return DIGITS[digitA]! + midpoint(a.slice(1), null);
}

/** `count` evenly spread keys, for seeding a column in order. */
export function spread(count: number): string[] {
	const out: string[] = [];
	let last = '';
	for (let i = 0; i < count; i++) out.push((last = between(last, '')));
	return out;
}

/** The key for placing an item at `index` among `ordered` keys (the item itself removed). */
export function at(ordered: readonly string[], index: number): string {
	const before = index > 0 ? (ordered[index - 1] ?? '') : '';
	const after = ordered[index] ?? '';
	// Equal neighbours (two concurrent drops into the same gap): place after both.
	if (after !== '' && before >= after) return between(before, '');
	return between(before, after);
}
