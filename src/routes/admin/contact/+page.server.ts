import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import {
	answerContactMessageInput,
	CONTACT_FILTERS,
	CONTACT_RETENTION_MONTHS,
	deleteContactMessageInput,
	markHandledInput,
	type ContactFilter
} from '#lib/modules/contact/inputs.ts';
import { listContactMessages } from '#lib/modules/contact/queries.server.ts';
import { markContactMessageHandled } from '#lib/modules/contact/commands/mark-contact-message-handled.server.ts';
import { answerContactMessage } from '#lib/modules/contact/commands/answer-contact-message.server.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { deleteContactMessage } from '#lib/modules/contact/commands/delete-contact-message.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const filterParam = url.searchParams.get('filter') ?? '';
	const filter: ContactFilter = (CONTACT_FILTERS as readonly string[]).includes(filterParam)
		? (filterParam as ContactFilter)
		: 'open';
	const page = pageParameter(url);
	try {
		const result = await listContactMessages(await contextFor(locals), { filter, page });
		return { ...result, filter, filters: CONTACT_FILTERS, retentionMonths: CONTACT_RETENTION_MONTHS };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	answer: async ({ request, locals, cookies, url }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(answerContactMessageInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await answerContactMessage(await contextFor(locals), { ...parsed.data, locale: locals.locale });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		setFlash(cookies, 'contact.answer.sent');
		redirect(303, localizePath(`/admin/contact${url.search.startsWith('?/') ? '' : url.search}`, locals.locale));
	},
	handle: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(markHandledInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await markContactMessageHandled(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'contact.admin.marked');
		redirect(303, localizePath('/admin/contact', locals.locale));
	},
	delete: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(deleteContactMessageInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteContactMessage(await contextFor(locals), { id: parsed.data.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'contact.admin.deleted');
		redirect(303, localizePath('/admin/contact', locals.locale));
	}
};
