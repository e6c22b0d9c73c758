import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { canManageSurveys } from '#lib/modules/surveys/permissions.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: LayoutServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	if (!canManageSurveys(locals.actor)) error(403, 'error.403.text');
	return {};
};
