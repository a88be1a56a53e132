/** GET /api/audit/users/<userId>[?format=csv] → everything a user did (data protection officer). */
import { json } from '@sveltejs/kit';
import { context } from '../../../../../../server/context';
import { auditResponse } from '$lib/server/audit-view';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { access, audit } = context();
	const decision = access.checkResource(locals.user!, { kind: 'auditTrail' }, 'read');
	if (!decision.allow) return json({ error: decision.reason }, { status: 403 });
	return auditResponse(audit.forUser(params.userId), url.searchParams.get('format'), `audit-benutzer-${params.userId}`);
};
