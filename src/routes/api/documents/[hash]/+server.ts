/**
 * GET /api/documents/<sha256>?case=<id>: the document's bytes, for users who may read
 * case/<id> and only if the document belongs to that case (a hash alone opens nothing).
 * Always served as an attachment with the type from the allowed-types table and nosniff, so an
 * uploaded file can never run as a page of this origin.
 */
import { json } from '@sveltejs/kit';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { context } from '../../../../../server/context';
import * as docname from '$lib/shared/docname';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals }) => {
	const caseId = url.searchParams.get('case') ?? '';
	if (!docname.isId(caseId)) return json({ error: 'query parameter case required' }, { status: 400 });
	const { access, documents } = context();
	const decision = access.check(locals.user!, docname.caseDoc(caseId), 'read');
	if (!decision.allow)
		return json({ error: decision.reason }, { status: decision.reason === 'no such case' ? 404 : 403 });
	const found = /^[0-9a-f]{64}$/.test(params.hash) ? documents.find(caseId, params.hash) : undefined;
	if (!found) return json({ error: 'no such document in this case' }, { status: 404 });

	const body = Readable.toWeb(fs.createReadStream(found.path)) as ReadableStream<Uint8Array>;
	return new Response(body, {
		headers: {
			'Content-Type': found.meta.type,
			'Content-Length': String(found.meta.size),
			'Content-Disposition': disposition(found.meta.name),
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-cache',
			ETag: `"${found.meta.id}"`
		}
	});
};

/** RFC 6266: an ASCII fallback plus the exact UTF-8 name (Umlauts are common in German names). */
function disposition(name: string): string {
	const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
