import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getDecisionForStaff } from '#lib/modules/calls/decision-queries.server.ts';
import { appealAnswerInput, appealInput, awardsFrom, decisionInput } from '#lib/modules/calls/decision-inputs.ts';
import {
	decideAppeal,
	lodgeAppeal,
	publishDecision,
	recordDecision
} from '#lib/modules/calls/commands/decision.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		return await getDecisionForStaff(await contextFor(locals), params.id);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const here = (id: string, locale: App.Locals['locale']) => localizePath(`/admin/calls/${id}/decision`, locale);
const idInput = v.object({ id: v.pipe(v.string(), v.uuid('error.404.text')) });

export const actions: Actions = {
	record: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const parsed = parseForm(decisionInput, formData);
		const { awards, errors } = awardsFrom(formData);
		if (!parsed.ok) return parsed.failure;
		if (Object.keys(errors).length > 0)
			return fail(400, { values: parsed.values, errors, message: 'common.formHasErrors' });
		try {
			await recordDecision(await contextFor(locals), { callId: params.id, input: parsed.data, awards });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.decision.recorded');
		redirect(303, here(params.id, locals.locale));
	},
	publish: async ({ locals, params, cookies }) => {
		requireAccess(locals.actor);
		try {
			await publishDecision(await contextFor(locals), { callId: params.id });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'calls.decision.publishedFlash');
		redirect(303, here(params.id, locals.locale));
	},
	appeal: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const parsed = parseForm(v.object({ ...appealInput.entries, ...idInput.entries }), formData);
		if (!parsed.ok) return parsed.failure;
		try {
			await lodgeAppeal(await contextFor(locals), {
				applicationId: parsed.data.id,
				text: parsed.data.text,
				asStaff: true
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.appeal.lodgedFlash');
		redirect(303, here(params.id, locals.locale));
	},
	answer: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(v.object({ ...appealAnswerInput.entries, ...idInput.entries }), await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await decideAppeal(await contextFor(locals), { appealId: parsed.data.id, ...parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.appeal.decidedFlash');
		redirect(303, here(params.id, locals.locale));
	}
};
