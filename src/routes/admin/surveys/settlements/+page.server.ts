import type { Actions, PageServerLoad } from './$types';
import { failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { canManageSurveys } from '#lib/modules/surveys/permissions.server.ts';
import { listSettlements } from '#lib/modules/surveys/queries.server.ts';
import { saveSettlements } from '#lib/modules/surveys/commands/save-settlements.server.ts';

/** Empty rows offered under the list, for new places. */
const BLANK_ROWS = 3;

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor, canManageSurveys);
	const ctx = await contextFor(locals);
	const settlements = await listSettlements(ctx.db, ctx.officeId);
	return {
		rows: [
			...settlements.map(({ name, isUrban }) => ({ name, isUrban })),
			...Array.from({ length: BLANK_ROWS }, () => ({ name: '', isUrban: false }))
		]
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const count = Math.min(Number(formData.get('rows')) || 0, 500);
		const settlements = Array.from({ length: count }, (_, index) => ({
			name: String(formData.get(`name_${index}`) ?? ''),
			isUrban: formData.get(`urban_${index}`) === 'yes'
		}));
		try {
			await saveSettlements(await contextFor(locals), { settlements });
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { saved: 'surveys.settlements.saved' };
	}
};
