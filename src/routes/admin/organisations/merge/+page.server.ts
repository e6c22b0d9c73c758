import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getOrganisationsByIds } from '#lib/modules/organisations/queries.server.ts';
import { mergeOrganisations } from '#lib/modules/organisations/commands/merge-organisations.server.ts';
import { MERGE_FIELDS, type MergeChoice, type MergeField } from '#lib/modules/organisations/merge-fields.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const keepId = url.searchParams.get('keep') ?? '';
		const otherId = url.searchParams.get('other') ?? '';
		const found = await getOrganisationsByIds(ctx, [keepId, otherId]);
		const kept = found.find((row) => row.id === keepId);
		const other = found.find((row) => row.id === otherId);
		if (!kept || !other || kept.id === other.id) error(404, 'error.404.text');
		return { kept, other, fields: MERGE_FIELDS };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	merge: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const text = (name: string) => String(formData.get(name) ?? '');
		const choices: Partial<Record<MergeField, MergeChoice>> = {};
		for (const field of MERGE_FIELDS) if (text(`pick-${field}`) === 'other') choices[field] = 'other';
		let keepId: string;
		try {
			({ keepId } = await mergeOrganisations(await contextFor(locals), {
				keepId: text('keep'),
				otherId: text('other'),
				choices
			}));
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'organisations.merge.done');
		redirect(303, localizePath(`/admin/organisations/${keepId}`, locals.locale));
	}
};
