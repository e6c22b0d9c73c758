import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError } from '#lib/server/forms.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { previewImport, readWaitingImports } from '#lib/modules/organisations/commands/import-organisations.server.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { MAX_SPREADSHEET_BYTES } from '#lib/modules/organisations/spreadsheet-read.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const actions: Actions = {
	preview: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const file = (await request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0 || file.size > MAX_SPREADSHEET_BYTES) {
			return fail(400, {
				values: {},
				errors: { file: 'organisations.import.noFile' },
				message: 'organisations.import.noFile'
			});
		}
		let id: string;
		try {
			({ id } = await previewImport(await contextFor(locals), {
				fileName: file.name,
				bytes: new Uint8Array(await file.arrayBuffer())
			}));
		} catch (caught) {
			return failFromError(caught, {});
		}
		// Read after this answer has gone (the job would take it within seconds anyway); the preview page
		// shows the progress.
		const { db } = await getRuntime();
		setTimeout(() => void readWaitingImports(db).catch((caught) => console.error('[organisations import]', caught)), 0);
		redirect(303, localizePath(`/admin/organisations/import/${id}`, locals.locale));
	}
};
