import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canManageWorkStandards } from '#lib/modules/reports/permissions.server.ts';
import { listWorkStandardFramework } from '#lib/modules/reports/standards.server.ts';
import {
	newWorkStandardItemInput,
	workStandardItemInput,
	workStandardItemIdInput
} from '#lib/modules/reports/inputs.ts';
import {
	addWorkStandardItem,
	retireWorkStandardItem,
	rewordWorkStandardItem
} from '#lib/modules/reports/commands/keep-work-standards.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor, canManageWorkStandards);
	try {
		return { items: await listWorkStandardFramework(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const back = (locale: App.Locals['locale']) => localizePath('/admin/reports/standards/framework', locale);

export const actions: Actions = {
	add: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor, canManageWorkStandards);
		const parsed = parseForm(newWorkStandardItemInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await addWorkStandardItem(await contextFor(locals), {
				area: parsed.data.area,
				parentId: parsed.data.parentId || null,
				text: parsed.data.text,
				textEn: parsed.data.textEn
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'reports.standards.addedNotice');
		redirect(303, back(locals.locale));
	},
	reword: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor, canManageWorkStandards);
		const parsed = parseForm(
			v.object({ ...workStandardItemInput.entries, ...workStandardItemIdInput.entries }),
			await request.formData()
		);
		if (!parsed.ok) return parsed.failure;
		try {
			await rewordWorkStandardItem(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'reports.standards.rewordedNotice');
		redirect(303, back(locals.locale));
	},
	retire: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor, canManageWorkStandards);
		const parsed = parseForm(workStandardItemIdInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await retireWorkStandardItem(await contextFor(locals), { id: parsed.data.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'reports.standards.retiredNotice');
		redirect(303, back(locals.locale));
	}
};
