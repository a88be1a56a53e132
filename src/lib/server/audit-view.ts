/** Audit entries as the browser sees them (names resolved) or as CSV. */
import { context } from '../../../server/context';
import { toCsv, type AuditEntry } from '../../../server/privacy/audit';

function names() {
	const { accounts } = context();
	return {
		user: (id: string) => (id.startsWith('link:') ? 'Abklärungslink' : (accounts.user(id)?.displayName ?? id)),
		agency: (id: string) => accounts.agency(id)?.name ?? id
	};
}

export function auditResponse(entries: AuditEntry[], format: string | null, filename: string): Response {
	const n = names();
	if (format === 'csv') {
		return new Response(toCsv(entries, n), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${filename}.csv"`,
				'cache-control': 'no-store'
			}
		});
	}
	const rows = entries.map((e) => ({
		...e,
		userName: e.userId ? n.user(e.userId) : 'System',
		agencyName: e.agencyId ? n.agency(e.agencyId) : ''
	}));
	return new Response(JSON.stringify({ entries: rows }), {
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
}
