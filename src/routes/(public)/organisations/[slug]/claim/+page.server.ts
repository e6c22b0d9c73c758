import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { safeNextPath } from '#lib/server/auth/cookies.ts';
import { getPublicOrganisation } from '#lib/modules/organisations/directory-queries.server.ts';
import { getMyClaim } from '#lib/modules/organisations/self-service-queries.server.ts';
import { claimInput } from '#lib/modules/organisations/claims-inputs.ts';
import { claimOrganisation } from '#lib/modules/organisations/commands/claim-organisation.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = await getRuntime();
	const organisation = locals.office ? await getPublicOrganisation(db, locals.office.id, params.slug) : null;
	if (!organisation) error(404, 'error.404.text');
	const claim = locals.actor ? await getMyClaim(await contextFor(locals), organisation.id) : null;
	return {
		organisation: { name: organisation.name, path: organisation.path },
		signedIn: !!locals.actor,
		claim,
		// Asked while applying to a call: the page to go back to once the request is sent.
		next: safeNextPath(url.searchParams.get('next'), ''),
		signInHref: localizePath(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, locals.locale)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies, url }) => {
		if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
		const parsed = parseForm(claimInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await claimOrganisation(await contextFor(locals), { ...parsed.data, slug: params.slug });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		const next = safeNextPath(url.searchParams.get('next'), '');
		setFlash(cookies, next ? 'organisations.claim.sentBack' : 'organisations.claim.sent');
		redirect(303, next || localizePath(`/organisations/${params.slug}`, locals.locale));
	}
};
