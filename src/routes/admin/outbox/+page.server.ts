import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { listOutbox } from '#lib/modules/system/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const page = Number(url.searchParams.get('page')) || 1;
	try {
		const result = await listOutbox(await contextFor(locals), { page });
		return { ...result, mailEnabled: (await getRuntime()).mailEnabled };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
