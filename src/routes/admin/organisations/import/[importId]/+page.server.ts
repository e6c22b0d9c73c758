import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
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
					warnings: row.warnings
				}))
			}
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	confirm: async ({ locals, params, cookies }) => {
		requireAccess(locals.actor);
		try {
			await confirmImport(await contextFor(locals), { id: params.importId });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'organisations.import.doneFlash');
		redirect(303, localizePath(`/admin/organisations/import/${params.importId}`, locals.locale));
	}
};
