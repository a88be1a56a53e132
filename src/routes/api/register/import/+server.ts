/**
 * POST /api/register/import: a person-register extract (CSV, the raw request body) → import
 * report {rows, created, updated, unchanged, rejected[{line, zemis, reason}]}. Case staff and
 * the administration only (shared/registerimport.ts); which rows they may write is decided per
 * row by the import core (server/register/register.ts), the same core as `npm run import`.
 */
import { json } from '@sveltejs/kit';
import { context } from '../../../../../server/context';
import { MAX_IMPORT_BYTES, mayImport } from '$lib/shared/registerimport';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, locals }) => {
	const user = locals.user!;
	if (!mayImport(user.roles))
		return json({ error: 'only case staff and administrators may import', code: 'forbidden' }, { status: 403 });
	const length = Number(request.headers.get('content-length'));
	if (Number.isFinite(length) && length > MAX_IMPORT_BYTES)
		return json({ error: `larger than ${MAX_IMPORT_BYTES} bytes`, code: 'size' }, { status: 413 });
	const bytes = new Uint8Array(await request.arrayBuffer());
	if (bytes.length > MAX_IMPORT_BYTES)
		return json({ error: `larger than ${MAX_IMPORT_BYTES} bytes`, code: 'size' }, { status: 413 });
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return json(
			{ error: 'Die Datei ist nicht UTF-8-kodiert. Bitte als «CSV UTF-8» speichern.', code: 'encoding' },
			{ status: 400 }
		);
	}
	const now = Date.now();
	try {
		const report = await context().register.run(text, { actor: user, today: swissToday(now), now });
		return json(report);
	} catch (error) {
		// FileError (server/register/parse.ts), recognized by its code: the bundles are separate.
		if ((error as { code?: unknown }).code === 'register-file')
			return json({ error: (error as Error).message, code: 'file' }, { status: 400 });
		throw error;
	}
};

function swissToday(now: number): string {
	return new Date(now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
}
