import { volunteeringStatistics } from './period-statistics.server.ts';
import type { AttentionItem, ModuleManifest } from '../../server/manifest.ts';
import { canManageVolunteering } from './permissions.server.ts';
import {
	countHoursByYear,
	countVolunteeringAttention,
	countVolunteersByYear,
	listVolunteeringForEvent,
	listVolunteeringSitemap,
	volunteeringSearchStatement
} from './queries.server.ts';
import { eraseVolunteeringData, exportVolunteeringData } from './personal-data.server.ts';
import { countVolunteeringWarnings, sendVolunteeringWarnings } from './warnings.server.ts';
import { removeDemoVolunteering, seedDemoVolunteering } from './seed.server.ts';
import { earliestAhead, earliestOf } from '../../server/page-cache.ts';
import { volunteerOpportunities, volunteerShifts } from './schema.ts';
import { volunteerHoursDataset, volunteerOpportunitiesDataset } from './open-data.server.ts';

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
	searchStatement: (db, officeId, query, limit) => volunteeringSearchStatement(db, officeId, query, limit),
	eventLinks: (db, officeId, eventId) => listVolunteeringForEvent(db, officeId, eventId),
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
		const warnings = await countVolunteeringWarnings(db, officeId, now);
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
			{
				labelKey: 'volunteering.dashboard.understaffed',
				count: warnings.understaffed,
				href: '/admin/volunteering',
				tone: 'warning'
			},
			{
				labelKey: 'volunteering.dashboard.awaitingConsent',
				count: warnings.awaitingConsent,
				href: '/admin/volunteering',
				tone: 'info'
			},
			{ labelKey: 'volunteering.dashboard.claims', count: counts.claims, href: '/admin/volunteering', tone: 'info' },
			{
				labelKey: 'volunteering.dashboard.longTerm',
				count: counts.longTerm,
				href: counts.longTermHref,
				tone: 'warning'
			}
		];
		return items.filter((item) => item.count > 0);
	},
	jobs: [{ name: 'volunteering: warnings to organisers', everyMs: 30 * 60 * 1000, run: sendVolunteeringWarnings }],
	personalData: { export: exportVolunteeringData, erase: eraseVolunteeringData },
	nextPublicChange: async (db, officeId, now) => {
		const moments = await Promise.all([
			earliestAhead(
				db,
				volunteerOpportunities,
				volunteerOpportunities.officeId,
				officeId,
				[volunteerOpportunities.publishedAt],
				now
			),
			earliestAhead(
				db,
				volunteerShifts,
				volunteerShifts.officeId,
				officeId,
				[volunteerShifts.startsAt, volunteerShifts.endsAt],
				now
			)
		]);
		return earliestOf(moments);
	},
	statistics: volunteeringStatistics,
	statisticsShape: [
		{
			key: 'volunteering',
			titleKey: 'volunteering.statistics.periodTitle',
			order: 80,
			figures: [
				{ key: 'volunteering.volunteers', labelKey: 'volunteering.volunteers' },
				{ key: 'volunteering.hours', labelKey: 'volunteering.hours' },
				{ key: 'volunteering.opportunities', labelKey: 'volunteering.statistics.opportunitiesPublished' }
			],
			tables: []
		}
	],
	openData: [volunteerOpportunitiesDataset, volunteerHoursDataset]
};
