import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { documentInput, ACCEPTED_FORMATS_TEXT, DOCUMENT_MAX_MB } from '#lib/modules/documents/inputs.ts';
import { DOCUMENT_TYPES } from '#lib/modules/documents/schema.ts';
import { canEditDocuments } from '#lib/modules/documents/permissions.server.ts';
import { checkDocumentFile, uploadedFileFrom } from '#lib/modules/documents/upload.server.ts';
import { uploadDocument } from '#lib/modules/documents/commands/upload-document.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canEditDocuments(locals.actor));
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	return { maxMb: DOCUMENT_MAX_MB, formats: ACCEPTED_FORMATS_TEXT, types: DOCUMENT_TYPES };
};

export const actions: Actions = {
	save: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const file = await uploadedFileFrom(formData);
		const parsed = parseForm(documentInput, formData);
		if (!parsed.ok) {
			// Report a bad file in the same round, so the person does not fix the fields only to hear about the file next.
			const checked = checkDocumentFile(file);
			if (!checked.ok) parsed.failure.data.errors.file ??= checked.message;
			return parsed.failure;
		}
		let id: string;
		try {
			({ id } = await uploadDocument(await contextFor(locals), { ...parsed.data, file }));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'documents.admin.created');
		redirect(303, localizePath(`/admin/documents/${id}`, locals.locale));
	}
};
