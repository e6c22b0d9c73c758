import type { ModuleManifest } from '../../server/manifest.ts';
import {
	canManageAnnualReport,
	canManageWorkStandards,
	canViewOfficeStatistics,
	canWriteTemplateReports
} from './permissions.server.ts';
import { insertDefaultTemplate } from './commands/report-templates.server.ts';
import { listPublishedAnnualReports } from './annual.server.ts';
import { listPublishedTemplateReports } from './templates.server.ts';

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
		},
		{
			group: 'reports',
			href: '/admin/reports/templates',
			labelKey: 'reports.nav.templates',
			isVisibleTo: canWriteTemplateReports,
			order: 63
		}
	],
	// The demo office starts with the default report template (decision 0035). It is office content, not
	// demo content: removing the demo keeps it, and puts it back if it is missing, so it always works.
	seedDemo: async (db, officeId) => {
		await insertDefaultTemplate(db, officeId);
	},
	removeDemo: async (db, officeId) => {
		await insertDefaultTemplate(db, officeId);
	},
	// Published annual reports and reports made from templates are downloads listed on the one page.
	sitemap: async (db, officeId) => {
		const [annual, others] = await Promise.all([
			listPublishedAnnualReports(db, officeId),
			listPublishedTemplateReports(db, officeId)
		]);
		const times = [...annual, ...others].flatMap((report) =>
			report.publishedAt ? [report.publishedAt.getTime()] : []
		);
		return times.length ? [{ path: '/annual-reports', updatedAt: new Date(Math.max(...times)) }] : [];
	}
};
