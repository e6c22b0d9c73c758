import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, formValues, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getOwnApplication } from '#lib/modules/calls/application-queries.server.ts';
import { parseApplicationForm } from '#lib/modules/calls/application-inputs.ts';
import { saveApplication } from '#lib/modules/calls/commands/save-application.server.ts';
import { submitApplication } from '#lib/modules/calls/commands/submit-application.server.ts';
import {
	addApplicationAttachment,
	removeApplicationAttachment
} from '#lib/modules/calls/commands/application-attachments.server.ts';
import { uploadedFileFrom } from '#lib/modules/documents/upload.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	try {
		return await getOwnApplication(await contextFor(locals), params.id);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

/** Saves what was typed; on `submit`, then submits it (a refused submission keeps the saved draft). */
async function saveAndMaybeSubmit(event: Parameters<Actions[string]>[0], submit: boolean) {
	const { request, locals, params, cookies } = event;
	if (!locals.actor) redirect(303, localizePath('/sign-in', locals.locale));
	const ctx = await contextFor(locals);
	const values = formValues(await request.formData());
	let questionKeys: string[];
	try {
		questionKeys = (await getOwnApplication(ctx, params.id!)).call.questions.map((question) => question.key);
	} catch (caught) {
		return failFromError(caught, values);
	}
	const parsed = parseApplicationForm(values, questionKeys);
	if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'common.formHasErrors' });
	let saved: { version: number; savedOverSomeoneElse: boolean };
	try {
		saved = await saveApplication(ctx, { id: params.id!, input: parsed.data });
	} catch (caught) {
		return failFromError(caught, values);
	}
	if (submit) {
		try {
			await submitApplication(ctx, { id: params.id!, locale: locals.locale });
			setFlash(cookies, 'calls.apply.submitted');
		} catch (caught) {
			// The draft is saved with the new version: the form must carry it, or the next save looks like a clash.
			return failFromError(caught, { ...values, version: String(saved.version) });
		}
	} else {
		setFlash(cookies, saved.savedOverSomeoneElse ? 'calls.apply.savedOverOther' : 'calls.apply.saved');
	}
	redirect(303, localizePath(`/account/applications/${params.id}`, locals.locale));
}

export const actions: Actions = {
	save: (event) => saveAndMaybeSubmit(event, false),
	submit: (event) => saveAndMaybeSubmit(event, true),
	attach: async ({ request, locals, params, cookies }) => {
		if (!locals.actor) redirect(303, localizePath('/sign-in', locals.locale));
		const formData = await request.formData();
		const kind = String(formData.get('kind') ?? '');
		try {
			const file = await uploadedFileFrom(formData, 'file');
			await addApplicationAttachment(await contextFor(locals), { applicationId: params.id!, kind, file });
		} catch (caught) {
			return failFromError(caught, { kind });
		}
		setFlash(cookies, 'calls.attachment.added');
		redirect(303, localizePath(`/account/applications/${params.id}`, locals.locale));
	},
	detach: async ({ request, locals, params, cookies }) => {
		if (!locals.actor) redirect(303, localizePath('/sign-in', locals.locale));
		const attachmentId = String((await request.formData()).get('attachmentId') ?? '');
		try {
			await removeApplicationAttachment(await contextFor(locals), { applicationId: params.id!, attachmentId });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'calls.attachment.removed');
		redirect(303, localizePath(`/account/applications/${params.id}`, locals.locale));
	}
};
