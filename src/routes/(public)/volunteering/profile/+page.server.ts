import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { profileInput } from '#lib/modules/volunteering/inputs.ts';
import { findOwnProfile } from '#lib/modules/volunteering/commands/apply.server.ts';
import { saveVolunteerProfile } from '#lib/modules/volunteering/commands/save-profile.server.ts';

/** Only addresses inside the volunteering pages are followed after saving. */
function nextPath(url: URL): string {
	const next = url.searchParams.get('next') ?? '';
	return /^\/volunteering\/[a-z0-9-]+$/.test(next) ? next : '/account/volunteering';
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor)
		redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, locals.locale));
	const profile = await findOwnProfile(await contextFor(locals));
	return { profile, next: nextPath(url) };
};

export const actions: Actions = {
	default: async ({ request, locals, url, cookies }) => {
		if (!locals.actor) redirect(303, localizePath('/sign-in', locals.locale));
		const parsed = parseForm(profileInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await saveVolunteerProfile(await contextFor(locals), { input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'volunteering.profile.saved');
		redirect(303, localizePath(nextPath(url), locals.locale));
	}
};
