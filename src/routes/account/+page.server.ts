import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setSessionCookie } from '#lib/server/auth/cookies.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { PASSWORD_MIN_LENGTH } from '#lib/validation.ts';
import { accountProfileInput, changePasswordInput } from '#lib/modules/accounts/inputs.ts';
import { changePassword } from '#lib/modules/accounts/commands/change-password.server.ts';
import { clearAccountProfile, saveAccountProfile } from '#lib/modules/accounts/commands/save-account-profile.server.ts';
import { getAccountProfile } from '#lib/modules/accounts/queries.server.ts';
import { listMyRegistrations } from '#lib/modules/registrations/queries.server.ts';
import { cancelMyRegistrationInput } from '#lib/modules/registrations/inputs.ts';
import { cancelMyRegistration } from '#lib/modules/registrations/commands/cancel-registration.server.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { setFlash } from '#lib/server/flash.ts';
import { listMyOrganisations } from '#lib/modules/organisations/self-service-queries.server.ts';
import { getMyVolunteeringSummary, mayOrganiseVolunteering } from '#lib/modules/volunteering/queries.server.ts';
import { listMyCommitteeCalls } from '#lib/modules/calls/committee-queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	const ctx = await contextFor(locals);
	return {
		me: { name: locals.actor.name, email: locals.actor.email, roles: locals.actor.roles },
		passwordMinLength: PASSWORD_MIN_LENGTH,
		profile: await getAccountProfile(ctx.db, locals.actor.userId),
		myRegistrations: await listMyRegistrations(ctx),
		myOrganisationCount: (await listMyOrganisations(ctx)).length,
		myVolunteering: await getMyVolunteeringSummary(ctx),
		mayOrganiseVolunteering: await mayOrganiseVolunteering(ctx),
		myCommitteeCalls: await listMyCommitteeCalls(ctx)
	};
};

export const actions: Actions = {
	changePassword: async ({ request, locals, cookies, url }) => {
		const parsed = parseForm(changePasswordInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const session = await changePassword(await contextFor(locals), parsed.data);
			setSessionCookie(cookies, url, session);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { passwordChanged: true };
	},
	saveProfile: async ({ request, locals }) => {
		const parsed = parseForm(accountProfileInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await saveAccountProfile(await contextFor(locals), {
				birthYear: parsed.data.birthYear!,
				gender: parsed.data.gender,
				place: parsed.data.place
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { profileSaved: true };
	},
	/** Cancels one of the person's own registrations (the command checks it is theirs). */
	cancelRegistration: async ({ request, locals, cookies }) => {
		if (!locals.actor) redirect(303, localizePath('/sign-in?next=/account', locals.locale));
		const parsed = parseForm(cancelMyRegistrationInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await cancelMyRegistration(await contextFor(locals), { registrationId: parsed.data.registrationId });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		setFlash(cookies, 'registrations.cancel.done');
		redirect(303, localizePath('/account', locals.locale));
	},
	clearProfile: async ({ locals }) => {
		try {
			await clearAccountProfile(await contextFor(locals));
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { profileCleared: true };
	}
};
