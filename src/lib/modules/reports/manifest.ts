import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageAnnualReport, canManageWorkStandards, canViewOfficeStatistics } from './permissions.server.ts';
import { listPublishedAnnualReports } from './annual.server.ts';

export const reportsManifest: ModuleManifest = {
	name: 'reports',
	adminNav: [
		{
			group: 'reports',
			href: '/admin/statistics',
			labelKey: 'reports.nav.statistics',
			isVisibleTo: canViewOfficeStatistics,
			order: 60
		},
		{
			group: 'reports',
			href: '/admin/reports/annual',
			labelKey: 'reports.nav.annual',
			isVisibleTo: canManageAnnualReport,
			order: 61
		},
		{
			group: 'reports',
			href: '/admin/reports/standards',
			labelKey: 'reports.nav.standards',
			isVisibleTo: canManageWorkStandards,
			order: 62
		}
	],
	sitemap: async (db, officeId) => {
		const reports = await listPublishedAnnualReports(db, officeId);
		return reports.length ? [{ path: '/annual-reports', updatedAt: reports[0].publishedAt }] : [];
	}
};
