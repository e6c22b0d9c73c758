import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import {
	ADMIN_ARTICLE_SORT_COLUMNS,
	listArticlesForAdmin,
	type ArticleState
} from '#lib/modules/news/queries.server.ts';
import { canManageNewsCategories } from '#lib/modules/news/permissions.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { listSortOf } from '#lib/server/list-sort.ts';

const STATES: readonly ArticleState[] = ['draft', 'scheduled', 'published'];

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const stateParam = url.searchParams.get('state') ?? '';
	const state = (STATES as readonly string[]).includes(stateParam) ? (stateParam as ArticleState) : null;
	try {
		const result = await listArticlesForAdmin(await contextFor(locals), {
			page: pageParameter(url),
			state,
			sort: listSortOf(url.searchParams, ADMIN_ARTICLE_SORT_COLUMNS)
		});
		return {
			...result,
			state: state ?? '',
			states: STATES,
			canManageCategories: canManageNewsCategories(locals.actor)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
