import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listCommitteeWork } from '#lib/modules/calls/committee-queries.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	try {
		return { work: await listCommitteeWork(await contextFor(locals), params.callId) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
