import type { ModuleManifest } from '../../server/manifest.ts';
import { canEditOpportunities } from './permissions.server.ts';
import { listOpportunitiesUsingMedia, listOpportunitySitemap, opportunitiesSearchStatement } from './queries.server.ts';
import { removeDemoOpportunities, seedDemoOpportunities } from './seed.server.ts';
import { opportunitiesAttention } from './dashboard.server.ts';
import { opportunitiesDataset } from './open-data.server.ts';
import { earliestAhead } from '../../server/page-cache.ts';
import { opportunities } from './schema.ts';

export const opportunitiesManifest: ModuleManifest = {
	name: 'opportunities',
	adminNav: [
		{
			group: 'content',
			href: '/admin/opportunities',
			labelKey: 'opportunities.nav',
			isVisibleTo: canEditOpportunities,
			order: 30
		}
	],
	seedDemo: (db, officeId) => seedDemoOpportunities(db, officeId),
	removeDemo: (db, officeId) => removeDemoOpportunities(db, officeId),
	searchStatement: (db, officeId, query, limit) => opportunitiesSearchStatement(db, officeId, query, limit),
	sitemap: (db, officeId) => listOpportunitySitemap(db, officeId),
	mediaUsage: listOpportunitiesUsingMedia,
	dashboard: opportunitiesAttention,
	openData: [opportunitiesDataset],
	nextPublicChange: (db, officeId, now) =>
		earliestAhead(
			db,
			opportunities,
			opportunities.officeId,
			officeId,
			[opportunities.publishAt, opportunities.deadline],
			now
		)
};
