import { councilStandardsEvidence } from './standards-evidence.server.ts';
import { councilPlanAreaLinks, councilStatistics } from './statistics.server.ts';
import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageCouncil } from './permissions.server.ts';
import {
	councilAttention,
	countDecisionsCarriedOutByYear,
	listCouncilSitemap,
	searchCouncil
} from './queries.server.ts';
import { exportCouncilData, eraseCouncilData } from './personal-data.server.ts';
import { removeDemoCouncil, seedDemoCouncil } from './seed.server.ts';
import { councilDecisionsDataset } from './open-data.server.ts';

export const councilManifest: ModuleManifest = {
	name: 'council',
	adminNav: [
		{
			group: 'participation',
			href: '/admin/council',
			labelKey: 'council.admin.nav',
			isVisibleTo: canManageCouncil,
			order: 55
		},
		{
			group: 'participation',
			href: '/admin/council/decisions',
			labelKey: 'council.admin.decisionsNav',
			isVisibleTo: canManageCouncil,
			order: 56
		}
	],
	seedDemo: seedDemoCouncil,
	removeDemo: (db, officeId) => removeDemoCouncil(db, officeId),
	search: searchCouncil,
	sitemap: listCouncilSitemap,
	dashboard: (db, officeId, actor, now) =>
		canManageCouncil(actor) ? councilAttention(db, officeId, now) : Promise.resolve([]),
	personalData: { export: exportCouncilData, erase: (db, subject) => eraseCouncilData(db, subject) },
	indicatorSources: [
		{
			// A stored key, not a message: backticks keep the catalogue check from reading it as one.
			key: `council.decisions_carried_out`,
			labelKey: 'council.indicator.decisionsCarriedOut',
			// Decisions are not linked to measures one by one for counting: the source counts the whole office.
			countByYear: (db, input) => countDecisionsCarriedOutByYear(db, input)
		}
	],
	openData: [councilDecisionsDataset],
	statistics: councilStatistics,
	statisticsShape: [
		{
			key: 'council',
			titleKey: 'council.statistics.title',
			order: 70,
			figures: [
				{ key: 'council.sessions', labelKey: 'council.statistics.sessions' },
				{ key: 'council.adopted', labelKey: 'council.statistics.adopted' },
				{ key: 'council.carriedOut', labelKey: 'council.statistics.carriedOut' }
			],
			tables: []
		}
	],
	planAreaLinks: councilPlanAreaLinks,
	standardsEvidence: councilStandardsEvidence
};
