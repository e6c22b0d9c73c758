import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import {
	deleteDocumentInput,
	documentInput,
	ACCEPTED_FORMATS_TEXT,
	DOCUMENT_MAX_MB
} from '#lib/modules/documents/inputs.ts';
import { DOCUMENT_TYPES } from '#lib/modules/documents/schema.ts';
import { getDocumentForAdmin } from '#lib/modules/documents/queries.server.ts';
import { checkDocumentFile, uploadedFileFrom } from '#lib/modules/documents/upload.server.ts';
import { updateDocument } from '#lib/modules/documents/commands/update-document.server.ts';
import { deleteDocument } from '#lib/modules/documents/commands/delete-document.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		return {
			document: await getDocumentForAdmin(await contextFor(locals), params.id),
			maxMb: DOCUMENT_MAX_MB,
			formats: ACCEPTED_FORMATS_TEXT,
			types: DOCUMENT_TYPES
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const file = await uploadedFileFrom(formData);
		const parsed = parseForm(documentInput, formData);
		if (!parsed.ok) {
			const checked = file ? checkDocumentFile(file) : null;
			if (checked && !checked.ok) parsed.failure.data.errors.file ??= checked.message;
			return parsed.failure;
		}
		try {
			await updateDocument(await contextFor(locals), { ...parsed.data, id: params.id, file });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'common.saved');
		redirect(303, localizePath(`/admin/documents/${params.id}`, locals.locale));
	},
	delete: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(deleteDocumentInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteDocument(await contextFor(locals), { id: params.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'documents.admin.deleted');
		redirect(303, localizePath('/admin/documents', locals.locale));
	}
};
