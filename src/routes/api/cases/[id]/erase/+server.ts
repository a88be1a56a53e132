/**
 * POST /api/cases/<id>/erase {"root": "notes"|"health", "entryId"} → erases a confidential entry
 * POST /api/cases/<id>/erase {"person": true}                     → erases the whole person
 * Erasure removes the content from storage, history included (server/privacy/erasure.ts).
 */
import { z } from 'zod';
import { context } from '../../../../../../server/context';
import { CONFIDENTIAL_ROOTS } from '../../../../../../server/privacy/erasure';
import { answer, badRequest, jsonBody } from '$lib/server/outcome';
import type { RequestHandler } from './$types';

const Body = z.union([
	z.object({ root: z.enum(CONFIDENTIAL_ROOTS), entryId: z.string() }),
	z.object({ person: z.literal(true) })
]);

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const parsed = Body.safeParse(await jsonBody(request));
	if (!parsed.success) return badRequest('expected {root, entryId} or {person: true}');
	const { erasure } = context();
	const body = parsed.data;
	const outcome =
		'person' in body
			? await erasure.erasePerson(locals.user!, params.id, 'request')
			: await erasure.eraseEntry(locals.user!, params.id, body.root, body.entryId);
	return answer(outcome, () => ({ erased: true }));
};
