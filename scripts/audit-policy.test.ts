import { describe, expect, it } from 'vitest';
import { classify, judge, type AuditAdvisory, type AuditException, type AuditReport } from './audit-policy';

const advisory = (over: Partial<AuditAdvisory>): AuditAdvisory => ({
	source: 1100001,
	name: 'ws',
	title: 'Denial of service',
	url: 'https://github.com/advisories/GHSA-3h5v-q93c-6h6q',
	severity: 'high',
	range: '<8.17.1',
	...over
});

/** Shaped like npm 11's `npm audit --json` (auditReportVersion 2): the advisory sits in `via` of
 * the vulnerable package; packages that depend on it name it by string. */
function report(...advisories: AuditAdvisory[]): AuditReport {
	const vulnerabilities: AuditReport['vulnerabilities'] = {};
	for (const a of advisories) {
		const entry = (vulnerabilities[a.name] ??= { name: a.name, severity: a.severity, via: [] });
		entry.via.push(a);
		vulnerabilities[`uses-${a.name}`] = { name: `uses-${a.name}`, severity: a.severity, via: [a.name] };
	}
	return { auditReportVersion: 2, vulnerabilities };
}

const exception = (over: Partial<AuditException>): AuditException => ({
	advisory: 'GHSA-3h5v-q93c-6h6q',
	package: 'ws',
	reason: 'Lotse never enables the vulnerable option',
	expires: '2027-03-31',
	...over
});

describe('classify', () => {
	it('recognises the answer of a registry without an audit service (as on the build machines)', () => {
		// What npm 11.19 printed here on 01.12.2026, shortened.
		const output = JSON.stringify({
			message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
			method: 'POST',
			statusCode: 405,
			body: '',
			error: { summary: '', detail: '' }
		});
		expect(classify(output)).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('405') });
	});

	it('treats other npm errors and non-JSON output as broken, not as "nothing to check"', () => {
		expect(classify(JSON.stringify({ message: 'ELOCKVERIFY: lock file is invalid', code: 'EJSONPARSE' })).kind).toBe(
			'broken'
		);
		expect(classify('npm error something').kind).toBe('broken');
	});

	it('passes a report through', () => {
		expect(classify(JSON.stringify(report(advisory({})))).kind).toBe('report');
	});
});

describe('judge', () => {
	const today = '2026-12-01';

	it('fails on a high or critical advisory, reports lower ones without failing', () => {
		const verdict = judge(
			report(advisory({}), advisory({ source: 2, name: 'pg', severity: 'moderate', url: 'https://x/2' })),
			[],
			today
		);
		expect(verdict.failing.map((a) => a.name)).toEqual(['ws']);
		expect(verdict.lower.map((a) => a.name)).toEqual(['pg']);
	});

	it('counts an advisory once although several packages depend on it', () => {
		const verdict = judge(report(advisory({ severity: 'critical' })), [], today);
		expect(verdict.failing).toHaveLength(1);
	});

	it('accepts an advisory named by a valid exception, by GHSA id or npm number', () => {
		expect(judge(report(advisory({})), [exception({})], today)).toMatchObject({ failing: [], unusedExceptions: [] });
		const byNumber = judge(
			report(advisory({ url: 'https://advisories.example/1100001' })),
			[exception({ advisory: '1100001' })],
			today
		);
		expect(byNumber.failing).toEqual([]);
		expect(byNumber.accepted).toHaveLength(1);
	});

	it('an expired or malformed exception accepts nothing and is itself reported', () => {
		const expired = judge(report(advisory({})), [exception({ expires: '2026-12-01' })], today);
		expect(expired.failing).toHaveLength(1);
		expect(expired.invalidExceptions[0]?.problem).toBe('expired on 2026-12-01');
		const noReason = judge(report(advisory({})), [exception({ reason: ' ' })], today);
		expect(noReason.failing).toHaveLength(1);
		expect(noReason.invalidExceptions[0]?.problem).toBe('reason is missing');
	});

	it('lists exceptions that match no current advisory', () => {
		const verdict = judge(report(), [exception({})], today);
		expect(verdict.unusedExceptions).toHaveLength(1);
	});
});
