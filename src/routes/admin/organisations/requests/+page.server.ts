import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import * as v from 'valibot';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listOrganisationRequests } from '#lib/modules/organisations/claims-queries.server.ts';
import {
	listConfirmationFollowUps,
	listConfirmationTargets
} from '#lib/modules/organisations/confirmations-queries.server.ts';
import {
	decideClaimInput,
	decideListingInput,
	reviewChangeInput,
	reviewSettingInput,
	sendConfirmationInput
} from '#lib/modules/organisations/claims-inputs.ts';
import { decideClaim } from '#lib/modules/organisations/commands/decide-claim.server.ts';
import { decideListing } from '#lib/modules/organisations/commands/decide-listing.server.ts';
import { reviewOrganisationChange } from '#lib/modules/organisations/commands/review-organisation-change.server.ts';
import { setReviewPublicChanges } from '#lib/modules/organisations/commands/review-settings.server.ts';
import { sendConfirmationNow } from '#lib/modules/organisations/commands/send-confirmation-now.server.ts';
import { requireAccess, requireAccessForActions } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		return {
			...(await listOrganisationRequests(ctx)),
			followUps: await listConfirmationFollowUps(ctx),
			confirmationTargets: await listConfirmationTargets(ctx)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

/** One form on the page: validate, run the command, and come back with a notice. */
function action<S extends v.GenericSchema>(
	schema: S,
	run: (event: RequestEvent, data: v.InferOutput<S>) => Promise<string>
) {
	return async (event: RequestEvent) => {
		const parsed = parseForm(schema, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		let notice: string;
		try {
			notice = await run(event, parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		setFlash(event.cookies, notice);
		redirect(303, localizePath('/admin/organisations/requests', event.locals.locale));
	};
}

export const actions: Actions = requireAccessForActions({
	claim: action(decideClaimInput, async ({ locals }, data) => {
		await decideClaim(await contextFor(locals), data);
		return data.decision === 'approve'
			? 'organisations.requests.claimApproved'
			: 'organisations.requests.claimRejected';
	}),
	listing: action(decideListingInput, async ({ locals }, data) => {
		await decideListing(await contextFor(locals), data);
		return data.decision === 'approve'
			? 'organisations.requests.listingApproved'
			: 'organisations.requests.listingRejected';
	}),
	change: action(reviewChangeInput, async ({ locals }, data) => {
		await reviewOrganisationChange(await contextFor(locals), data);
		return data.decision === 'approve'
			? 'organisations.requests.changeApproved'
			: 'organisations.requests.changeRejected';
	}),
	setting: action(reviewSettingInput, async ({ locals }, data) => {
		await setReviewPublicChanges(await contextFor(locals), data);
		return 'organisations.requests.settingSaved';
	}),
	confirmation: action(sendConfirmationInput, async ({ locals }, data) => {
		await sendConfirmationNow(await contextFor(locals), data);
		return 'organisations.requests.confirmationSent';
	})
});
