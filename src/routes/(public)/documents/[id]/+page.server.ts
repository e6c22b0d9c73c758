import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublicDocument } from '#lib/modules/documents/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const document = locals.office ? await getPublicDocument(db, locals.office.id, params.id) : null;
	if (!document) error(404, 'error.404.text');
	return { document };
};
