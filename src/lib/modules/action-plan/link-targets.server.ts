// The plan's goals, measures and activities as other modules link to them (manifest `linkTargets`, decision 0037):
// council decisions follow measures and activities up, funding calls fund measures, needs summaries name the goals
// that answer them.
import type { Database } from '../../server/db/client.ts';
import type { LinkTarget, LinkTargetQuery } from '../../server/manifest.ts';
import { getPlanTree, listPlansForAdmin } from './queries.server.ts';

/**
 * Measures or activities of the plans being carried out or consulted on (current plan first, in the plan's order),
 * as `listPlanLinkChoices` offers them, or the goals of every plan; with `ids`, just those. A measure of an adopted
 * plan links to its public page.
 */
export async function listPlanLinkTargets(
	db: Database,
	officeId: string,
	query: LinkTargetQuery
): Promise<LinkTarget[]> {
	const wanted = query.ids ? new Set(query.ids) : null;
	if (wanted?.size === 0) return [];
	if (query.kind === 'plan.goal') return choose(await listGoalTargets(db, officeId), wanted, query.limit);
	const plans = (await listPlansForAdmin(db, officeId)).filter(
		(plan) => plan.status === 'adopted' || plan.status === 'consultation'
	);
	const targets: LinkTarget[] = [];
	for (const plan of plans) {
		const tree = await getPlanTree(db, officeId, plan.id, { computeActuals: false });
		const planTrail = { title: plan.title, titleEn: plan.titleEn };
		for (const measure of tree?.areas.flatMap((area) => area.goals.flatMap((goal) => goal.measures)) ?? []) {
			// A consultation draft has no public measure pages; the plan's public page says where it stands.
			const path = plan.status === 'adopted' ? `/action-plan/${plan.slug}/measures/${measure.id}` : '/action-plan';
			if (query.kind === 'plan.measure')
				targets.push({
					kind: 'plan.measure',
					id: measure.id,
					title: measure.title,
					titleEn: measure.titleEn,
					trail: [planTrail],
					parentId: null,
					path
				});
			else
				for (const activity of measure.activities)
					targets.push({
						kind: 'plan.activity',
						id: activity.id,
						title: activity.title,
						titleEn: activity.titleEn,
						trail: [planTrail, { title: measure.title, titleEn: measure.titleEn }],
						parentId: measure.id,
						path
					});
		}
	}
	return choose(targets, wanted, query.limit);
}

/**
 * The goals of every plan of the office, drafts too (current plan first, then newest, in the plan's order); a goal of
 * a plan the public may read (adopted or archived) links to the plan's public page.
 */
async function listGoalTargets(db: Database, officeId: string): Promise<LinkTarget[]> {
	const targets: LinkTarget[] = [];
	for (const plan of await listPlansForAdmin(db, officeId)) {
		const tree = await getPlanTree(db, officeId, plan.id, { computeActuals: false });
		const path = plan.status === 'adopted' || plan.status === 'archived' ? `/action-plan/${plan.slug}` : null;
		for (const goal of tree?.areas.flatMap((area) => area.goals) ?? [])
			targets.push({
				kind: 'plan.goal',
				id: goal.id,
				title: goal.title,
				titleEn: goal.titleEn,
				trail: [{ title: plan.title, titleEn: plan.titleEn }],
				parentId: null,
				path
			});
	}
	return targets;
}

function choose(targets: LinkTarget[], wanted: Set<string> | null, limit: number | undefined): LinkTarget[] {
	const chosen = wanted ? targets.filter((target) => wanted.has(target.id)) : targets;
	return limit ? chosen.slice(0, limit) : chosen;
}
