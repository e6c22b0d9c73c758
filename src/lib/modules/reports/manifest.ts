import type { ModuleManifest } from '../../server/manifest.ts';
import { canViewOfficeStatistics } from './permissions.server.ts';

export const reportsManifest: ModuleManifest = {
	name: 'reports',
	adminNav: [
		{
			group: 'reports',
			href: '/admin/statistics',
			labelKey: 'reports.nav.statistics',
			isVisibleTo: canViewOfficeStatistics,
			order: 60
		}
	]
};
