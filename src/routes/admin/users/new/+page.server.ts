import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { publicLink } from '#lib/server/links.ts';
import { createUserInput } from '#lib/modules/accounts/inputs.ts';
import { createUser } from '#lib/modules/accounts/commands/create-user.server.ts';
import { assignableRoles, canManageUsers } from '#lib/modules/accounts/permissions.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor, canManageUsers);
	return { roles: assignableRoles(locals.actor) };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor, canManageUsers);
		const parsed = parseForm(createUserInput, await request.formData(), ['roles']);
		if (!parsed.ok) return parsed.failure;
		let userId: string;
		try {
			({ userId } = await createUser(await contextFor(locals), {
				...parsed.data,
				locale: locals.locale,
				linkFor: (token) => publicLink(locals.office, `/reset-password/${token}`, locals.locale)
			}));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		setFlash(cookies, 'accounts.admin.created');
		redirect(303, localizePath(`/admin/users/${userId}`, locals.locale));
	}
};
