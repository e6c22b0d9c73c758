import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { isUuid } from '#lib/server/ids.ts';
import { error } from '@sveltejs/kit';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { issueCertificate } from '#lib/modules/volunteering/documents.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/** Staff download a volunteer's certificate (the command checks the role). */
export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor);
	if (!isUuid(params.profileId)) error(404, 'error.404.text');
	try {
		const file = await issueCertificate(await contextFor(locals), { profileId: params.profileId });
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: false }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
