import type { ModuleManifest } from '../../server/manifest.ts';
import { canEditActionPlan } from './permissions.server.ts';
import {
	getAnnualPlanGoals,
	getPlanAreaScope,
	listCurrentPlanAreas,
	listPlanSitemap,
	listStatisticsPlanAreas,
	searchPlans
} from './queries.server.ts';
import { removeDemoActionPlans, seedDemoActionPlan } from './seed.server.ts';
import { monitoringReportsDataset, planIndicatorsDataset } from './open-data.server.ts';
import { listPlanLinkTargets } from './link-targets.server.ts';

export const actionPlanManifest: ModuleManifest = {
	name: 'action-plan',
	adminNav: [
		{ group: 'plan', href: '/admin/action-plan', labelKey: 'plan.nav', isVisibleTo: canEditActionPlan, order: 45 }
	],
	seedDemo: (db, officeId) => seedDemoActionPlan(db, officeId),
	removeDemo: (db, officeId) => removeDemoActionPlans(db, officeId),
	search: (db, officeId, query, limit) => searchPlans(db, officeId, query, limit),
	sitemap: (db, officeId) => listPlanSitemap(db, officeId),
	topicAreas: (db, officeId) => listCurrentPlanAreas(db, officeId),
	annualPlan: (db, officeId, year) => getAnnualPlanGoals(db, officeId, year),
	planAreaScope: {
		list: (db, officeId) => listStatisticsPlanAreas(db, officeId),
		scope: (db, officeId, areaId) => getPlanAreaScope(db, officeId, areaId)
	},
	openData: [planIndicatorsDataset, monitoringReportsDataset],
	linkTargets: { kinds: ['plan.goal', 'plan.measure', 'plan.activity'], list: listPlanLinkTargets }
};
