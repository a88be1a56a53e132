/**
 * The assessor link's API (no account: the token is the credential). GET → the one assessment
 * form's fields; PUT {values} → stores them in the case, attributed to the link. Nothing else of
 * the case is ever sent. 410 once the link expired or was revoked.
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../../server/context';
import { ASSESSOR_FIELDS, type AssessorField } from '../../../../../server/privacy/service';
import { answer, badRequest, jsonBody } from '$lib/server/outcome';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) =>
	answer(await context().privacy.assessment(params.token), ({ link, values }) => ({
		expiresAt: link.expiresAt,
		values
	}));

export const PUT: RequestHandler = async ({ params, request }) => {
	const body = await jsonBody(request);
	const values =
		typeof body === 'object' && body !== null && 'values' in body ? (body as { values: unknown }).values : null;
	if (typeof values !== 'object' || values === null) return badRequest('expected {values}');
	const picked: Partial<Record<AssessorField, unknown>> = {};
	for (const field of ASSESSOR_FIELDS) if (field in values) picked[field] = (values as Record<string, unknown>)[field];
	const outcome = await context().privacy.fillAssessment(params.token, picked);
	return outcome.ok ? json({ saved: true }) : answer(outcome);
};
