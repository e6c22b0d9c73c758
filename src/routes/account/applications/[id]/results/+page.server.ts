import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getResultsForApplicant } from '#lib/modules/calls/decision-queries.server.ts';
import { appealInput, dinars, reportInput } from '#lib/modules/calls/decision-inputs.ts';
import { lodgeAppeal } from '#lib/modules/calls/commands/decision.server.ts';
import { submitReport } from '#lib/modules/calls/commands/contracts.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	try {
		return await getResultsForApplicant(await contextFor(locals), params.id);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const here = (id: string, locale: App.Locals['locale']) => localizePath(`/account/applications/${id}/results`, locale);

export const actions: Actions = {
	appeal: async ({ request, locals, params, cookies }) => {
		if (!locals.actor) redirect(303, localizePath('/sign-in', locals.locale));
		const parsed = parseForm(appealInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await lodgeAppeal(await contextFor(locals), { applicationId: params.id, text: parsed.data.text });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.appeal.lodgedFlash');
		redirect(303, here(params.id, locals.locale));
	},
	report: async ({ request, locals, params, cookies }) => {
		if (!locals.actor) redirect(303, localizePath('/sign-in', locals.locale));
		const formData = await request.formData();
		const parsed = parseForm(reportInput, formData);
		if (!parsed.ok) return parsed.failure;
		// The financial report's spent amounts, one field per budget line.
		const spent: Record<number, number> = {};
		const errors: Record<string, string> = {};
		for (const [name, value] of formData.entries()) {
			const line = /^spent\.(\d{1,3})$/.exec(name);
			if (!line || typeof value !== 'string') continue;
			const amount = v.safeParse(dinars(false), value);
			if (amount.success) spent[Number(line[1])] = amount.output;
			else errors[name] = amount.issues[0].message;
		}
		if (Object.keys(errors).length > 0)
			return fail(400, { values: parsed.values, errors, message: 'common.formHasErrors' });
		const files = [];
		for (const entry of formData.getAll('files')) {
			if (entry instanceof File && entry.size > 0)
				files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
		}
		try {
			await submitReport(await contextFor(locals), { applicationId: params.id, ...parsed.data, spent, files });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.report.submittedFlash');
		redirect(303, here(params.id, locals.locale));
	}
};
