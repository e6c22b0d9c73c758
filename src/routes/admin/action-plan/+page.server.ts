import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canEditActionPlan } from '#lib/modules/action-plan/permissions.server.ts';
import { ADMIN_PLAN_SORT_COLUMNS, listPlansForAdmin } from '#lib/modules/action-plan/queries.server.ts';
import { listSortOf } from '#lib/server/list-sort.ts';
import { planInput } from '#lib/modules/action-plan/inputs.ts';
import { createPlan } from '#lib/modules/action-plan/commands/create-plan.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canEditActionPlan(locals.actor));
		const ctx = await contextFor(locals);
		const sort = listSortOf(url.searchParams, ADMIN_PLAN_SORT_COLUMNS);
		return { plans: await listPlansForAdmin(ctx.db, ctx.officeId, sort), thisYear: new Date().getFullYear() };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	create: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(planInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			const { reason: _reason, ...input } = parsed.data;
			void _reason;
			({ id } = await createPlan(await contextFor(locals), input));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'plan.admin.created');
		redirect(303, localizePath(`/admin/action-plan/${id}`, locals.locale));
	}
};
