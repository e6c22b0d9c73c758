import type { PageServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { canManageSurveys } from '#lib/modules/surveys/permissions.server.ts';
import { listSortOf } from '#lib/server/list-sort.ts';
import {
	FOCUS_GROUP_SORT_COLUMNS,
	listFocusGroups,
	listNeedsSummaries,
	listResearchYears,
	listSurveysWithResponses,
	listThemesOfYear
} from '#lib/modules/surveys/analysis/research-queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageSurveys(locals.actor));
		const ctx = await contextFor(locals);
		const years = await listResearchYears(ctx.db, ctx.officeId);
		const thisYear = new Date().getFullYear();
		const asked = Number(url.searchParams.get('year'));
		const year = years.includes(asked) ? asked : (years[0] ?? thisYear);
		const [surveys, focusGroups, summaries, themes] = await Promise.all([
			listSurveysWithResponses(ctx.db, ctx.officeId),
			listFocusGroups(ctx.db, ctx.officeId, listSortOf(url.searchParams, FOCUS_GROUP_SORT_COLUMNS)),
			listNeedsSummaries(ctx.db, ctx.officeId),
			listThemesOfYear(ctx.db, ctx.officeId, year)
		]);
		const summaryYears = [...new Set([thisYear, thisYear - 1, ...years])].sort((a, b) => b - a);
		return { years, year, surveys, focusGroups, summaries, themes, summaryYears };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
