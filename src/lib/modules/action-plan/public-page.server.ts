// What the public plan pages load: the plan (filtered as asked), its reports and the other plans.
import { error } from '@sveltejs/kit';
import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { ACTIVITY_STATUSES, planMeasures, type ActivityStatus } from './schema.ts';
import {
	getCurrentPublicPlan,
	getPublicPlanBySlug,
	listMonitoringReports,
	listPublicPlans,
	type PlanTree
} from './queries.server.ts';
import { filterTree, usedAreas } from './view.ts';
import { loadPlanLinks } from './plan-grants.server.ts';

/** Reads the GET filters, ignoring anything that is not an area of this plan or a known status. */
export function filtersOf(url: URL, tree: PlanTree) {
	const area = url.searchParams.get('area') ?? '';
	const status = url.searchParams.get('status') ?? '';
	return {
		areaId: tree.areas.some((row) => row.id === area) ? area : null,
		status: (ACTIVITY_STATUSES as readonly string[]).includes(status) ? (status as ActivityStatus) : null
	};
}

/** The plan page's data: the filtered tree, the filter choices, submitted reports and other public plans. */
export async function loadPublicPlan(db: Database, officeId: string, url: URL, tree: PlanTree) {
	const filters = filtersOf(url, tree);
	const [reports, plans, related] = await Promise.all([
		listMonitoringReports(db, officeId, tree.plan.id, { onlySubmitted: true }),
		listPublicPlans(db, officeId),
		loadPlanLinks(db, officeId, {
			planId: tree.plan.id,
			firstYear: tree.plan.firstYear,
			lastYear: tree.plan.lastYear,
			goalIds: tree.areas.flatMap((area) => area.goals.map((goal) => goal.id))
		})
	]);
	const otherPlans = plans.filter((plan) => plan.id !== tree.plan.id);
	// The measures of the other plans, so that an earlier plan's measures stay two clicks from home (13.13).
	const otherMeasures =
		otherPlans.length === 0
			? []
			: await db
					.select({
						id: planMeasures.id,
						planId: planMeasures.planId,
						title: planMeasures.title,
						titleEn: planMeasures.titleEn
					})
					.from(planMeasures)
					.where(
						inArray(
							planMeasures.planId,
							otherPlans.map((plan) => plan.id)
						)
					)
					.orderBy(asc(planMeasures.sortOrder));
	return {
		plan: tree.plan,
		progress: tree.progress,
		budget: tree.budget,
		areas: filterTree(tree, filters),
		filterAreas: usedAreas(tree).map((area) => ({ id: area.id, name: area.name, nameEn: area.nameEn })),
		filters: { area: filters.areaId ?? '', status: filters.status ?? '' },
		reports,
		related,
		otherPlans,
		otherMeasures
	};
}

/** The public plan at an address, or 404. */
export async function requirePublicPlan(db: Database, officeId: string | undefined, slug: string): Promise<PlanTree> {
	const tree = officeId ? await getPublicPlanBySlug(db, officeId, slug) : null;
	if (!tree) error(404, 'error.404.text');
	return tree;
}

/** /action-plan: the current plan, or else the list of public plans. */
export async function loadPlanHome(db: Database, officeId: string | undefined, url: URL) {
	if (!officeId) return { current: null, plans: [] };
	const tree = await getCurrentPublicPlan(db, officeId);
	if (!tree) return { current: null, plans: await listPublicPlans(db, officeId) };
	return { current: await loadPublicPlan(db, officeId, url, tree), plans: [] };
}
