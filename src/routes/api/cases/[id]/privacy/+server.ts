/**
 * Consent, shares, handovers and assessor links of one case (the "Datenschutz" tab).
 * GET  → {consents, shares, handovers, links}
 * POST {op: 'consent' | 'revokeConsent' | 'share' | 'revokeShare' | 'handover' | 'link' | 'revokeLink', …}
 * Each operation is decided by the access function (action `share` on the case doc).
 */
import { z } from 'zod';
import { context } from '../../../../../../server/context';
import { PARTS } from '../../../../../../server/privacy/consents';
import { answer, badRequest, jsonBody } from '$lib/server/outcome';
import type { RequestHandler } from './$types';

const Op = z.discriminatedUnion('op', [
	z.object({
		op: z.literal('consent'),
		kind: z.enum(['general', 'specific']),
		agencies: z.array(z.string()).max(50).default([]),
		parts: z.array(z.enum(PARTS)).min(1),
		validFrom: z.string(),
		validTo: z.string().default(''),
		documentRef: z.string().max(200).default('')
	}),
	z.object({ op: z.literal('revokeConsent'), id: z.string() }),
	z.object({ op: z.literal('share'), agencyId: z.string(), parts: z.array(z.enum(PARTS)).min(1).default(['case']) }),
	z.object({ op: z.literal('revokeShare'), id: z.string() }),
	z.object({
		op: z.literal('handover'),
		toAgency: z.string(),
		toManager: z.string().nullable().default(null),
		reason: z.string().max(200),
		note: z.string().max(5000).default(''),
		checklist: z
			.array(z.object({ label: z.string().max(200), done: z.boolean() }))
			.max(50)
			.default([])
	}),
	z.object({ op: z.literal('link'), expiresAt: z.number().int() }),
	z.object({ op: z.literal('revokeLink'), id: z.string() })
]);

export const GET: RequestHandler = async ({ locals, params }) =>
	answer(context().privacy.overview(locals.user!, params.id));

export const POST: RequestHandler = async ({ locals, params, request, url }) => {
	const parsed = Op.safeParse(await jsonBody(request));
	if (!parsed.success)
		return badRequest(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
	const user = locals.user!;
	const { privacy } = context();
	const body = parsed.data;
	switch (body.op) {
		case 'consent':
			// The signed form must be a document of this very case (uploaded under «Dokumente»).
			if (body.documentRef !== '' && !context().documents.find(params.id, body.documentRef))
				return badRequest('documentRef: not a document of this case');
			return answer(privacy.recordConsent(user, params.id, body));
		case 'revokeConsent':
			return answer(privacy.revokeConsent(user, params.id, body.id));
		case 'share':
			return answer(privacy.share(user, params.id, body.agencyId, body.parts));
		case 'revokeShare':
			return answer(privacy.revokeShare(user, params.id, body.id));
		case 'handover':
			return answer(await privacy.handover(user, params.id, body));
		case 'link':
			// The token is shown once, to the issuer; only its hash is stored.
			return answer(await privacy.issueLink(user, params.id, body.expiresAt), ({ token, link }) => ({
				link,
				token,
				url: `${url.origin}/assess/${token}`
			}));
		case 'revokeLink':
			return answer(privacy.revokeLink(user, params.id, body.id));
	}
};
