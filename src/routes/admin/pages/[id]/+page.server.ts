import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getPageForAdmin, listParentChoices } from '#lib/modules/pages/queries.server.ts';
import { deletePageInput, pageInput } from '#lib/modules/pages/inputs.ts';
import { updatePage } from '#lib/modules/pages/commands/update-page.server.ts';
import { deletePage } from '#lib/modules/pages/commands/delete-page.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const page = await getPageForAdmin(ctx, params.id);
		return {
			page: {
				id: page.id,
				title: page.title,
				slug: page.slug,
				titleEn: page.titleEn,
				body: page.body,
				bodyEn: page.bodyEn,
				parentId: page.parentId,
				showInMenu: page.showInMenu,
				isPublished: page.isPublished,
				hasChildren: page.hasChildren
			},
			parentChoices: await listParentChoices(ctx, page.id)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(pageInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updatePage(await contextFor(locals), { id: params.id, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'pages.admin.saved');
		redirect(303, localizePath('/admin/pages', locals.locale));
	},
	delete: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(deletePageInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deletePage(await contextFor(locals), { id: params.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'pages.admin.deleted');
		redirect(303, localizePath('/admin/pages', locals.locale));
	}
};
