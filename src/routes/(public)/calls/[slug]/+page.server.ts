import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError } from '#lib/server/forms.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getPublicCall } from '#lib/modules/calls/queries.server.ts';
import { getPublicDecision } from '#lib/modules/calls/decision-queries.server.ts';
import { listApplyChoices } from '#lib/modules/calls/application-queries.server.ts';
import { startApplication } from '#lib/modules/calls/commands/start-application.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const now = new Date();
	const { db } = await getRuntime();
	const call = locals.office ? await getPublicCall(db, locals.office.id, params.slug, now) : null;
	if (!call) error(404, 'error.404.text');
	const applyChoices =
		call.state === 'open' && locals.actor
			? await listApplyChoices(await contextFor(locals), call.applicantTypes)
			: null;
	const decision = call.state === 'closed' ? await getPublicDecision(db, call, now) : null;
	return { call, now, origin: url.origin, applyChoices, signedIn: !!locals.actor, decision };
};

export const actions: Actions = {
	apply: async ({ request, locals, params }) => {
		if (!locals.actor)
			redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(`/calls/${params.slug}`)}`, locals.locale));
		const choice = String((await request.formData()).get('applyAs') ?? '');
		const values = { applyAs: choice };
		const organisationId = choice.startsWith('organisation:') ? choice.slice('organisation:'.length) : undefined;
		const ctx = await contextFor(locals);
		let id: string;
		try {
			if (choice === 'group') {
				({ id } = await startApplication(ctx, { callSlug: params.slug, applicantType: 'informal_group' }));
			} else {
				const { organisations } = await listApplyChoices(ctx, ['youth_association', 'association_for_youth']);
				const chosen = organisations.find((organisation) => organisation.id === organisationId);
				if (!chosen)
					return fail(400, { values, errors: { applyAs: 'validation.required' }, message: 'common.formHasErrors' });
				({ id } = await startApplication(ctx, {
					callSlug: params.slug,
					applicantType: chosen.type as 'youth_association' | 'association_for_youth',
					organisationId: chosen.id
				}));
			}
		} catch (caught) {
			return failFromError(caught, values);
		}
		redirect(303, localizePath(`/account/applications/${id}`, locals.locale));
	}
};
