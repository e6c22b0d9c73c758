import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { dataSubjectInput, eraseSubjectInput, retentionInput } from '#lib/modules/privacy/inputs.ts';
import { findPersonalData, getRetentionPeriods } from '#lib/modules/privacy/queries.server.ts';
import { canHandleDataRequests, canSetRetention } from '#lib/modules/privacy/permissions.server.ts';
import { eraseDataSubject } from '#lib/modules/privacy/commands/erase-personal-data.server.ts';
import { updateRetention } from '#lib/modules/privacy/commands/update-retention.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	if (!canHandleDataRequests(locals.actor)) error(403, 'error.403.text');
	const ctx = await contextFor(locals);
	return {
		retention: await getRetentionPeriods(ctx.db, ctx.officeId),
		canSetRetention: canSetRetention(locals.actor)
	};
};

export const actions: Actions = {
	lookup: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(dataSubjectInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const found = await findPersonalData(await contextFor(locals), parsed.data, manifests);
			return { lookup: found, subject: parsed.data };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	},
	erase: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(eraseSubjectInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await eraseDataSubject(await contextFor(locals), parsed.data, manifests);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'privacy.erase.done');
		redirect(303, localizePath('/admin/data-requests', locals.locale));
	},
	retention: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(retentionInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateRetention(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'privacy.retention.saved');
		redirect(303, localizePath('/admin/data-requests', locals.locale));
	}
};
