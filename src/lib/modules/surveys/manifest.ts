import { surveyStandardsEvidence } from './standards-evidence.server.ts';
import { surveyStatistics } from './statistics.server.ts';
import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageSurveys } from './permissions.server.ts';
import { removeDemoSurveys, seedDemoSurveys } from './seed.server.ts';
import { listSurveySitemap, searchOpenSurveys } from './queries.server.ts';
import { removeDemoResearch, seedDemoResearch } from './seed-research.server.ts';
import { listPlanResearchLinks } from './analysis/research-queries.server.ts';
import { surveysAttention } from './dashboard.server.ts';
import { surveysPersonalData } from './personal-data.server.ts';
import { surveyResultsDataset } from './open-data.server.ts';
import { earliestAhead } from '../../server/page-cache.ts';
import { surveys } from './schema.ts';

export const surveysManifest: ModuleManifest = {
	name: 'surveys',
	adminNav: [
		{ group: 'plan', href: '/admin/surveys', labelKey: 'surveys.admin.nav', isVisibleTo: canManageSurveys, order: 47 },
		{
			group: 'plan',
			href: '/admin/research',
			labelKey: 'surveys.research.nav',
			isVisibleTo: canManageSurveys,
			order: 48
		}
	],
	search: (db, officeId, query, limit) => searchOpenSurveys(db, officeId, query, limit),
	sitemap: (db, officeId) => listSurveySitemap(db, officeId),
	seedDemo: async (db, officeId) => {
		await seedDemoSurveys(db, officeId);
		await seedDemoResearch(db, officeId);
	},
	removeDemo: async (db, officeId) => {
		await removeDemoResearch(db, officeId);
		await removeDemoSurveys(db, officeId);
	},
	planLinks: listPlanResearchLinks,
	dashboard: surveysAttention,
	personalData: surveysPersonalData,
	openData: [surveyResultsDataset],
	nextPublicChange: (db, officeId, now) =>
		earliestAhead(db, surveys, surveys.officeId, officeId, [surveys.opensAt, surveys.closesAt], now),
	statistics: surveyStatistics,
	statisticsShape: [
		{
			key: 'surveys',
			titleKey: 'surveys.statistics.title',
			order: 50,
			figures: [
				{ key: 'surveys.surveys', labelKey: 'surveys.statistics.surveys' },
				{ key: 'surveys.responses', labelKey: 'surveys.statistics.responses' },
				{ key: 'surveys.focusGroups', labelKey: 'surveys.statistics.focusGroups' }
			],
			tables: []
		}
	],
	standardsEvidence: surveyStandardsEvidence
};
