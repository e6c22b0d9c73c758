import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { IMPORT_CHOICES, type ImportChoice } from '#lib/modules/organisations/spreadsheet.ts';
import { confirmImport, getImport } from '#lib/modules/organisations/commands/import-organisations.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const stored = await getImport(await contextFor(locals), params.importId);
		return {
			importRecord: {
				id: stored.id,
				fileName: stored.fileName,
				confirmedAt: stored.confirmedAt,
				status: stored.status,
				failure: stored.failure,
				rowsDone: stored.rowsDone,
				rowsTotal: stored.rowsTotal,
				rows: stored.rows.map((row) => ({
					row: row.row,
					name: row.name,
					ok: !!row.values,
					errors: row.errors,
					warnings: row.warnings,
					duplicateOf: row.duplicateOf ?? null,
					duplicateOfRow: row.duplicateOfRow ?? null,
					choice: row.choice ?? null
				}))
			}
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	confirm: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		// One choice per possibly duplicate row: `choice-<row>` = skip | update | create (13.17).
		const form = await request.formData();
		const choices: Record<number, ImportChoice> = {};
		for (const [name, value] of form) {
			const row = /^choice-(\d{1,6})$/.exec(name)?.[1];
			if (row && typeof value === 'string' && (IMPORT_CHOICES as readonly string[]).includes(value))
				choices[Number(row)] = value as ImportChoice;
		}
		try {
			await confirmImport(await contextFor(locals), { id: params.importId, choices });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'organisations.import.doneFlash');
		redirect(303, localizePath(`/admin/organisations/import/${params.importId}`, locals.locale));
	}
};
