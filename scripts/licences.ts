/**
 * Writes docs/licences.md from package-lock.json (npm run licences), or with --check compares it
 * (npm run licences:check, in CI). Either way it exits 1 when a runtime dependency has a licence
 * that is not on the allow-list (scripts/licence-policy.ts), naming the package.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderMarkdown, runtimeDependencies, type Lock } from './licence-policy';

const root = path.resolve(import.meta.dirname, '..');
const file = path.join(root, 'docs/licences.md');
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lock;
const dependencies = runtimeDependencies(lock);

const refused = dependencies.filter((d) => d.usedUnder === null);
if (refused.length > 0) {
	process.stderr.write(
		`Runtime dependencies whose licence is not on the allow-list (scripts/licence-policy.ts):\n` +
			refused.map((d) => `  ${d.name}@${d.version}: ${d.declared}\n`).join('') +
			`Replace the dependency, or decide that its licence fits the EUPL-1.2 and add it there ` +
			`(a missing licence: find the real one and add an OVERRIDES entry saying where it is stated).\n`
	);
	process.exit(1);
}

const markdown = renderMarkdown(dependencies);
if (process.argv.includes('--check')) {
	const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
	if (current !== markdown) {
		process.stderr.write(`docs/licences.md is stale (the runtime dependencies changed): run npm run licences\n`);
		process.exit(1);
	}
	process.stdout.write(`docs/licences.md is current: ${dependencies.length} runtime packages, all allowed\n`);
} else {
	fs.writeFileSync(file, markdown);
	process.stdout.write(`wrote ${file} (${dependencies.length} runtime packages)\n`);
}
