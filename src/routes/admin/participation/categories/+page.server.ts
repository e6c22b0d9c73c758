import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { categoryInput } from '#lib/modules/participation/inputs.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { listCategories } from '#lib/modules/participation/queries.server.ts';
import {
	addCategoriesFromPlanAreas,
	addCategory,
	listTopicAreas,
	renameCategory,
	setCategoryRetired
} from '#lib/modules/participation/commands/categories.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const [categories, areas] = await Promise.all([
			listCategories(ctx.db, ctx.officeId, { includeRetired: true }),
			listTopicAreas(ctx.db, ctx.officeId)
		]);
		return { categories, areas };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	create: async ({ request, locals, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(categoryInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await addCategory(await contextFor(locals), { input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.categorySaved');
		redirect(303, url.pathname);
	},
	rename: async ({ request, locals, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const formData = await request.formData();
		const categoryId = String(formData.get('categoryId') ?? '');
		const parsed = parseForm(categoryInput, formData);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, categoryId });
		try {
			await renameCategory(await contextFor(locals), { id: categoryId, input: parsed.data });
		} catch (caught) {
			const failure = failFromError(caught, parsed.values);
			return fail(failure.status, { ...failure.data, categoryId });
		}
		setFlash(cookies, 'participation.admin.categorySaved');
		redirect(303, url.pathname);
	},
	retire: async ({ request, locals, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const formData = await request.formData();
		try {
			await setCategoryRetired(await contextFor(locals), {
				id: String(formData.get('categoryId') ?? ''),
				retired: formData.get('retired') === 'on'
			});
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'participation.admin.categorySaved');
		redirect(303, url.pathname);
	},
	fromPlan: async ({ locals }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		try {
			const { added } = await addCategoriesFromPlanAreas(await contextFor(locals));
			return { added };
		} catch (caught) {
			return failFromError(caught, {});
		}
	}
};
