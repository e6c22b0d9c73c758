import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, formValues, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { optionalText } from '#lib/validation.ts';
import { encodeMessage } from '#lib/i18n/index.ts';
import { getApplicationForMember } from '#lib/modules/calls/committee-queries.server.ts';
import { declareConflictStatement, submitScore } from '#lib/modules/calls/commands/committee.server.ts';
import { openDiscussionRound, reviseScore } from '#lib/modules/calls/commands/discussion.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	try {
		return await getApplicationForMember(await contextFor(locals), params.applicationId);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const statementInput = v.object({
	statement: v.picklist(['none', 'conflict'] as const, encodeMessage('validation.required')),
	reason: optionalText(1000)
});

export const actions: Actions = {
	declare: async ({ request, locals, params, cookies }) => {
		const parsed = parseForm(statementInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await declareConflictStatement(await contextFor(locals), {
				applicationId: params.applicationId,
				hasConflict: parsed.data.statement === 'conflict',
				reason: parsed.data.reason
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.committee.declared');
		redirect(303, localizePath(`/account/committee/application/${params.applicationId}`, locals.locale));
	},
	score: async ({ request, locals, params, cookies }) => {
		const values = formValues(await request.formData());
		const pick = (prefix: string) =>
			Object.fromEntries(
				Object.entries(values)
					.filter(([name]) => name.startsWith(prefix))
					.map(([name, value]) => [name.slice(prefix.length), String(value)])
			);
		try {
			await submitScore(await contextFor(locals), {
				applicationId: params.applicationId,
				points: pick('points.'),
				comments: pick('comment.')
			});
		} catch (caught) {
			return failFromError(caught, values);
		}
		setFlash(cookies, 'calls.committee.scored');
		redirect(303, localizePath(`/account/committee/application/${params.applicationId}`, locals.locale));
	},
	openRound: async ({ request, locals, params, cookies }) => {
		const values = formValues(await request.formData());
		try {
			await openDiscussionRound(await contextFor(locals), {
				applicationId: params.applicationId,
				note: String(values.roundNote ?? '')
			});
		} catch (caught) {
			return failFromError(caught, values);
		}
		setFlash(cookies, 'calls.chair.roundOpened');
		redirect(303, localizePath(`/account/committee/application/${params.applicationId}`, locals.locale));
	},
	revise: async ({ request, locals, params, cookies }) => {
		const values = formValues(await request.formData());
		const points = Object.fromEntries(
			Object.entries(values)
				.filter(([name]) => name.startsWith('points.'))
				.map(([name, value]) => [name.slice('points.'.length), String(value)])
		);
		try {
			await reviseScore(await contextFor(locals), {
				applicationId: params.applicationId,
				points,
				comment: String(values.revisionComment ?? '')
			});
		} catch (caught) {
			return failFromError(caught, values);
		}
		setFlash(cookies, 'calls.revise.saved');
		redirect(303, localizePath(`/account/committee/application/${params.applicationId}`, locals.locale));
	}
};
