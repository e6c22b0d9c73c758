import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setSessionCookie, safeNextPath } from '#lib/server/auth/cookies.ts';
import { loadRoles } from '#lib/server/auth/sessions.ts';
import { canAccessAdmin } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { signInInput } from '#lib/modules/accounts/inputs.ts';
import { signIn } from '#lib/modules/accounts/commands/sign-in.server.ts';
import { isAppError } from '#lib/server/errors.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.actor) redirect(303, safeNextPath(url.searchParams.get('next'), localizePath('/', locals.locale)));
	return { next: url.searchParams.get('next') ?? '', required: url.searchParams.has('next') };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const parsed = parseForm(signInInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		const ctx = await contextFor(locals);
		let userId: string;
		try {
			const session = await signIn(ctx, { ...parsed.data, clientAddress: getClientAddress() });
			setSessionCookie(cookies, url, session);
			userId = session.userId;
		} catch (caught) {
			const failure = failFromError(caught, parsed.values);
			// Locked by too many tries: the page offers a one-time sign-in link by e-mail instead.
			if (isAppError(caught) && caught.code === 'rate_limited') {
				return fail(failure.status, { ...failure.data, locked: true });
			}
			return failure;
		}
		const roles = await loadRoles(ctx.db, userId, ctx.officeId);
		const home = canAccessAdmin({ userId, name: '', email: '', roles, isDemo: false }) ? '/admin' : '/';
		redirect(303, safeNextPath(parsed.data.next, localizePath(home, locals.locale)));
	}
};
