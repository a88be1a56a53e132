/**
 * POST /api/cases/<id>/documents: upload one document as the raw request body (streamed, never
 * buffered whole), its name in the X-File-Name header (URI-encoded). Requires write access to
 * case/<id>. 201 {document}; 413 too large, 415 type not allowed, 400 interrupted, each as
 * {error, code} so the browser can say it in German.
 * GET: the case's documents from the server's record (read access).
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../../../server/context';
import * as docname from '$lib/shared/docname';
import { MAX_UPLOAD_BYTES } from '$lib/shared/filetypes';
import type { RequestHandler } from './$types';

const STATUS = { size: 413, type: 415, interrupted: 400 } as const;

export const POST: RequestHandler = async ({ params, request, locals }) => {
	const user = locals.user!;
	const { access, documents, log } = context();
	const decision = access.check(user, docname.caseDoc(params.id), 'write');
	if (!decision.allow)
		return json(
			{ error: decision.reason, code: 'forbidden' },
			{ status: decision.reason === 'no such case' ? 404 : 403 }
		);

	let name: string;
	try {
		name = decodeURIComponent(request.headers.get('x-file-name') ?? '');
	} catch {
		return json({ error: 'X-File-Name must be URI-encoded', code: 'name' }, { status: 400 });
	}
	if (!name) return json({ error: 'X-File-Name header required', code: 'name' }, { status: 400 });
	const length = Number(request.headers.get('content-length'));
	if (Number.isFinite(length) && length > MAX_UPLOAD_BYTES)
		return json({ error: `larger than ${MAX_UPLOAD_BYTES} bytes`, code: 'size' }, { status: 413 });
	if (!request.body) return json({ error: 'empty file', code: 'empty' }, { status: 400 });

	try {
		const document = await documents.upload({ caseId: params.id, user, name, body: request.body, now: Date.now() });
		log.info('documents.uploaded', { case: params.id, user: user.id, hash: document.id, size: document.size });
		return json({ document }, { status: 201 });
	} catch (error) {
		// Errors come from server/ modules bundled separately: recognized by shape, not instanceof.
		const failure = (error as { failure?: unknown }).failure;
		if (failure === 'size' || failure === 'type' || failure === 'interrupted') {
			log.info('documents.rejected', { case: params.id, user: user.id, failure });
			return json({ error: (error as Error).message, code: failure }, { status: STATUS[failure] });
		}
		throw error;
	}
};

export const GET: RequestHandler = async ({ params, locals }) => {
	const { access, documents } = context();
	const decision = access.check(locals.user!, docname.caseDoc(params.id), 'read');
	if (!decision.allow)
		return json({ error: decision.reason }, { status: decision.reason === 'no such case' ? 404 : 403 });
	return json({ documents: documents.ofCase(params.id) });
};
