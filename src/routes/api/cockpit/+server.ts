/** GET /api/cockpit → the cockpit's server-side settings (caseload limit); no personal data. */
import { json } from '@sveltejs/kit';
import { context } from '../../../../server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	return json({ caseloadLimit: context().config.caseloadLimit });
};
