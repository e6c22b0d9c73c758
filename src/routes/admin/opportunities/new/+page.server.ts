import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listDocumentsForPicker } from '#lib/modules/documents/queries.server.ts';
import { OPPORTUNITY_TYPES } from '#lib/modules/opportunities/schema.ts';
import { opportunityInput } from '#lib/modules/opportunities/inputs.ts';
import { canEditOpportunities } from '#lib/modules/opportunities/permissions.server.ts';
import { formValuesOf } from '#lib/modules/opportunities/form-values.ts';
import { createOpportunity } from '#lib/modules/opportunities/commands/create-opportunity.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canEditOpportunities(locals.actor));
		const ctx = await contextFor(locals);
		return {
			initial: formValuesOf(null),
			types: OPPORTUNITY_TYPES,
			documents: await listDocumentsForPicker(ctx.db, ctx.officeId)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(opportunityInput, await request.formData(), ['attachments']);
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await createOpportunity(await contextFor(locals), parsed.data));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'opportunities.admin.created');
		redirect(303, localizePath(`/admin/opportunities/${id}`, locals.locale));
	}
};
