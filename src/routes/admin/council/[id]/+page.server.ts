import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { ageRuleDateParam, endMandateInput, memberInput, sessionInput } from '#lib/modules/council/inputs.ts';
import { getBodyForStaff } from '#lib/modules/council/queries.server.ts';
import { todayIn } from '#lib/modules/council/access.server.ts';
import { addCouncilMember } from '#lib/modules/council/commands/add-member.server.ts';
import { endCouncilMandate } from '#lib/modules/council/commands/end-mandate.server.ts';
import { createCouncilSession } from '#lib/modules/council/commands/create-session.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		const date = ageRuleDateParam(url.searchParams.get('date'), todayIn());
		return await getBodyForStaff(await contextFor(locals), params.id, { date });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	addMember: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(memberInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await addCouncilMember(await contextFor(locals), parsed.data);
			// The outcome of the age rule is shown right away, never silently.
			return { memberChange: { kind: 'added' as const, after: result.after, linkedAccount: result.linkedAccount } };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	},
	endMandate: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(endMandateInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await endCouncilMandate(await contextFor(locals), parsed.data);
			return { memberChange: { kind: 'ended' as const, after: result.after, linkedAccount: false } };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	},
	createSession: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(sessionInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await createCouncilSession(await contextFor(locals), parsed.data));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.admin.sessionCreated');
		redirect(303, localizePath(`/admin/council/sessions/${id}`, locals.locale));
	}
};
