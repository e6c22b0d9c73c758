import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setRolesInput } from '#lib/modules/accounts/inputs.ts';
import { getUserForAdmin } from '#lib/modules/accounts/queries.server.ts';
import { setUserRoles } from '#lib/modules/accounts/commands/set-user-roles.server.ts';
import { setUserDisabled } from '#lib/modules/accounts/commands/set-user-disabled.server.ts';
import { assignableRoles, canManageAccount } from '#lib/modules/accounts/permissions.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const user = await getUserForAdmin(await contextFor(locals), params.id);
		return {
			user,
			roles: assignableRoles(locals.actor),
			// A coordinator sees an administrator's account but cannot change it.
			canEdit: canManageAccount(locals.actor, user.roles),
			isSelf: locals.actor?.userId === params.id
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	roles: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(setRolesInput, await request.formData(), ['roles']);
		if (!parsed.ok) return parsed.failure;
		try {
			await setUserRoles(await contextFor(locals), { userId: params.id, roles: parsed.data.roles });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { saved: 'common.saved' };
	},
	disable: async ({ locals, params }) => {
		requireAccess(locals.actor);
		try {
			await setUserDisabled(await contextFor(locals), { userId: params.id, disabled: true });
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { saved: 'accounts.admin.disabledDone' };
	},
	enable: async ({ locals, params }) => {
		requireAccess(locals.actor);
		try {
			await setUserDisabled(await contextFor(locals), { userId: params.id, disabled: false });
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { saved: 'accounts.admin.enabledDone' };
	}
};
