import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getContractForStaff } from '#lib/modules/calls/decision-queries.server.ts';
import { contractInput, paymentInput, reportReviewInput } from '#lib/modules/calls/decision-inputs.ts';
import { createContract, recordPayment, reviewReport } from '#lib/modules/calls/commands/contracts.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		return await getContractForStaff(await contextFor(locals), params.id, params.applicationId);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const here = (params: { id: string; applicationId: string }, locale: App.Locals['locale']) =>
	localizePath(`/admin/calls/${params.id}/contracts/${params.applicationId}`, locale);
const idInput = v.object({ id: v.pipe(v.string(), v.uuid('error.404.text')) });

export const actions: Actions = {
	create: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(contractInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const ctx = await contextFor(locals);
			// The application must be a funded one of this call (the query refuses otherwise).
			await getContractForStaff(ctx, params.id, params.applicationId);
			await createContract(ctx, { applicationId: params.applicationId, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.contract.created');
		redirect(303, here(params, locals.locale));
	},
	pay: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(v.object({ ...paymentInput.entries, ...idInput.entries }), await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const { id, ...payment } = parsed.data;
			await recordPayment(await contextFor(locals), { contractId: id, ...payment });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.payment.recorded');
		redirect(303, here(params, locals.locale));
	},
	review: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(reportReviewInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const { id, ...review } = parsed.data;
			await reviewReport(await contextFor(locals), { reportId: id, ...review });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.report.reviewed');
		redirect(303, here(params, locals.locale));
	}
};
