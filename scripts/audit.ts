/**
 * npm run audit: `npm audit --omit=dev` for the runtime dependencies, judged by
 * scripts/audit-policy.ts against audit-exceptions.json. Exits 1 on a high or critical advisory
 * that no valid exception accepts, on an expired or malformed exception, and on any npm error
 * other than a registry without an audit service.
 *
 * A registry without an audit service (the registry mirror of Lotse's build machines answers the
 * audit endpoint with 405 Method Not Allowed): the script says loudly that nothing was checked and
 * passes, so that tests can run there; with LOTSE_AUDIT_REQUIRED=1 it fails instead — set that in
 * a CI that reaches a registry with an audit service (the public npm registry has one).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { classify, judge, type AuditAdvisory, type AuditException } from './audit-policy';

const root = path.resolve(import.meta.dirname, '..');
const exceptionsFile = path.join(root, 'audit-exceptions.json');
const today = new Date().toISOString().slice(0, 10);

const { exceptions } = JSON.parse(fs.readFileSync(exceptionsFile, 'utf8')) as { exceptions: AuditException[] };
const npm = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
if (npm.error) fail(`could not run npm audit: ${npm.error.message}`);

const outcome = classify(npm.stdout);
if (outcome.kind === 'broken') fail(`npm audit failed: ${outcome.reason}\n${npm.stderr}`);
if (outcome.kind === 'unavailable') {
	const registry = spawnSync('npm', ['config', 'get', 'registry'], { cwd: root, encoding: 'utf8' }).stdout.trim();
	const notice =
		`npm audit: NO ADVISORIES CHECKED — the registry this machine reaches as ${registry} refused the audit request (${outcome.reason}).\n` +
		`  Run it where the registry answers audits; LOTSE_AUDIT_REQUIRED=1 makes this a failure.\n`;
	if (process.env.LOTSE_AUDIT_REQUIRED === '1') fail(notice);
	process.stdout.write(notice);
	process.exit(0);
}

const verdict = judge(outcome.report, exceptions, today);
const line = (a: AuditAdvisory) => `  ${a.severity.padEnd(8)} ${a.name} ${a.range ?? ''}: ${a.title} (${a.url})\n`;
for (const { advisory, exception } of verdict.accepted)
	process.stdout.write(`accepted until ${exception.expires}: ${line(advisory).trim()} — ${exception.reason}\n`);
if (verdict.lower.length > 0) process.stdout.write(`below high (not failing):\n${verdict.lower.map(line).join('')}`);
for (const exception of verdict.unusedExceptions)
	process.stdout.write(`audit-exceptions.json: ${exception.advisory} matches no current advisory; remove it\n`);

const problems = [
	...verdict.failing.map((a) => `high/critical advisory in a runtime dependency:\n${line(a)}`),
	...verdict.invalidExceptions.map(
		({ exception, problem }) => `audit-exceptions.json: ${exception.advisory || '(no id)'}: ${problem}\n`
	)
];
if (problems.length > 0)
	fail(
		problems.join('') +
			'Update the dependency (npm audit fix --omit=dev, or a newer version), or accept the advisory in ' +
			'audit-exceptions.json with a reason and an expiry date (see CONTRIBUTING.md).\n'
	);
process.stdout.write(
	`npm audit --omit=dev: no unaccepted high or critical advisories (${verdict.accepted.length} accepted)\n`
);

function fail(message: string): never {
	process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
	process.exit(1);
}
