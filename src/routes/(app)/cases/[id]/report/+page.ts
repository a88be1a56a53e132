import { error } from '@sveltejs/kit';
import { isId } from '$lib/shared/docname';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	if (!isId(params.id)) error(404, 'Dieses Dossier gibt es nicht.');
	return { caseId: params.id };
};
