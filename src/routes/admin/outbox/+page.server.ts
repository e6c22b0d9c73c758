import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { listOutbox } from '#lib/modules/system/queries.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const page = pageParameter(url);
	try {
		const result = await listOutbox(await contextFor(locals), { page });
		return { ...result, mailEnabled: (await getRuntime()).mailEnabled };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
