import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { listAuditEntries } from '#lib/modules/system/queries.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const action = url.searchParams.get('action') ?? '';
	const page = pageParameter(url);
	try {
		const result = await listAuditEntries(await contextFor(locals), { action, page });
		return {
			...result,
			rows: result.rows.map((row) => ({ ...row, detailsJson: JSON.stringify(row.details, null, 1) })),
			action
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
