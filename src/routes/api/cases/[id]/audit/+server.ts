/** GET /api/cases/<id>/audit[?format=csv] → the case's audit trail (case staff of the agency, DPO). */
import { json } from '@sveltejs/kit';
import { context } from '../../../../../../server/context';
import { auditResponse } from '$lib/server/audit-view';
import * as docname from '$lib/shared/docname';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { access, audit } = context();
	// Decided without requiring the case to exist: the trail outlives an erased person.
	const decision = access.check(locals.user!, docname.caseDoc(params.id), 'audit');
	const isDpo = access.checkResource(locals.user!, { kind: 'auditTrail' }, 'read').allow;
	if (!decision.allow && !isDpo) return json({ error: decision.reason }, { status: 403 });
	return auditResponse(audit.forCase(params.id), url.searchParams.get('format'), `audit-fall-${params.id}`);
};
