import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import type { RequestHandler } from './$types';
import { formValues, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { dataSubjectInput } from '#lib/modules/privacy/inputs.ts';
import { findPersonalData } from '#lib/modules/privacy/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/**
 * A person's data as JSON, for staff answering an access request of someone without an account. A POST,
 * so the address or phone never lands in a URL (browser history, server logs).
 */
export const POST: RequestHandler = async ({ locals, request }) => {
	requireAccess(locals.actor);
	const parsed = v.safeParse(dataSubjectInput, formValues(await request.formData()));
	if (!parsed.success) error(400, 'privacy.lookup.needOne');
	try {
		const data = await findPersonalData(await contextFor(locals), parsed.output, manifests);
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="personal-data-${data.generatedAt.slice(0, 10)}.json"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
