import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { htmlToText } from '#lib/server/html.ts';
import { loadPublicPlan, requirePublicPlan } from '#lib/modules/action-plan/public-page.server.ts';

/** The start of an introduction as plain text, for the page's meta description. */
const summaryOf = (html: string | null | undefined) => {
	const text = htmlToText(html ?? '').replace(/\s+/g, ' ');
	return text.length > 200 ? `${text.slice(0, 197).trimEnd()}…` : text;
};

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = await getRuntime();
	const tree = await requirePublicPlan(db, locals.office?.id, params.slug);
	const view = await loadPublicPlan(db, locals.office!.id, url, tree);
	return {
		view,
		summary: summaryOf(view.plan.introduction),
		summaryEn: summaryOf(view.plan.introductionEn)
	};
};
