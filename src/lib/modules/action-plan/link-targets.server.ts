// The plan's measures and activities as other modules link to them (manifest `linkTargets`, decision 0037):
// council decisions follow them up, funding calls fund measures.
import type { Database } from '../../server/db/client.ts';
import type { LinkTarget, LinkTargetQuery } from '../../server/manifest.ts';
import { getPlanTree, listPlansForAdmin } from './queries.server.ts';

/**
 * Measures or activities of the plans being carried out or consulted on (current plan first, in the plan's order),
 * as `listPlanLinkChoices` offers them; with `ids`, just those. A measure of an adopted plan links to its public page.
 */
export async function listPlanLinkTargets(
	db: Database,
	officeId: string,
	query: LinkTargetQuery
): Promise<LinkTarget[]> {
	const wanted = query.ids ? new Set(query.ids) : null;
	if (wanted?.size === 0) return [];
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
	const chosen = wanted ? targets.filter((target) => wanted.has(target.id)) : targets;
	return query.limit ? chosen.slice(0, query.limit) : chosen;
}
