import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listDocumentsForPicker } from '#lib/modules/documents/queries.server.ts';
import { OPPORTUNITY_TYPES } from '#lib/modules/opportunities/schema.ts';
import { deleteOpportunityInput, opportunityInput } from '#lib/modules/opportunities/inputs.ts';
import { getOpportunityForAdmin } from '#lib/modules/opportunities/queries.server.ts';
import { formValuesOf } from '#lib/modules/opportunities/form-values.ts';
import { updateOpportunity } from '#lib/modules/opportunities/commands/update-opportunity.server.ts';
import { deleteOpportunity } from '#lib/modules/opportunities/commands/delete-opportunity.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const opportunity = await getOpportunityForAdmin(ctx, params.id);
		return {
			opportunity: {
				id: opportunity.id,
				title: opportunity.title,
				path: opportunity.path,
				state: opportunity.state,
				publication: opportunity.publication,
				publishAt: opportunity.publishAt
			},
			initial: formValuesOf(opportunity),
			types: OPPORTUNITY_TYPES,
			documents: await listDocumentsForPicker(ctx.db, ctx.officeId)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(opportunityInput, await request.formData(), ['attachments']);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateOpportunity(await contextFor(locals), { ...parsed.data, id: params.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'common.saved');
		redirect(303, localizePath(`/admin/opportunities/${params.id}`, locals.locale));
	},
	delete: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(deleteOpportunityInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteOpportunity(await contextFor(locals), { id: params.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'opportunities.admin.deleted');
		redirect(303, localizePath('/admin/opportunities', locals.locale));
	}
};
