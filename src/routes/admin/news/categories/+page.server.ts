import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { categoryInput } from '#lib/modules/news/inputs.ts';
import { listCategoriesForAdmin } from '#lib/modules/news/queries.server.ts';
import { createCategory } from '#lib/modules/news/commands/create-category.server.ts';
import { updateCategory } from '#lib/modules/news/commands/update-category.server.ts';
import { deleteCategory } from '#lib/modules/news/commands/delete-category.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		return { categories: await listCategoriesForAdmin(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(categoryInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await createCategory(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { saved: 'news.categories.created' };
	},
	update: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const categoryId = String(formData.get('categoryId') ?? '');
		const parsed = parseForm(categoryInput, formData);
		// The page has a form per category: the answer says which one the errors belong to.
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, categoryId });
		try {
			await updateCategory(await contextFor(locals), { categoryId, ...parsed.data });
		} catch (caught) {
			const failure = failFromError(caught, parsed.values);
			return fail(failure.status, { ...failure.data, categoryId });
		}
		return { saved: 'news.categories.saved' };
	},
	delete: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const categoryId = String((await request.formData()).get('categoryId') ?? '');
		try {
			await deleteCategory(await contextFor(locals), { categoryId });
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { saved: 'news.categories.deleted' };
	}
};
