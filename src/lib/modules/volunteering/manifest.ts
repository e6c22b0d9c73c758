import { volunteeringStatistics } from './period-statistics.server.ts';
import type { AttentionItem, ModuleManifest } from '../../server/manifest.ts';
import { canManageVolunteering } from './permissions.server.ts';
import {
	countHoursByYear,
	countVolunteeringAttention,
	countVolunteersByYear,
	listVolunteeringSitemap,
	searchVolunteering
} from './queries.server.ts';
import { eraseVolunteeringData, exportVolunteeringData } from './personal-data.server.ts';
import { removeDemoVolunteering, seedDemoVolunteering } from './seed.server.ts';

export const volunteeringManifest: ModuleManifest = {
	name: 'volunteering',
	adminNav: [
		{
			group: 'participation',
			href: '/admin/volunteering',
			labelKey: 'volunteering.nav',
			isVisibleTo: canManageVolunteering,
			order: 62
		}
	],
	seedDemo: (db, officeId) => seedDemoVolunteering(db, officeId),
	removeDemo: (db, officeId) => removeDemoVolunteering(db, officeId),
	sitemap: (db, officeId) => listVolunteeringSitemap(db, officeId),
	search: (db, officeId, query, limit) => searchVolunteering(db, officeId, query, limit),
	// Volunteers and hours are not linked to measures: the whole office counts (decision 0011).
	indicatorSources: [
		{
			key: 'volunteering.volunteers',
			labelKey: 'volunteering.volunteers',
			countByYear: (db, { officeId, years }) => countVolunteersByYear(db, officeId, years)
		},
		{
			key: 'volunteering.hours',
			labelKey: 'volunteering.hours',
			countByYear: (db, { officeId, years }) => countHoursByYear(db, officeId, years)
		}
	],
	dashboard: async (db, officeId, actor, now) => {
		if (!canManageVolunteering(actor)) return [];
		const counts = await countVolunteeringAttention(db, officeId, now);
		const items: AttentionItem[] = [
			{
				labelKey: 'volunteering.dashboard.review',
				count: counts.pendingReview,
				href: '/admin/volunteering',
				tone: 'info'
			},
			{
				labelKey: 'volunteering.dashboard.applications',
				count: counts.pendingApplications,
				href: '/admin/volunteering',
				tone: 'info'
			},
			{ labelKey: 'volunteering.dashboard.claims', count: counts.claims, href: '/admin/volunteering', tone: 'info' },
			{
				labelKey: 'volunteering.dashboard.longTerm',
				count: counts.longTerm,
				href: '/admin/volunteering',
				tone: 'warning'
			}
		];
		return items.filter((item) => item.count > 0);
	},
	personalData: { export: exportVolunteeringData, erase: eraseVolunteeringData },
	statistics: volunteeringStatistics
};
