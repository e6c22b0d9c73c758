import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageCalls } from './permissions.server.ts';
import {
	countDraftCallsOpeningSoon,
	listCallSitemap,
	listCallsForOpportunityFeed,
	nextCallsChange,
	callsSearchStatement
} from './queries.server.ts';
import { removeDemoCalls, seedDemoCalls } from './seed.server.ts';
import { eraseCallsData, exportCallsData } from './personal-data.server.ts';
import { callsIndicatorSources } from './indicator-sources.server.ts';
import { sendReportReminders } from './commands/contracts.server.ts';
import { countCallWorkForStaff } from './decision-queries.server.ts';
import { callsStatistics } from './statistics.server.ts';
import { listPlanGrants } from './plan-grants.server.ts';

export const callsManifest: ModuleManifest = {
	name: 'calls',
	adminNav: [
		{
			// The calls carry out the action plan, so they sit beside it.
			group: 'plan',
			href: '/admin/calls',
			labelKey: 'calls.nav',
			isVisibleTo: canManageCalls,
			order: 46
		}
	],
	seedDemo: (db, officeId) => seedDemoCalls(db, officeId),
	removeDemo: (db, officeId) => removeDemoCalls(db, officeId),
	searchStatement: (db, officeId, query, limit) => callsSearchStatement(db, officeId, query, limit),
	sitemap: (db, officeId) => listCallSitemap(db, officeId),
	indicatorSources: callsIndicatorSources,
	statistics: callsStatistics,
	statisticsShape: [
		{
			key: 'calls',
			titleKey: 'calls.statistics.title',
			order: 55,
			figures: [
				{ key: 'calls.applications', labelKey: 'calls.statistics.applications' },
				{ key: 'calls.eligible', labelKey: 'calls.statistics.eligible' },
				{ key: 'calls.funded', labelKey: 'calls.statistics.funded' },
				{ key: 'calls.granted', labelKey: 'calls.statistics.granted' }
			],
			tables: [
				{ key: 'calls.applicationsByType', titleKey: 'calls.statistics.applicationsByType' },
				{ key: 'calls.grantedByType', titleKey: 'calls.statistics.grantedByType' },
				{ key: 'calls.grantedByCall', titleKey: 'calls.statistics.grantedByCall' }
			]
		}
	],
	planGrants: listPlanGrants,
	opportunityFeed: listCallsForOpportunityFeed,
	nextPublicChange: nextCallsChange,
	jobs: [{ name: 'calls: report reminders', everyMs: 60 * 60 * 1000, run: sendReportReminders }],
	personalData: { export: exportCallsData, erase: (db, subject) => eraseCallsData(db, subject) },
	dashboard: async (db, officeId, actor, now) => {
		if (!canManageCalls(actor)) return [];
		const count = await countDraftCallsOpeningSoon(db, officeId, now);
		const work = await countCallWorkForStaff(db, officeId);
		return [
			...(count > 0
				? [{ labelKey: 'calls.dashboard.drafts', count, href: '/admin/calls', tone: 'warning' as const }]
				: []),
			...(work.reports > 0
				? [{ labelKey: 'calls.dashboard.reports', count: work.reports, href: work.reportsHref, tone: 'info' as const }]
				: []),
			...(work.appeals > 0
				? [{ labelKey: 'calls.dashboard.appeals', count: work.appeals, href: '/admin/calls', tone: 'warning' as const }]
				: [])
		];
	}
};
