/**
 * Reads the JSON that `npm audit --omit=dev --json` prints and decides whether CI passes: a high or
 * critical advisory in a runtime dependency fails it unless audit-exceptions.json accepts that
 * advisory with a reason and an expiry date that has not passed. Pure: scripts/audit.ts runs npm
 * and passes the output in, so the decision is unit-tested without a registry.
 */

/** One advisory as npm audit reports it inside `vulnerabilities[name].via` (report version 2). */
export interface AuditAdvisory {
	source: number;
	name: string;
	title: string;
	url: string;
	severity: Severity;
	range?: string;
}

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

export interface AuditReport {
	auditReportVersion: 2;
	vulnerabilities: Record<string, { name: string; severity: Severity; via: (string | AuditAdvisory)[] }>;
}

/** What npm audit prints when the registry does not answer its audit endpoint. */
export interface AuditFailure {
	message?: string;
	statusCode?: number;
	code?: string;
	error?: { summary?: string; detail?: string };
}

export interface AuditException {
	/** The advisory's GHSA id (from its github.com/advisories URL) or npm's numeric id. */
	advisory: string;
	package: string;
	reason: string;
	/** yyyy-mm-dd; from that day on the exception no longer counts and must be decided again. */
	expires: string;
}

export const FAILING: ReadonlySet<Severity> = new Set(['high', 'critical']);

/** Registry answers that mean "no audit service here", as opposed to a broken project. */
const UNAVAILABLE_STATUS = new Set([404, 405, 501]);
const UNAVAILABLE_CODES = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH']);

export type Outcome =
	| { kind: 'report'; report: AuditReport }
	| { kind: 'unavailable'; reason: string }
	| { kind: 'broken'; reason: string };

/** Sorts npm audit's JSON output into a report, an unreachable audit service, or another error. */
export function classify(output: string): Outcome {
	let parsed: unknown;
	try {
		parsed = JSON.parse(output);
	} catch {
		return { kind: 'broken', reason: `npm audit printed no JSON: ${output.slice(0, 200) || '(nothing)'}` };
	}
	if (isReport(parsed)) return { kind: 'report', report: parsed };
	const failure = (parsed ?? {}) as AuditFailure;
	const reason = failure.message ?? failure.error?.summary ?? JSON.stringify(parsed).slice(0, 200);
	if (
		(failure.statusCode !== undefined && UNAVAILABLE_STATUS.has(failure.statusCode)) ||
		(failure.code !== undefined && UNAVAILABLE_CODES.has(failure.code)) ||
		/audit endpoint|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(reason)
	) {
		return { kind: 'unavailable', reason };
	}
	return { kind: 'broken', reason };
}

function isReport(value: unknown): value is AuditReport {
	return (
		typeof value === 'object' &&
		value !== null &&
		(value as { auditReportVersion?: unknown }).auditReportVersion === 2 &&
		typeof (value as { vulnerabilities?: unknown }).vulnerabilities === 'object'
	);
}

/** The id an exception names: the GHSA id where the URL has one, else npm's number. */
export function advisoryId(advisory: AuditAdvisory): string {
	return /\/(GHSA-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4})\b/i.exec(advisory.url)?.[1] ?? String(advisory.source);
}

export interface Verdict {
	/** High or critical advisories that no valid exception accepts: CI fails. */
	failing: AuditAdvisory[];
	accepted: { advisory: AuditAdvisory; exception: AuditException }[];
	/** Below high: reported, not failing. */
	lower: AuditAdvisory[];
	/** Exceptions that are malformed or past their expiry date: CI fails, so they get re-decided. */
	invalidExceptions: { exception: AuditException; problem: string }[];
	/** Exceptions that match no current advisory: can be removed. */
	unusedExceptions: AuditException[];
}

export function judge(report: AuditReport, exceptions: readonly AuditException[], today: string): Verdict {
	const advisories = new Map<string, AuditAdvisory>();
	for (const vulnerability of Object.values(report.vulnerabilities)) {
		for (const via of vulnerability.via) {
			// A string names another vulnerable package (the advisory is listed under that package).
			if (typeof via !== 'string') advisories.set(advisoryId(via), via);
		}
	}

	const invalidExceptions: Verdict['invalidExceptions'] = [];
	const valid = new Map<string, AuditException>();
	for (const exception of exceptions) {
		const problem = exceptionProblem(exception, today);
		if (problem) invalidExceptions.push({ exception, problem });
		else valid.set(exception.advisory.toUpperCase(), exception);
	}

	const verdict: Verdict = { failing: [], accepted: [], lower: [], invalidExceptions, unusedExceptions: [] };
	const used = new Set<AuditException>();
	for (const [id, advisory] of [...advisories].sort((a, b) => a[0].localeCompare(b[0]))) {
		if (!FAILING.has(advisory.severity)) {
			verdict.lower.push(advisory);
			continue;
		}
		const exception = valid.get(id.toUpperCase());
		if (exception) {
			verdict.accepted.push({ advisory, exception });
			used.add(exception);
		} else verdict.failing.push(advisory);
	}
	verdict.unusedExceptions = [...valid.values()].filter((e) => !used.has(e));
	return verdict;
}

function exceptionProblem(exception: AuditException, today: string): string | null {
	if (!exception.advisory || !/^(GHSA-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}|\d+)$/i.test(exception.advisory))
		return 'advisory must be a GHSA id or npm advisory number';
	if (!exception.reason?.trim()) return 'reason is missing';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(exception.expires ?? '')) return 'expires must be a yyyy-mm-dd date';
	if (exception.expires <= today) return `expired on ${exception.expires}`;
	return null;
}
