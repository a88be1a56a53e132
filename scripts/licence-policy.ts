/**
 * Which licences Lotse (EUPL-1.2) may ship, and the table of runtime dependencies in
 * docs/licences.md. Pure: the CLI (licences.ts) reads package-lock.json and writes or compares the
 * file. The table is built from the lock file, not from node_modules, so it is the same on every
 * machine and for every platform's optional packages.
 */

/**
 * Permissive licences whose code may be combined with Lotse and distributed under the EUPL-1.2:
 * they ask for the notice to be kept and nothing that the EUPL forbids. Copyleft licences (GPL,
 * LGPL, MPL, also those in the EUPL's own compatibility appendix) are deliberately not here: one of
 * them would decide the licence of the combined work, which needs a decision, not a CI run.
 */
export const ALLOWED: ReadonlySet<string> = new Set([
	'0BSD',
	'Apache-2.0',
	'BlueOak-1.0.0',
	'BSD-2-Clause',
	'BSD-3-Clause',
	'CC0-1.0',
	'ISC',
	'MIT',
	'MIT-0',
	'Unlicense',
	'Zlib'
]);

/** Spellings found in package.json files that are not SPDX ids, and the SPDX id they mean. */
export const ALIASES: Readonly<Record<string, string>> = {
	// substack's packages (chainsaw) say MIT/X11: the MIT licence under its older name.
	'MIT/X11': 'MIT'
};

export interface Override {
	licence: string;
	why: string;
}

/**
 * Packages whose lock entry has no usable licence, by name@version (a new version must be looked at
 * again). Each entry says where the licence was found.
 */
export const OVERRIDES: Readonly<Record<string, Override>> = {
	'buffers@0.1.1': {
		licence: 'MIT',
		why:
			'the published 0.1.1 (2011, via exceljs → unzipper → binary) has no licence field and no licence file; ' +
			'its author declared "MIT/X11" in the repository (package.json and README, April 2012) and never published again'
	}
};

export interface LockEntry {
	name?: string;
	version?: string;
	license?: string;
	dev?: boolean;
	link?: boolean;
}

export interface Lock {
	packages: Record<string, LockEntry>;
}

export interface Dependency {
	name: string;
	version: string;
	/** As the package declares it, e.g. "(MIT OR GPL-3.0-or-later)", or "(none)". */
	declared: string;
	/** The licence Lotse uses it under, or null if no alternative of `declared` is allowed. */
	usedUnder: string | null;
	note: string;
}

/** The production tree: every package `npm ci --omit=dev` installs, one row per name@version. */
export function runtimeDependencies(lock: Lock): Dependency[] {
	const seen = new Map<string, Dependency>();
	for (const [location, entry] of Object.entries(lock.packages)) {
		if (location === '' || entry.dev || entry.link) continue;
		const name = entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
		const version = entry.version ?? '';
		const key = `${name}@${version}`;
		if (seen.has(key)) continue;
		const override = OVERRIDES[key];
		const declared = entry.license ?? '';
		const usedUnder = chooseLicence(override?.licence ?? declared);
		let note = override ? `${override.licence}: ${override.why}` : '';
		if (!override && usedUnder && usedUnder !== declared) note = `used under ${usedUnder}`;
		seen.set(key, { name, version, declared: declared || '(none)', usedUnder, note });
	}
	return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version));
}

/**
 * The allowed licence an SPDX expression can be used under ("A OR B": the first allowed of them;
 * "A AND B": both must be allowed, named together), or null.
 */
export function chooseLicence(expression: string): string | null {
	const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
	let at = 0;
	const peek = () => tokens[at];

	function or(): string | null {
		let chosen = and();
		while (peek()?.toUpperCase() === 'OR') {
			at++;
			const next = and();
			chosen ??= next;
		}
		return chosen;
	}
	function and(): string | null {
		const parts = [single()];
		while (peek()?.toUpperCase() === 'AND') {
			at++;
			parts.push(single());
		}
		return parts.every((p) => p !== null) ? parts.join(' AND ') : null;
	}
	function single(): string | null {
		const token = tokens[at++];
		if (token === '(') {
			const inner = or();
			if (tokens[at++] !== ')') return null;
			return inner;
		}
		if (token === undefined || token === ')') return null;
		// "X WITH exception" widens X's permissions; the base licence decides.
		if (peek()?.toUpperCase() === 'WITH') at += 2;
		const id = ALIASES[token] ?? token;
		return ALLOWED.has(id) ? id : null;
	}

	const chosen = or();
	return at === tokens.length ? chosen : null;
}

/** docs/licences.md. */
export function renderMarkdown(dependencies: readonly Dependency[]): string {
	const counts = new Map<string, number>();
	for (const d of dependencies) counts.set(d.usedUnder ?? d.declared, (counts.get(d.usedUnder ?? d.declared) ?? 0) + 1);
	const byCount = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
	const cell = (s: string) => s.replaceAll('|', '\\|');
	return [
		'# Licences of the runtime dependencies',
		'',
		'Lotse is licensed under the [EUPL-1.2](../LICENSE). This file lists every package that',
		'`npm ci --omit=dev` installs (the production tree in `package-lock.json`) with its licence.',
		'It is generated by `npm run licences` (scripts/licences.ts); do not edit it by hand.',
		'`npm run licences:check` (part of `npm test` and CI) fails when it is stale or when a package',
		"has a licence that is not on the allow-list in scripts/licence-policy.ts. See the README's",
		'"Licence" section for what to do then.',
		'',
		`${dependencies.length} packages, by the licence Lotse uses them under:`,
		'',
		'| licence | packages |',
		'| --- | ---: |',
		...byCount.map(([licence, n]) => `| ${cell(licence)} | ${n} |`),
		'',
		'| package | version | licence | note |',
		'| --- | --- | --- | --- |',
		...dependencies.map((d) => `| ${cell(d.name)} | ${d.version} | ${cell(d.declared)} | ${cell(d.note)} |`),
		''
	].join('\n');
}
