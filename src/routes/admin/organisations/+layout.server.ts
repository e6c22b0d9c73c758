import type { LayoutServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { canManageOrganisations } from '#lib/modules/organisations/permissions.server.ts';

/** Only staff keep the directory; every command checks again. */
export const load: LayoutServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageOrganisations(locals.actor));
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	return {};
};
